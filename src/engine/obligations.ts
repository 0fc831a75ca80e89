// Obligations for an outcome and an actor (digest §11 matrix, encoded in
// questionnaire/obligations.json). When the outcome is undetermined, the obligations of
// each outcome it could still become are listed too, marked with that outcome.
import type { Outcome, RuleOutcome } from '../questionnaire/schema';
import { evaluate, type Env } from './logic';
import type { Content, ObligationItem } from './types';

export function obligationsFor(
  content: Content,
  env: Env,
  outcome: Outcome,
  couldBecome: readonly RuleOutcome[],
): ObligationItem[] {
  const items: ObligationItem[] = [];
  for (const obligation of content.obligations) {
    const applies = obligation.when ? evaluate(obligation.when, env) : 'T';
    if (applies === 'F') continue;
    const direct = obligation.outcomes.includes(outcome);
    const onlyIf = direct ? null : couldBecome.find((o) => obligation.outcomes.includes(o)) ?? null;
    if (!direct && onlyIf === null) continue;
    items.push({
      obligationId: obligation.id,
      theme: obligation.theme,
      kind: obligation.kind,
      cites: obligation.cites,
      schedule: obligation.schedule,
      conditional: applies === 'U',
      onlyIf,
    });
  }
  return items;
}
