// The compliance file's content, taken as bundled (checked by the build and the tests, like
// the rest: checkData.ts).
import dossierJson from '../../questionnaire/dossier.json';
import type { Affected, DossierFile } from './dossierSchema';

export const affected: readonly Affected[] = (dossierJson as unknown as DossierFile).affected;
export const affectedByRule: ReadonlyMap<string, Affected> = new Map(affected.flatMap((a) => a.rules.map((rule) => [rule, a] as const)));
