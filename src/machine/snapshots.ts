// Saved snapshots: the questionnaire of this app's content, resumed from what autosave kept
// (upgraded from an older shape first), begun afresh, or loaded with the answers of a saved,
// imported, shared or merged assessment. What a snapshot holds is the machine's business:
// the UI and storage pass snapshots along and ask these functions.
import { createActor, type Snapshot } from 'xstate';
import { pageOf, questionById, type Content } from '../engine';
import { content } from '../questionnaire/content';
import { createQuestionnaireMachine, RESULT, type QuestionnaireEvent, type QuestionnaireSnapshot } from './questionnaireMachine';
import { isAtStart } from './selectors';

export const machine = createQuestionnaireMachine(content);

/**
 * A persisted snapshot in the shape this machine reads. Until pages, the machine had one state
 * per question, and autosave kept snapshots naming one (value and cursor a question ID): those
 * resume on the page holding that question, with the same answers and the same return to the
 * review. Anything else is returned as it is, for the machine to accept or refuse.
 */
export function upgradeSnapshot(content: Content, persisted: unknown): unknown {
  if (typeof persisted !== 'object' || persisted === null) return persisted;
  const snapshot = persisted as { value?: unknown; context?: { cursor?: unknown } };
  const toPage = (x: unknown) => (typeof x === 'string' && questionById(content, x) ? (pageOf(content, x)?.id ?? x) : x);
  if (toPage(snapshot.value) === snapshot.value && toPage(snapshot.context?.cursor) === snapshot.context?.cursor) return persisted;
  return {
    ...snapshot,
    value: toPage(snapshot.value),
    ...(snapshot.context ? { context: { ...snapshot.context, cursor: toPage(snapshot.context.cursor) } } : {}),
  };
}

/** The persisted snapshot after `event`s, from `from` or from a new questionnaire. */
function after(from: Snapshot<unknown> | null, ...events: QuestionnaireEvent[]) {
  const actor = createActor(machine, from ? { snapshot: from } : undefined).start();
  for (const event of events) actor.send(event);
  const snapshot: QuestionnaireSnapshot = actor.getSnapshot();
  const persisted = actor.getPersistedSnapshot();
  actor.stop();
  return { snapshot, persisted };
}

/** A new questionnaire, begun («Empezar»): on its first page. */
export const begun = (): Snapshot<unknown> => after(null, { type: 'BEGIN' }).persisted;

/** The snapshot a saved assessment resumes from, or null when this machine cannot resume it.
 *  One saved on a question before pages resumes on its page; one at the start (a questionnaire
 *  closed, which autosave no longer keeps) opens begun, as opening it always did. */
export function resumable(persisted: unknown): Snapshot<unknown> | null {
  try {
    const upgraded = upgradeSnapshot(content, persisted) as Snapshot<unknown>;
    const snapshot = createActor(machine, { snapshot: upgraded }).getSnapshot();
    const known = typeof snapshot.value === 'string' && snapshot.value in machine.root.states;
    if (snapshot.status !== 'active' || !known) return null;
    return isAtStart(snapshot) ? after(upgraded, { type: 'BEGIN' }).persisted : upgraded;
  } catch {
    return null;
  }
}

/** Whether a saved snapshot, of this version or an older one, was on the result. */
export const savedAtResult = (persisted: unknown): boolean => (persisted as { value?: unknown } | null)?.value === RESULT;

/** A saved snapshot with other answers: a questionnaire left for the start page resumes on the
 *  screen it left, with the answers given on the way out. */
export function withAnswers(persisted: unknown, answers: Record<string, string>): object {
  const saved = persisted as { context?: object };
  return { ...saved, context: { ...saved.context, answers } };
}

/** `answers` loaded (LOAD) into the questionnaire saved as `from`, or into a new one: it stays
 *  on the screen `from` shows if the answers still ask it, else opens where they lead (the
 *  result, when complete and `onResult`). */
export function loadAnswers(answers: Record<string, string>, { from = null, onResult = false }: { from?: unknown; onResult?: boolean } = {}) {
  return after(from as Snapshot<unknown> | null, { type: 'LOAD', answers, onResult });
}
