// The questionnaire as pages of related questions, one row each. A page shows the rows whose
// askIf is not false for the answers so far, including the rows above it on the same page, so
// answering a screening row reveals its follow-ups below it. Pages are presentation only: the
// set of rows shown across the pages walked is exactly reachableQuestions, so every clause is
// asked on every path it was asked on one question at a time (tests/unit/pages.test.ts).
import type { Page, Question } from '../questionnaire/schema';
import { envFor, firstUnanswered, isValidAnswer, reachableQuestions } from './flow';
import { evaluate, questionsIn } from './logic';
import type { Answers, Content } from './types';

// Content is immutable once loaded; index it once per content object.
const indexes = new WeakMap<Content, { byId: Map<string, Page>; byQuestion: Map<string, Page>; position: Map<string, number> }>();
function index(content: Content) {
  let found = indexes.get(content);
  if (!found) {
    const { pages } = content.questionnaire;
    found = {
      byId: new Map(pages.map((p) => [p.id, p])),
      byQuestion: new Map(pages.flatMap((p) => p.questions.map((q) => [q, p] as const))),
      position: new Map(pages.map((p, i) => [p.id, i])),
    };
    indexes.set(content, found);
  }
  return found;
}

export const pageById = (content: Content, pageId: string): Page | undefined => index(content).byId.get(pageId);

/** The page that holds a question. */
export const pageOf = (content: Content, questionId: string): Page | undefined => index(content).byQuestion.get(questionId);

/**
 * The rows a page shows for these answers, in order. A row whose askIf reads a row above it
 * that has no valid answer yet waits for that answer: shown at once, it would be asked before
 * the person said whether it applies. Once every row shown is answered, the rows are exactly
 * the page's questions in reachableQuestions.
 */
export function pageRows(content: Content, answers: Answers, pageId: string): Question[] {
  const page = pageById(content, pageId);
  if (!page) return [];
  const onPage = new Set(page.questions);
  const last = page.questions.at(-1);
  const named = (n: string) => content.questionnaire.conditions[n]!;
  const reachable = new Set<string>();
  // The environment reads `reachable` live, as in reachableQuestions.
  const env = envFor(content, answers, reachable);
  const rows: Question[] = [];
  for (const question of content.questionnaire.questions) {
    const here = onPage.has(question.id);
    if (!question.askIf || evaluate(question.askIf, env) !== 'F') {
      const waits =
        here &&
        question.askIf !== undefined &&
        questionsIn(question.askIf, named).some((id) => onPage.has(id) && reachable.has(id) && !isValidAnswer(content, id, answers[id]));
      if (!waits) {
        reachable.add(question.id);
        if (here) rows.push(question);
      }
    }
    if (question.id === last) break;
  }
  return rows;
}

/** Whether every row the page shows for these answers has a valid answer. */
export const pageComplete = (content: Content, answers: Answers, pageId: string): boolean =>
  pageRows(content, answers, pageId).every((q) => isValidAnswer(content, q.id, answers[q.id]));

/** The pages with at least one row for these answers, in order. A page shows a row exactly
 *  when it holds a reachable question: its first reachable question reads nothing above it on
 *  the page that is asked, so it never waits. */
export function pagesAsked(content: Content, answers: Answers): Page[] {
  const asked = new Set(reachableQuestions(content, answers).map((q) => q.id));
  return content.questionnaire.pages.filter((p) => p.questions.some((id) => asked.has(id)));
}

const positionOf = (content: Content, pageId: string) => index(content).position.get(pageId) ?? -1;

export const firstPage = (content: Content, answers: Answers): string | null => pagesAsked(content, answers)[0]?.id ?? null;

export function nextPage(content: Content, answers: Answers, from: string): string | null {
  const at = positionOf(content, from);
  return pagesAsked(content, answers).find((p) => positionOf(content, p.id) > at)?.id ?? null;
}

/** The page before `from`, or the last page asked when `from` is null (back from the review). */
export function previousPage(content: Content, answers: Answers, from: string | null): string | null {
  const at = from === null ? Infinity : positionOf(content, from);
  return (
    pagesAsked(content, answers)
      .filter((p) => positionOf(content, p.id) < at)
      .at(-1)?.id ?? null
  );
}

/** The page of the first question still without a valid answer, or null when none is left. */
export function firstUnansweredPage(content: Content, answers: Answers): string | null {
  const question = firstUnanswered(content, answers);
  return question === null ? null : (pageOf(content, question)?.id ?? null);
}
