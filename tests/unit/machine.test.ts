import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { adjacencyMapToArray, getAdjacencyMap } from 'xstate/graph';
import { classify, pageOf, pageRows, pagesAsked, questionById, reachableQuestions } from '../../src/engine';
import { content } from '../../src/questionnaire/content';
import { REVIEW, RESULT, START, type QuestionnaireEvent, type QuestionnaireSnapshot } from '../../src/machine/questionnaireMachine';
import { currentPage } from '../../src/machine/selectors';
import { upgradeSnapshot } from '../../src/machine/snapshots';
import { answerPages, defaultAnswer, machine, pageValues, walk } from '../helpers/journey';
import { allValues } from '../helpers/paths';
import { Q } from '../helpers/questions';

const { pages } = content.questionnaire;
const BIOMETRIC = Q.biometricsScreen;
const REALTIME = Q.realTimeIdentification;
const CATEGORISE = Q.publicCategorisation;
const AI = Q.isAiSystem;
const [NAME, DESCRIPTION] = content.questionnaire.questions.map((q) => q.id) as [string, string];
const FIRST = pages[0]!.id;
const BIOMETRIC_PAGE = pageOf(content, BIOMETRIC)!.id;

type Actor = ReturnType<typeof walk>['actor'];
const pick = (overrides: Record<string, string>) => (q: string) => overrides[q] ?? defaultAnswer(q);
const answerUntil = (actor: Actor, stop: string, overrides: Record<string, string> = {}) => answerPages(actor, pick(overrides), (page) => page === stop);

/** The default answer, or the first option of a question without one (company size). */
function anyAnswer(questionId: string): string {
  try {
    return defaultAnswer(questionId);
  } catch {
    return allValues(content, questionId)[0]!;
  }
}

function started() {
  const actor = createActor(machine).start();
  actor.send({ type: 'BEGIN' });
  return actor;
}

describe('questionnaire machine', () => {
  it('goes from start to the first page and refuses a page with a row unanswered or invalid', () => {
    const actor = createActor(machine).start();
    expect(actor.getSnapshot().value).toBe(START);
    actor.send({ type: 'BEGIN' });
    expect(currentPage(actor.getSnapshot())).toBe(FIRST);
    expect((actor.getSnapshot().getMeta() as Record<string, unknown>)[`semaforo.${FIRST}`]).toEqual({ pageId: FIRST });
    const { values } = pageValues(actor, pick({}));
    actor.send({ type: 'SUBMIT_PAGE', values: { ...values, [NAME]: '   ' } });
    expect(currentPage(actor.getSnapshot())).toBe(FIRST);
    const { [DESCRIPTION]: _, ...withoutDescription } = values;
    actor.send({ type: 'SUBMIT_PAGE', values: withoutDescription });
    expect(currentPage(actor.getSnapshot())).toBe(FIRST);
    expect(actor.getSnapshot().context.answers).toEqual({});
    actor.send({ type: 'SUBMIT_PAGE', values });
    expect(currentPage(actor.getSnapshot())).toBe(pages[1]!.id);
    expect(actor.getSnapshot().context.answers).toEqual(values);
  });

  it('refuses a page whose revealed follow-up row is unanswered', () => {
    const actor = started();
    answerUntil(actor, BIOMETRIC_PAGE);
    const { values } = pageValues(actor, pick({ [BIOMETRIC]: 'si' }));
    expect(Object.keys(values)).toContain(REALTIME);
    const { [REALTIME]: _, ...missing } = values;
    actor.send({ type: 'SUBMIT_PAGE', values: missing });
    expect(currentPage(actor.getSnapshot())).toBe(BIOMETRIC_PAGE);
    actor.send({ type: 'SUBMIT_PAGE', values });
    expect(currentPage(actor.getSnapshot())).not.toBe(BIOMETRIC_PAGE);
  });

  it('BACK returns to the previous page, keeps every answer and the valid ones given on the page left', () => {
    const actor = started();
    answerUntil(actor, BIOMETRIC_PAGE);
    const before = actor.getSnapshot().context.answers;
    actor.send({ type: 'BACK', values: { [BIOMETRIC]: 'si', [REALTIME]: 'quizas' } });
    expect(currentPage(actor.getSnapshot())).toBe(pages[1]!.id);
    expect(actor.getSnapshot().context.answers).toEqual({ ...before, [BIOMETRIC]: 'si' });
    actor.send({ type: 'BACK' });
    expect(currentPage(actor.getSnapshot())).toBe(FIRST);
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe(START);
  });

  it('drops the answers to questions that a changed answer makes unreachable', () => {
    const { actor } = walk({ [BIOMETRIC]: 'si', [REALTIME]: 'si', [CATEGORISE]: 'no' });
    expect(actor.getSnapshot().value).toBe(REVIEW);
    expect(actor.getSnapshot().context.answers[CATEGORISE]).toBe('no');
    actor.send({ type: 'EDIT', questionId: REALTIME });
    expect(currentPage(actor.getSnapshot())).toBe(BIOMETRIC_PAGE);
    actor.send({ type: 'SUBMIT_PAGE', values: pageValues(actor, pick({ [BIOMETRIC]: 'no' })).values });
    const { answers } = actor.getSnapshot().context;
    expect(answers[REALTIME]).toBeUndefined();
    expect(answers[CATEGORISE]).toBeUndefined();
    // Nothing new to ask: back to the review.
    expect(actor.getSnapshot().value).toBe(REVIEW);
  });

  it('EDIT from the review opens the page holding the question, then returns to the review', () => {
    const { actor } = walk({});
    const employment = Q.employmentScreen;
    actor.send({ type: 'EDIT', questionId: employment });
    expect(currentPage(actor.getSnapshot())).toBe(pageOf(content, employment)!.id);
    actor.send({ type: 'SUBMIT_PAGE', values: pageValues(actor, pick({ [employment]: 'si' })).values });
    expect(actor.getSnapshot().value).toBe(REVIEW);
    expect(actor.getSnapshot().context.answers[Q.workerSelection]).toBe('no');
  });

  it('after EDIT asks the pages of questions a changed answer opens elsewhere, then returns to the review', () => {
    const { actor } = walk({ [AI]: 'no' });
    expect(pagesAsked(content, actor.getSnapshot().context.answers)).toHaveLength(1);
    actor.send({ type: 'EDIT', questionId: AI });
    actor.send({ type: 'SUBMIT_PAGE', values: pageValues(actor, pick({})).values });
    expect(currentPage(actor.getSnapshot())).toBe(pages[1]!.id);
    answerUntil(actor, '__none__');
    expect(actor.getSnapshot().value).toBe(REVIEW);
    expect(reachableQuestions(content, actor.getSnapshot().context.answers)).toHaveLength(Object.keys(actor.getSnapshot().context.answers).length);
  });

  it('refuses EDIT of a question the flow does not ask', () => {
    const { actor } = walk({});
    actor.send({ type: 'EDIT', questionId: REALTIME });
    expect(actor.getSnapshot().value).toBe(REVIEW);
  });

  it('moves from the review to the result only when every question is answered, and back', () => {
    const { actor } = walk({});
    actor.send({ type: 'SHOW_RESULT' });
    expect(actor.getSnapshot().value).toBe(RESULT);
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe(REVIEW);
    actor.send({ type: 'BACK' });
    expect(currentPage(actor.getSnapshot())).toBe(pagesAsked(content, actor.getSnapshot().context.answers).at(-1)!.id);
  });

  it('RESTART clears every answer from any state', () => {
    const { actor } = walk({ [AI]: 'si' });
    actor.send({ type: 'SHOW_RESULT' });
    actor.send({ type: 'RESTART' });
    expect(actor.getSnapshot().value).toBe(START);
    expect(actor.getSnapshot().context.answers).toEqual({});
  });

  it('each event does one job: BEGIN only starts, SUBMIT_PAGE only sends a page, SHOW_RESULT only leaves the review', () => {
    const actor = createActor(machine).start();
    actor.send({ type: 'SUBMIT_PAGE', values: {} });
    actor.send({ type: 'SHOW_RESULT' });
    expect(actor.getSnapshot().value).toBe(START);
    actor.send({ type: 'BEGIN' });
    const { values } = pageValues(actor, pick({}));
    for (const event of [{ type: 'BEGIN' }, { type: 'SHOW_RESULT' }] as const) {
      actor.send(event);
      expect(currentPage(actor.getSnapshot())).toBe(FIRST);
    }
    actor.send({ type: 'SUBMIT_PAGE', values });
    expect(currentPage(actor.getSnapshot())).toBe(pages[1]!.id);
    const { actor: atReview } = walk({});
    atReview.send({ type: 'BEGIN' });
    atReview.send({ type: 'SUBMIT_PAGE', values: {} });
    expect(atReview.getSnapshot().value).toBe(REVIEW);
  });

  it('LEAVE, for another page of the app: keeps the valid values given on the page and stays on it', () => {
    const actor = createActor(machine).start();
    actor.send({ type: 'BEGIN' });
    const { values } = pageValues(actor, pick({}));
    const ids = Object.keys(values);
    const text = ids.find((id) => questionById(content, id)?.kind === 'text')!;
    const choice = ids.find((id) => questionById(content, id)?.kind === 'choice')!;
    actor.send({ type: 'LEAVE', values: { [text]: values[text]!, [choice]: 'not-an-option' } });
    expect(currentPage(actor.getSnapshot())).toBe(FIRST);
    expect(actor.getSnapshot().context.answers[text]).toBe(values[text]);
    expect(choice in actor.getSnapshot().context.answers).toBe(false);
  });

  describe('LOAD, the answers of a saved, imported or merged assessment', () => {
    const { answers: complete, asked } = walk({});
    const firstN = (n: number) => Object.fromEntries(asked.slice(0, n).map((q) => [q, complete[q]!]));

    it('opens a new questionnaire on the first page the answers leave unanswered, then goes on to the review', () => {
      const actor = createActor(machine).start();
      const partial = firstN(5);
      actor.send({ type: 'LOAD', answers: partial, onResult: true });
      expect(currentPage(actor.getSnapshot())).toBe(pageOf(content, asked[5]!)!.id);
      expect(actor.getSnapshot().context).toEqual({ answers: partial, cursor: currentPage(actor.getSnapshot()), returnToReview: true });
      answerUntil(actor, '__none__');
      expect(actor.getSnapshot().value).toBe(REVIEW);
    });

    it('opens a complete set on the review, or on the result when asked to', () => {
      for (const [onResult, at] of [
        [undefined, REVIEW],
        [false, REVIEW],
        [true, RESULT],
      ] as const) {
        const actor = createActor(machine).start();
        actor.send({ type: 'LOAD', answers: complete, onResult });
        expect(actor.getSnapshot().value).toBe(at);
        expect(actor.getSnapshot().context).toEqual({ answers: complete, cursor: REVIEW, returnToReview: false });
      }
    });

    it('keeps the screen shown when the answers still ask it, and leaves it when they do not', () => {
      const actor = started();
      answerUntil(actor, BIOMETRIC_PAGE);
      const more = { ...actor.getSnapshot().context.answers, [BIOMETRIC]: 'si' };
      actor.send({ type: 'LOAD', answers: more });
      expect(currentPage(actor.getSnapshot())).toBe(BIOMETRIC_PAGE);
      expect(actor.getSnapshot().context.answers).toEqual(more);
      actor.send({ type: 'LOAD', answers: { ...firstN(asked.length), [AI]: 'no' } });
      expect(currentPage(actor.getSnapshot())).not.toBe(BIOMETRIC_PAGE);

      const { actor: atResult } = walk({});
      atResult.send({ type: 'SHOW_RESULT' });
      atResult.send({ type: 'LOAD', answers: { ...complete, [NAME]: 'Otro nombre' } });
      expect(atResult.getSnapshot().value).toBe(RESULT);
      atResult.send({ type: 'LOAD', answers: firstN(2) });
      expect(currentPage(atResult.getSnapshot())).toBe(pageOf(content, asked[2]!)!.id);
    });
  });

  it('serialises its snapshot to JSON and resumes from it', () => {
    const actor = started();
    answerUntil(actor, BIOMETRIC_PAGE);
    const saved = JSON.stringify(actor.getPersistedSnapshot());
    const resumed = createActor(machine, { snapshot: JSON.parse(saved) }).start();
    expect(currentPage(resumed.getSnapshot())).toBe(BIOMETRIC_PAGE);
    expect(resumed.getSnapshot().context).toEqual(actor.getSnapshot().context);
    for (const a of [actor, resumed]) answerUntil(a, '__none__', { [BIOMETRIC]: 'si', [REALTIME]: 'si', [CATEGORISE]: 'si' });
    const results = [actor, resumed].map((a) => classify(content, a.getSnapshot().context.answers, { today: '2026-11-23' }));
    expect(results[1]).toEqual(results[0]);
    expect(results[0]!.outcome).toBe('uso_indebido');
  });

  it('covers every state and every transition (xstate/graph)', () => {
    // On a page: the answers a person gives there with each value of each row in turn (the
    // others at their defaults), an incomplete page, BACK, RESTART, a history move (GO_TO) and
    // loading the answers it holds (it stays). Elsewhere, loading a complete set or none.
    const complete = walk({}).answers;
    const events = (snapshot: QuestionnaireSnapshot): QuestionnaireEvent[] => {
      const page = currentPage(snapshot);
      const edits = reachableQuestions(content, snapshot.context.answers).map((x) => ({ type: 'EDIT' as const, questionId: x.id }));
      const loads: QuestionnaireEvent[] = [
        { type: 'LOAD', answers: snapshot.context.answers },
        { type: 'LOAD', answers: {} },
        { type: 'LOAD', answers: complete, onResult: true },
      ];
      if (page) {
        const rows = pageRows(content, snapshot.context.answers, page).map((q) => q.id);
        const variants = rows.flatMap((row) =>
          allValues(content, row).map((value) => {
            const probe = createActor(machine, { snapshot }).start();
            return { type: 'SUBMIT_PAGE' as const, values: pageValues(probe, (q) => (q === row ? value : anyAnswer(q))).values };
          }),
        );
        return [
          ...variants,
          { type: 'SUBMIT_PAGE', values: {} },
          { type: 'LEAVE', values: {} },
          { type: 'BACK' },
          { type: 'RESTART' },
          { type: 'GO_TO', screen: START },
          ...loads,
        ];
      }
      if (snapshot.value === START) return [{ type: 'BEGIN' }, { type: 'RESTART' }, ...loads];
      if (snapshot.value === REVIEW)
        return [{ type: 'SHOW_RESULT' }, { type: 'BACK' }, { type: 'RESTART' }, { type: 'GO_TO', screen: RESULT }, ...edits, ...loads];
      return [{ type: 'BACK' }, { type: 'RESTART' }, { type: 'GO_TO', screen: REVIEW }, ...edits, ...loads];
    };
    // One vertex per state: which page comes next depends only on the answers the first
    // snapshot reaching a state carries and the values sent.
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

describe('snapshots saved before pages (questionnaire 1.1.0, one state per question)', () => {
  const fixtures: { name: string; at: string; snapshot: { value: string; context: QuestionnaireSnapshot['context'] } }[] = JSON.parse(
    readFileSync('tests/fixtures/questionnaire-1.1.0/snapshots.json', 'utf8'),
  );

  it.each(fixtures)('$name resumes on the page holding its question, with its answers', ({ at, snapshot }) => {
    // The machine alone no longer knows a question state.
    expect(snapshot.value in machine.root.states).toBe(!content.questionnaire.questions.some((q) => q.id === snapshot.value));
    const resumed = createActor(machine, { snapshot: upgradeSnapshot(content, snapshot) as never }).start();
    const s = resumed.getSnapshot();
    expect(s.status).toBe('active');
    expect(s.context.answers).toEqual(snapshot.context.answers);
    expect(s.context.returnToReview).toBe(snapshot.context.returnToReview);
    expect(s.value).toBe(pageOf(content, at)?.id ?? at);
    // And the person can go on from there to the result.
    if (currentPage(s)) answerPages(resumed, (q) => s.context.answers[q] ?? defaultAnswer(q));
    if (s.value !== RESULT) resumed.send({ type: 'SHOW_RESULT' });
    expect(resumed.getSnapshot().value).toBe(RESULT);
  });

  it('leaves a snapshot of the current shape as it is', () => {
    const { actor } = walk({});
    const persisted = actor.getPersistedSnapshot();
    expect(upgradeSnapshot(content, persisted)).toBe(persisted);
  });
});
