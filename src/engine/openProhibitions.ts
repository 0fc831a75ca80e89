// A «riesgo alto» result can still carry an unresolved point that could make the use
// prohibited (art. 23.1): while such a point is open the use is high risk at least and may not
// be called allowed. The rule lives here so the page, the badge and the drafts cannot disagree.
import type { Result, UnresolvedPoint } from './types';

export type Classified = Pick<Result, 'outcome'> & { unresolved: readonly UnresolvedPoint[] };

/** The open points of a «riesgo alto» result that could still make the use prohibited. */
export const openProhibitions = (result: Classified): UnresolvedPoint[] =>
  result.outcome === 'riesgo_alto' ? result.unresolved.filter((p) => p.couldMake === 'uso_indebido') : [];
