// How a classification reads wherever it is shown (badge, summary, drafts). A «riesgo alto»
// result can still carry a «No sé» that could make the use prohibited (art. 23.1): while that
// point is open the use is high risk at least and may not be called allowed.
import type { Result, UnresolvedPoint } from '../engine';

type Classified = Pick<Result, 'outcome'> & { unresolved: readonly UnresolvedPoint[] };

/** The open points of a «riesgo alto» result that could still make the use prohibited. */
export const openProhibitions = (result: Classified): UnresolvedPoint[] =>
  result.outcome === 'riesgo_alto' ? result.unresolved.filter((p) => p.couldMake === 'uso_indebido') : [];

/** Keys, in the results namespace, of the outcome's label and one-sentence meaning. */
export function outcomeKeys(result: Classified): { label: string; meaning: string } {
  if (openProhibitions(result).length > 0) {
    return { label: 'outcomes.riesgo_alto.labelOpenProhibition', meaning: 'outcomes.riesgo_alto.meaningOpenProhibition' };
  }
  return { label: `outcomes.${result.outcome}.label`, meaning: `outcomes.${result.outcome}.meaning` };
}
