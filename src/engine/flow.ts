// The path through the questionnaire is a function of the answers: a question is asked
// when its askIf is true or unresolved (asking is the safe side). The machine, the UI and
// the classifier all walk it with these functions, so they cannot disagree.
import type { Condition, Option, ProfileField, Question } from '../questionnaire/schema';
import { evaluate, type Env } from './logic';
import { excerpt, isBlankText } from './text';
import type { Answers, Content } from './types';

export function optionsOf(content: Content, question: Question): Option[] {
  if (question.kind !== 'choice') return [];
  return question.options ?? content.questionnaire.scales[question.scale ?? ''] ?? [];
}

/** A definite answer settles the conditions on its question; "No sé" and the answers the
 *  text leaves open do not. */
export const isDefinite = (option: Option) => !option.unknown && !option.open;

// Content is immutable once loaded; index it once per content object.
const indexes = new WeakMap<Content, Map<string, Question>>();
function index(content: Content) {
  let map = indexes.get(content);
  if (!map) {
    map = new Map(content.questionnaire.questions.map((question) => [question.id, question]));
    indexes.set(content, map);
  }
  return map;
}

export function questionById(content: Content, id: string): Question | undefined {
  return index(content).get(id);
}

/** The question that records a profile field (system name, actor type, …). */
export function questionForField(content: Content, field: ProfileField): Question | undefined {
  return content.questionnaire.questions.find((q) => q.profileField === field);
}

/** The system's name as answered, or '' before it is: what a saved assessment is listed by. */
export function systemName(content: Content, answers: Answers): string {
  const question = questionForField(content, 'systemName');
  return (question && answers[question.id]) || '';
}

/** Why an answer is refused, for messages in the user's language. */
export type AnswerReason = 'wrong_type' | 'empty' | 'too_long' | 'not_an_option';

/** Why an answer is not acceptable for a question (a code and one plain English line), or
 *  null when it is. A value quoted back is cut short: it may be anything a file holds. */
export function checkAnswer(content: Content, question: Question, value: unknown): { reason: AnswerReason; message: string } | null {
  if (typeof value !== 'string') return { reason: 'wrong_type', message: `expected a string, got ${value === null ? 'null' : typeof value}` };
  if (question.kind === 'text') {
    // A name of zero-width spaces looks empty everywhere it is shown.
    if (isBlankText(value)) return { reason: 'empty', message: 'expected visible text' };
    if (value.length > question.maxLength) return { reason: 'too_long', message: `expected at most ${question.maxLength} characters, got ${value.length}` };
    return null;
  }
  const ids = optionsOf(content, question).map((o) => o.id);
  return ids.includes(value) ? null : { reason: 'not_an_option', message: `expected one of ${ids.join(', ')}, got "${excerpt(value)}"` };
}

/** Why an answer is not acceptable for a question, or null when it is. */
export const answerProblem = (content: Content, question: Question, value: unknown): string | null => checkAnswer(content, question, value)?.message ?? null;

/** Whether this answer is one the text leaves open (see Option.open). */
export function isOpenAnswer(content: Content, questionId: string, value: string | undefined): boolean {
  const question = questionById(content, questionId);
  return question !== undefined && optionsOf(content, question).some((o) => o.id === value && o.open === true);
}

/** Whether this answer is the question's «No sé» (see Option.unknown). */
export function isUnknownAnswer(content: Content, questionId: string, value: string | undefined): boolean {
  const question = questionById(content, questionId);
  return question !== undefined && optionsOf(content, question).some((o) => o.id === value && o.unknown === true);
}

export function isValidAnswer(content: Content, questionId: string, value: unknown): value is string {
  const question = questionById(content, questionId);
  return question !== undefined && answerProblem(content, question, value) === null;
}

/** The answers with the valid ones among a page's values put in (an invalid or unfinished
 *  value leaves the answer before it): what the flow keeps of a page left, and what decides
 *  which rows the page shows while the person answers. */
export function withValidValues(content: Content, answers: Answers, values: Record<string, unknown> | undefined): Record<string, string> {
  const valid = Object.entries(values ?? {}).filter((entry): entry is [string, string] => isValidAnswer(content, entry[0], entry[1]));
  return { ...answers, ...Object.fromEntries(valid) };
}

function named(content: Content) {
  return (name: string): Condition => {
    const cond = content.questionnaire.conditions[name];
    if (!cond) throw new Error(`Unknown named condition "${name}"`);
    return cond;
  };
}

/** An evaluation environment in which questions outside `reachable` are not applicable. */
export function envFor(content: Content, answers: Answers, reachable: ReadonlySet<string>): Env {
  return {
    answerOf: (id) => (reachable.has(id) ? answers[id] : null),
    isUnknownOption: (id, value) => {
      const question = questionById(content, id);
      return question !== undefined && optionsOf(content, question).some((o) => o.id === value && !isDefinite(o));
    },
    named: named(content),
  };
}

/** The questions asked for these answers, in order. */
export function reachableQuestions(content: Content, answers: Answers): Question[] {
  const reachable = new Set<string>();
  // The environment reads `reachable` live, so each askIf sees only the questions before it.
  const env = envFor(content, answers, reachable);
  const asked: Question[] = [];
  for (const question of content.questionnaire.questions) {
    if (!question.askIf || evaluate(question.askIf, env) !== 'F') {
      reachable.add(question.id);
      asked.push(question);
    }
  }
  return asked;
}

/** Drops answers to questions the flow no longer asks, and answers that are not valid. */
export function pruneAnswers(content: Content, answers: Answers): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const question of reachableQuestions(content, answers)) {
    const value = answers[question.id];
    if (value !== undefined && answerProblem(content, question, value) === null) kept[question.id] = value;
  }
  return kept;
}

export function firstUnanswered(content: Content, answers: Answers): string | null {
  return reachableQuestions(content, answers).find((q) => !isValidAnswer(content, q.id, answers[q.id]))?.id ?? null;
}
