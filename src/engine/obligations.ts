// Obligations for an outcome and an actor (digest §11 matrix, encoded in
// questionnaire/obligations.json). When the outcome is undetermined, the obligations of
// each outcome it could still become are listed too, marked with that outcome.
import type { Outcome, RuleOutcome } from '../questionnaire/schema';
import { phasedOptional } from './deadlines';
import { evaluate, type Env } from './logic';
import type { Content, ObligationItem } from './types';

export function obligationsFor(content: Content, env: Env, outcome: Outcome, couldBecome: readonly RuleOutcome[]): ObligationItem[] {
  // Primera DCF g): for local governments of types D to G, art. 25 and Chapter I of Title VI
  // (the phased provisions) are «facultativa»; the rest of the Reglamento binds them as usual.
  const optionalActor = phasedOptional(content, env);
  const items: ObligationItem[] = [];
  for (const obligation of content.obligations) {
    const applies = obligation.when ? evaluate(obligation.when, env) : 'T';
    if (applies === 'F') continue;
    const direct = obligation.outcomes.includes(outcome);
    const onlyIf = direct ? null : (couldBecome.find((o) => obligation.outcomes.includes(o)) ?? null);
    if (!direct && onlyIf === null) continue;
    const optional = obligation.schedule === 'phased' ? optionalActor : 'F';
    items.push({
      obligationId: obligation.id,
      theme: obligation.theme,
      // A facultative implementation (Primera DCF g)) makes a duty «may», conditioned or not.
      kind: optional === 'T' && (obligation.kind === 'must' || obligation.kind === 'conditional') ? 'may' : obligation.kind,
      cites: obligation.cites,
      schedule: obligation.schedule,
      // Whether it binds hangs on a "No sé": the obligation's own condition, or the public group.
      conditional: applies === 'U' || optional === 'U',
      onlyIf,
      optional: optional === 'T',
    });
  }
  return items;
}
