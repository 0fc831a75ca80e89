// Clause texts are only needed to show and check citations, so they load apart from the
// decision content.
import clausesJson from '../../questionnaire/clauses.json';
import { dataFile } from './dataFile';
import { ClauseFile, type Clause } from './schema';

export const clauses: readonly Clause[] = dataFile(ClauseFile, clausesJson).clauses;
export const clauseById: ReadonlyMap<string, Clause> = new Map(clauses.map((c) => [c.id, c]));
