// Drives the real machine through the questionnaire the way a user does: on each page, answer
// the rows top to bottom (an answer may reveal rows below it), press Continue, repeat. Golden
// cases only name the answers that matter; every other question gets the default from
// tests/golden/_defaults.json or "no".
import { readFileSync } from 'node:fs';
import { createActor, type Actor } from 'xstate';
import { optionsOf, pageRows, questionById } from '../../src/engine';
import { content } from '../../src/questionnaire/content';
import { createQuestionnaireMachine, type QuestionnaireMachine } from '../../src/machine/questionnaireMachine';
import { currentPage } from '../../src/machine/selectors';

const defaults: Record<string, string> = JSON.parse(readFileSync('tests/golden/_defaults.json', 'utf8')).answers;

export const machine = createQuestionnaireMachine(content);

export function defaultAnswer(questionId: string): string {
  if (defaults[questionId] !== undefined) return defaults[questionId];
  const question = questionById(content, questionId)!;
  const no = optionsOf(content, question).find((o) => o.id === 'no');
  if (!no) throw new Error(`No default answer for ${questionId} (${question.about})`);
  return no.id;
}

/** The values a person gives on the current page, row by row as rows appear; the rows in order. */
export function pageValues(actor: Actor<QuestionnaireMachine>, pick: (questionId: string) => string) {
  const page = currentPage(actor.getSnapshot())!;
  const { answers } = actor.getSnapshot().context;
  const values: Record<string, string> = {};
  for (;;) {
    const open = pageRows(content, { ...answers, ...values }, page).find((q) => values[q.id] === undefined);
    if (!open) break;
    values[open.id] = pick(open.id);
  }
  return { values, rows: pageRows(content, { ...answers, ...values }, page).map((q) => q.id) };
}

/** Answers every page with `pick` until the review (or `stop` says so); the pages and rows shown. */
export function answerPages(actor: Actor<QuestionnaireMachine>, pick: (questionId: string) => string, stop = (_page: string) => false) {
  const asked: string[] = [];
  const pages: string[] = [];
  for (let page = currentPage(actor.getSnapshot()); page !== null && !stop(page); page = currentPage(actor.getSnapshot())) {
    const { values, rows } = pageValues(actor, pick);
    pages.push(page);
    asked.push(...rows);
    actor.send({ type: 'SUBMIT_PAGE', values });
    if (currentPage(actor.getSnapshot()) === page) throw new Error(`Page ${page} refused`);
  }
  return { asked, pages };
}

/** Walks to the review page; fails if an override names a question the flow never asks. */
export function walk(overrides: Record<string, string>) {
  const actor = createActor(machine).start();
  actor.send({ type: 'BEGIN' });
  const { asked, pages } = answerPages(actor, (q) => overrides[q] ?? defaultAnswer(q));
  const unused = Object.keys(overrides).filter((id) => !asked.includes(id));
  if (unused.length > 0) throw new Error(`Answers never asked for: ${unused.join(', ')}`);
  return { actor, asked, pages, answers: actor.getSnapshot().context.answers };
}
