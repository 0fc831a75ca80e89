// The compliance file's content, taken as bundled (checked by the build and the tests, like
// the rest: checkData.ts).
import dossierJson from '../../questionnaire/dossier.json';
import type { Affected, DossierFile } from './dossierSchema';

export const affectedByClause: ReadonlyMap<string, Affected> = new Map((dossierJson as unknown as DossierFile).affected.map((a) => [a.clause, a]));
