// A question's number is its place in the questionnaire (P1 … P62). The question pages, the
// review, the printed report and the decision map all show this one number, so "look at P37"
// said in a workshop can be followed on any screen. Numbers belong to a questionnaire version:
// the report prints the version beside them.
import type { Questionnaire } from './schema';

const numbers = new WeakMap<Questionnaire, Map<string, number>>();

/** The 1-based number of a question, or undefined for an ID the questionnaire does not have. */
export function questionNumber(questionnaire: Questionnaire, questionId: string): number | undefined {
  let byId = numbers.get(questionnaire);
  if (!byId) {
    byId = new Map(questionnaire.questions.map((q, i) => [q.id, i + 1]));
    numbers.set(questionnaire, byId);
  }
  return byId.get(questionId);
}
