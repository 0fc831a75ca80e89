import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { adjacencyMapToArray, getAdjacencyMap } from 'xstate/graph';
import { classify, reachableQuestions } from '../../src/engine';
import { content } from '../../src/questionnaire/content';
import {
  currentQuestion,
  REVIEW,
  RESULT,
  START,
  type QuestionnaireEvent,
  type QuestionnaireSnapshot,
} from '../../src/machine/questionnaireMachine';
import { defaultAnswer, machine, walk } from '../helpers/journey';
import { allValues } from '../helpers/paths';

const byAbout = (about: string) => content.questionnaire.questions.find((q) => q.about === about)!.id;
const BIOMETRIC = byAbout('screen: biometrics');
const REALTIME = byAbout('23.1 e) identification');
const CATEGORISE = byAbout('23.1 e) categorisation');
const AI = byAbout('scope: AI-based system (Art. 6 j)');
const [NAME, DESCRIPTION] = content.questionnaire.questions.map((q) => q.id);

function answerUntil(actor: ReturnType<typeof walk>['actor'], stop: string, overrides: Record<string, string> = {}) {
  for (let q = currentQuestion(actor.getSnapshot()); q !== null && q !== stop; q = currentQuestion(actor.getSnapshot())) {
    actor.send({ type: 'NEXT', value: overrides[q] ?? defaultAnswer(q) });
  }
}

function started() {
  const actor = createActor(machine).start();
  actor.send({ type: 'NEXT' });
  return actor;
}

describe('questionnaire machine', () => {
  it('goes from start to the first question and refuses an invalid answer', () => {
    const actor = createActor(machine).start();
    expect(actor.getSnapshot().value).toBe(START);
    actor.send({ type: 'NEXT' });
    expect(currentQuestion(actor.getSnapshot())).toBe(NAME);
    actor.send({ type: 'NEXT', value: '   ' });
    expect(currentQuestion(actor.getSnapshot())).toBe(NAME);
    actor.send({ type: 'NEXT', value: 'Chatbot' });
    expect(currentQuestion(actor.getSnapshot())).toBe(DESCRIPTION);
    expect((actor.getSnapshot().getMeta() as Record<string, unknown>)[`semaforo.${DESCRIPTION}`]).toEqual({ questionId: DESCRIPTION, section: 'sistema' });
  });

  it('BACK returns to the previous question and keeps every answer', () => {
    const actor = started();
    answerUntil(actor, REALTIME, { [BIOMETRIC]: 'si' });
    const before = actor.getSnapshot().context.answers;
    actor.send({ type: 'BACK' });
    expect(currentQuestion(actor.getSnapshot())).toBe(byAbout('23.1 d) first limb'));
    actor.send({ type: 'BACK' });
    expect(currentQuestion(actor.getSnapshot())).toBe(BIOMETRIC);
    expect(actor.getSnapshot().context.answers).toEqual(before);
    actor.send({ type: 'NEXT', value: 'si' });
    actor.send({ type: 'NEXT', value: before[byAbout('23.1 d) first limb')] ?? 'no' });
    expect(currentQuestion(actor.getSnapshot())).toBe(REALTIME);
  });

  it('BACK from the first question returns to the start page', () => {
    const actor = started();
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe(START);
  });

  it('drops the answers to questions that a changed answer makes unreachable', () => {
    const { actor } = walk({ [BIOMETRIC]: 'si', [REALTIME]: 'si', [CATEGORISE]: 'no' });
    expect(actor.getSnapshot().value).toBe(REVIEW);
    expect(actor.getSnapshot().context.answers[CATEGORISE]).toBe('no');
    actor.send({ type: 'EDIT', questionId: BIOMETRIC });
    expect(currentQuestion(actor.getSnapshot())).toBe(BIOMETRIC);
    actor.send({ type: 'NEXT', value: 'no' });
    const { answers } = actor.getSnapshot().context;
    expect(answers[REALTIME]).toBeUndefined();
    expect(answers[CATEGORISE]).toBeUndefined();
    // Nothing new to ask: back to the review.
    expect(actor.getSnapshot().value).toBe(REVIEW);
  });

  it('after EDIT asks only the questions a changed answer opens, then returns to the review', () => {
    const { actor } = walk({});
    actor.send({ type: 'EDIT', questionId: BIOMETRIC });
    actor.send({ type: 'NEXT', value: 'si' });
    const opened = currentQuestion(actor.getSnapshot());
    expect(opened).toBe(byAbout('23.1 d) first limb'));
    answerUntil(actor, '__none__');
    expect(actor.getSnapshot().value).toBe(REVIEW);
    expect(actor.getSnapshot().context.answers[REALTIME]).toBe('no');
  });

  it('refuses EDIT of a question the flow does not ask', () => {
    const { actor } = walk({});
    actor.send({ type: 'EDIT', questionId: REALTIME });
    expect(actor.getSnapshot().value).toBe(REVIEW);
  });

  it('moves from the review to the result only when every question is answered, and back', () => {
    const { actor } = walk({});
    actor.send({ type: 'NEXT' });
    expect(actor.getSnapshot().value).toBe(RESULT);
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe(REVIEW);
    actor.send({ type: 'BACK' });
    const last = reachableQuestions(content, actor.getSnapshot().context.answers).at(-1)!.id;
    expect(currentQuestion(actor.getSnapshot())).toBe(last);
  });

  it('RESTART clears every answer from any state', () => {
    const { actor } = walk({ [AI]: 'si' });
    actor.send({ type: 'NEXT' });
    actor.send({ type: 'RESTART' });
    expect(actor.getSnapshot().value).toBe(START);
    expect(actor.getSnapshot().context.answers).toEqual({});
  });

  it('serialises its snapshot to JSON and resumes from it', () => {
    const actor = started();
    answerUntil(actor, CATEGORISE, { [BIOMETRIC]: 'si', [REALTIME]: 'si' });
    const saved = JSON.stringify(actor.getPersistedSnapshot());
    const resumed = createActor(machine, { snapshot: JSON.parse(saved) }).start();
    expect(currentQuestion(resumed.getSnapshot())).toBe(CATEGORISE);
    expect(resumed.getSnapshot().context).toEqual(actor.getSnapshot().context);
    for (const a of [actor, resumed]) answerUntil(a, '__none__', { [CATEGORISE]: 'si' });
    const results = [actor, resumed].map((a) => classify(content, a.getSnapshot().context.answers, { today: '2026-11-23' }));
    expect(results[1]).toEqual(results[0]);
    expect(results[0]!.outcome).toBe('uso_indebido');
  });

  it('covers every state and every transition (xstate/graph)', () => {
    const events = (snapshot: QuestionnaireSnapshot): QuestionnaireEvent[] => {
      const q = currentQuestion(snapshot);
      const edits = reachableQuestions(content, snapshot.context.answers).map((x) => ({ type: 'EDIT' as const, questionId: x.id }));
      if (q) return [...allValues(content, q).map((value) => ({ type: 'NEXT' as const, value })), { type: 'BACK' }, { type: 'RESTART' }];
      if (snapshot.value === START) return [{ type: 'NEXT' }, { type: 'RESTART' }];
      if (snapshot.value === REVIEW) return [{ type: 'NEXT' }, { type: 'BACK' }, { type: 'RESTART' }, ...edits];
      return [{ type: 'BACK' }, { type: 'RESTART' }, ...edits];
    };
    // One vertex per state: navigation inside a section depends only on that section's
    // answers, which the first snapshot reaching a state carries.
    const adjacency = getAdjacencyMap(machine, { events, serializeState: (s) => JSON.stringify(s.value) });
    const steps = adjacencyMapToArray(adjacency);
    const visited = new Set(Object.values(adjacency).map((v) => String(v.state.value)));
    const resting = Object.keys(machine.root.states).filter((s) => s !== 'route');
    expect(resting.filter((s) => !visited.has(s))).toEqual([]);

    const taken = new Set(steps.map((s) => `${String(s.state.value)} ${s.event.type}`));
    const defined = resting.flatMap((s) => [...Object.keys(machine.root.states[s]!.config.on ?? {}), 'RESTART'].map((e) => `${s} ${e}`));
    expect(defined.filter((t) => !taken.has(t))).toEqual([]);

    // Each target of the routing state is entered through it at least once.
    const entered = new Set(steps.map((s) => String(s.nextState.value)));
    const routed = machine.root.states.route!.always!.map((t) => t.target![0]!.key);
    expect(routed.filter((t) => !entered.has(t))).toEqual([]);
    console.log(`Machine: ${visited.size} states, ${steps.length} transitions taken, ${defined.length + routed.length} defined`);
  });
});
