// "What would change it": each answer that, changed alone, would change the classification.
// Computed by running the classifier on the variations, never hand-written. When a changed
// answer opens new questions, every definite answer to them is tried, so the result says
// what the classification could become and which clauses would decide it.
import type { Outcome } from '../questionnaire/schema';
import { decide } from './classify';
import { firstUnanswered, isDefinite, optionsOf, pruneAnswers, questionById, reachableQuestions } from './flow';
import type { Answers, Content } from './types';

export interface ChangeScenario {
  questionId: string;
  from: string;
  to: string;
  /** Outcomes the change could lead to, most severe first. */
  outcomes: Outcome[];
  /** Rules met in the most severe outcome that are not met now. */
  ruleIds: string[];
  /** Questions the change would open; their answers decide between the outcomes. */
  opens: string[];
  /** True when too many questions open to try every answer: the outcomes are not final. */
  openEnded: boolean;
}

const SEVERITY: Outcome[] = ['uso_indebido', 'riesgo_alto', 'indeterminado', 'riesgo_aceptable', 'fuera_de_ambito'];
const MAX_OPENED = 6;

function completions(content: Content, answers: Answers, limit: { left: number }): Record<string, string>[] {
  const q = firstUnanswered(content, answers);
  if (q === null || limit.left <= 0) return q === null ? [{ ...answers }] : [];
  const question = questionById(content, q)!;
  return optionsOf(content, question)
    .filter(isDefinite)
    .flatMap((o) => {
      limit.left--;
      return completions(content, { ...answers, [q]: o.id }, limit);
    });
}

/** The scenarios, one step per classification tried, so that a caller can spread the work over
 *  several tasks: on a slow phone the result page appears and stays responsive meanwhile. */
export function* changeScenarioSteps(content: Content, answers: Answers): Generator<void, ChangeScenario[]> {
  const now = decide(content, answers);
  const metNow = new Set(now.metRuleIds);
  const scenarios: ChangeScenario[] = [];
  for (const question of reachableQuestions(content, answers)) {
    const from = answers[question.id];
    // Profile answers change obligations and deadlines, never the classification.
    if (question.kind !== 'choice' || question.profileField || from === undefined) continue;
    for (const option of optionsOf(content, question)) {
      if (option.id === from || !isDefinite(option)) continue;
      const variant = pruneAnswers(content, { ...answers, [question.id]: option.id });
      const opens = reachableQuestions(content, variant)
        .filter((q) => variant[q.id] === undefined)
        .map((q) => q.id);
      const tried = opens.length > MAX_OPENED ? [] : completions(content, variant, { left: 512 });
      const openEnded = tried.length === 0;
      const results: ReturnType<typeof decide>[] = [];
      for (const completed of openEnded ? [variant] : tried) {
        results.push(decide(content, completed));
        yield;
      }
      const outcomes = SEVERITY.filter((o) => results.some((r) => r.outcome === o));
      if (outcomes.length === 1 && outcomes[0] === now.outcome) continue;
      const worst = results.filter((r) => r.outcome === outcomes[0]);
      const ruleIds = [...new Set(worst.flatMap((r) => r.metRuleIds).filter((id) => !metNow.has(id)))];
      scenarios.push({ questionId: question.id, from, to: option.id, outcomes, ruleIds, opens, openEnded });
    }
  }
  const rank = (s: ChangeScenario) => SEVERITY.indexOf(s.outcomes[0]!);
  return scenarios.sort((a, b) => rank(a) - rank(b));
}

export function whatWouldChange(content: Content, answers: Answers): ChangeScenario[] {
  const steps = changeScenarioSteps(content, answers);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
