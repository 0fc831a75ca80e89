// Clause texts are only needed to show and check citations, so they load apart from the
// decision content. Checked against their schema by the build and the tests (checkData.ts).
import clausesJson from '../../questionnaire/clauses.json';
import type { Clause, ClauseFile } from './schema';

export const clauses: readonly Clause[] = (clausesJson as unknown as ClauseFile).clauses;
export const clauseById: ReadonlyMap<string, Clause> = new Map(clauses.map((c) => [c.id, c]));
