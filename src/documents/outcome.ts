// How a classification reads wherever it is shown (badge, summary, drafts): a «riesgo alto»
// with an open prohibition (the engine's openProhibitions) reads «como mínimo», never allowed.
import { openProhibitions, type Classified } from '../engine';
import type { ParseKeys } from 'i18next';

/** Keys, in the results namespace, of the outcome's label and one-sentence meaning. */
export function outcomeKeys(result: Classified): { label: ParseKeys<'results'>; meaning: ParseKeys<'results'> } {
  if (openProhibitions(result).length > 0) {
    return { label: 'outcomes.riesgo_alto.labelOpenProhibition', meaning: 'outcomes.riesgo_alto.meaningOpenProhibition' };
  }
  return { label: `outcomes.${result.outcome}.label`, meaning: `outcomes.${result.outcome}.meaning` };
}
