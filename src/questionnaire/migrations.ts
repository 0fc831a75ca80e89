// The version steps of questionnaire/migrations.json, checked against their schema by the
// build, the CLI and the tests like the other data files (checkData.ts).
import migrationsJson from '../../questionnaire/migrations.json';
import type { MigrationFile } from './migrationSchema';

export const migrations = migrationsJson as unknown as MigrationFile;
