// Drives the real machine through the questionnaire the way a user does: answer the
// current question, press Continue, repeat. Golden cases only name the answers that matter;
// every other question gets the default from tests/golden/_defaults.json or "no".
import { readFileSync } from 'node:fs';
import { createActor } from 'xstate';
import { optionsOf, questionById } from '../../src/engine';
import { content } from '../../src/questionnaire/content';
import { createQuestionnaireMachine, currentQuestion } from '../../src/machine/questionnaireMachine';

const defaults: Record<string, string> = JSON.parse(
  readFileSync('tests/golden/_defaults.json', 'utf8'),
).answers;

export const machine = createQuestionnaireMachine(content);

export function defaultAnswer(questionId: string): string {
  if (defaults[questionId] !== undefined) return defaults[questionId];
  const question = questionById(content, questionId)!;
  const no = optionsOf(content, question).find((o) => o.id === 'no');
  if (!no) throw new Error(`No default answer for ${questionId} (${question.about})`);
  return no.id;
}

/** Walks to the review page; fails if an override names a question the flow never asks. */
export function walk(overrides: Record<string, string>) {
  const actor = createActor(machine).start();
  actor.send({ type: 'NEXT' });
  const asked: string[] = [];
  for (let guard = 0; guard < 500; guard++) {
    const q = currentQuestion(actor.getSnapshot());
    if (q === null) break;
    asked.push(q);
    actor.send({ type: 'NEXT', value: overrides[q] ?? defaultAnswer(q) });
    if (currentQuestion(actor.getSnapshot()) === q) throw new Error(`Answer refused at ${q}`);
  }
  const unused = Object.keys(overrides).filter((id) => !asked.includes(id));
  if (unused.length > 0) throw new Error(`Answers never asked for: ${unused.join(', ')}`);
  return { actor, asked, answers: actor.getSnapshot().context.answers };
}
