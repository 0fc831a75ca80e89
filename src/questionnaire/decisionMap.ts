// The decision map's model, derived from the questionnaire data alone: questions numbered in
// the order they are asked, grouped by section, each rule drawn at the last question its
// condition reads (where the decision can first be taken). Pure, so it is tested without a DOM.
import { questionsIn } from './conditions';
import { questionNumber } from './numbering';
import type { Question, Questionnaire, Rule } from './schema';

export interface MapNode {
  question: Question;
  /** The question's number (numbering.ts): "P12" on the map as on every other page. */
  number: number;
  rules: Rule[];
}

export interface MapSection {
  id: string;
  nodes: MapNode[];
}

export function decisionMap(questionnaire: Questionnaire): MapSection[] {
  const order = new Map(questionnaire.questions.map((q, i) => [q.id, i]));
  const rulesAt = new Map<string, Rule[]>();
  for (const rule of questionnaire.rules) {
    const read = questionsIn(rule.when, (name) => questionnaire.conditions[name]!);
    const last = read.reduce((a, b) => (order.get(b)! > order.get(a)! ? b : a));
    rulesAt.set(last, [...(rulesAt.get(last) ?? []), rule]);
  }
  return questionnaire.sections.map((id) => ({
    id,
    nodes: questionnaire.questions
      .filter((q) => q.section === id)
      .map((question) => ({ question, number: questionNumber(questionnaire, question.id)!, rules: rulesAt.get(question.id) ?? [] })),
  }));
}
