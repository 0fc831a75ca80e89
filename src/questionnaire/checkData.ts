// Checks every data file of questionnaire/ against its schema. The build runs it (a malformed
// file stops `npm run build`), and so do the CLI and the unit tests; the app itself trusts the
// bundled files (see content.ts), so neither zod nor the schemas load in the browser.
import questionnaireJson from '../../questionnaire/questionnaire.json';
import obligationsJson from '../../questionnaire/obligations.json';
import deadlinesJson from '../../questionnaire/deadlines.json';
import clausesJson from '../../questionnaire/clauses.json';
import examplesJson from '../../questionnaire/examples.json';
import migrationsJson from '../../questionnaire/migrations.json';
import dossierJson from '../../questionnaire/dossier.json';
import type { z } from './zod';
import { MigrationFile } from './migrationSchema';
import { DossierFile } from './dossierSchema';
import { ClauseFile, DeadlineFile, ExampleFile, ObligationFile, Questionnaire } from './schema';

const SCHEMAS: Record<string, z.ZodType> = {
  'questionnaire.json': Questionnaire,
  'obligations.json': ObligationFile,
  'deadlines.json': DeadlineFile,
  'clauses.json': ClauseFile,
  'examples.json': ExampleFile,
  'migrations.json': MigrationFile,
  'dossier.json': DossierFile,
};

/** The data files the app bundles, by file name. */
export const DATA_FILES: Record<string, unknown> = {
  'questionnaire.json': questionnaireJson,
  'obligations.json': obligationsJson,
  'deadlines.json': deadlinesJson,
  'clauses.json': clausesJson,
  'examples.json': examplesJson,
  'migrations.json': migrationsJson,
  'dossier.json': dossierJson,
};

/** Throws, naming the file and what is wrong in it, when a data file does not match its schema. */
export function checkDataFiles(files: Record<string, unknown> = DATA_FILES): void {
  for (const [name, schema] of Object.entries(SCHEMAS)) {
    const result = schema.safeParse(files[name]);
    if (!result.success) {
      const issues = result.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`);
      throw new Error(`questionnaire/${name}: ${issues.join('; ')}`);
    }
  }
}
