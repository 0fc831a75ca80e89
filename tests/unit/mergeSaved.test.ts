// @vitest-environment jsdom
// Two tabs on one assessment (issue 12, item 2): a tab's write never erases answers another
// tab saved meanwhile, and an assessment deleted in another tab is not written again.
import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { placeAnswers } from '../../src/machine/importAssessment';
import { mergeAnswers, mergeRecord } from '../../src/flow/mergeSaved';
import { useAutosave } from '../../src/flow/useAutosave';
import { currentPage, isAtResult } from '../../src/machine/selectors';
import { pageOf } from '../../src/engine';
import { content } from '../../src/questionnaire/content';
import { answersOf, readStore, remove, update, upsert, type SavedAssessment } from '../../src/storage/assessments';
import { machine, pageValues, walk } from '../helpers/journey';

const { asked, answers: all } = walk({});
/** The answers of the first `n` questions of a journey, as a person gives them in order. */
const firstAnswers = (n: number) => Object.fromEntries(asked.slice(0, n).map((q) => [q, all[q]!]));
const [nameQ, descriptionQ] = asked as [string, string];
const at = (minute: number) => `2026-11-23T10:${String(minute).padStart(2, '0')}:00.000Z`;
const stamps = (answers: Record<string, string>, minute: number) => Object.fromEntries(Object.keys(answers).map((q) => [q, at(minute)]));

function record(answers: Record<string, string>, minute: number, extra: Partial<SavedAssessment> = {}): SavedAssessment {
  return {
    id: 'a1',
    name: answers[nameQ] ?? '',
    updatedAt: at(minute),
    ...placeAnswers(answers),
    outcome: null,
    answeredAt: stamps(answers, minute),
    ...extra,
  };
}

const restore = (saved: SavedAssessment) => createActor(machine, { snapshot: saved.snapshot as never }).getSnapshot();

describe('merging two tabs’ answers', () => {
  it('keeps the other tab’s seven new answers and this tab’s change, and resumes from them', () => {
    const base = firstAnswers(3);
    const theirs = record(firstAnswers(10), 5);
    const mine = record({ ...base, [descriptionQ]: 'Otra descripción' }, 6);
    const merged = mergeRecord(mine, base, theirs);
    expect(answersOf(merged)).toEqual({ ...firstAnswers(10), [descriptionQ]: 'Otra descripción' });
    const resumed = restore(merged);
    expect(resumed.status).toBe('active');
    expect(resumed.context.answers).toEqual(answersOf(merged));
    // This tab was on the page of the fourth question, which the merged answers still ask.
    expect(resumed.value).toBe(pageOf(content, asked[3]!)!.id);
  });

  it('on the same question, the newer answer wins, whichever tab writes last', () => {
    const base = firstAnswers(3);
    const side = (name: string, minute: number) => ({ answers: { ...base, [nameQ]: name }, answeredAt: { ...stamps(base, 1), [nameQ]: at(minute) } });
    expect(mergeAnswers(base, side('Nombre de esta pestaña', 2), side('Nombre de la otra', 3)).answers[nameQ]).toBe('Nombre de la otra');
    expect(mergeAnswers(base, side('Nombre de esta pestaña', 4), side('Nombre de la otra', 3)).answers[nameQ]).toBe('Nombre de esta pestaña');
  });

  it('the merged record takes its name from the merged answers and keeps fields it does not know', () => {
    const base = firstAnswers(3);
    const theirs = { ...record({ ...base, [nameQ]: 'Nombre nuevo' }, 5), title: 'Piloto', work: { notice: 'borrador' } } as SavedAssessment;
    const merged = mergeRecord({ ...theirs, ...record({ ...base, [descriptionQ]: 'Otra' }, 6) }, base, theirs);
    expect(merged).toMatchObject({ name: 'Nombre nuevo', title: 'Piloto', work: { notice: 'borrador' } });
  });

  it('a tab at the result stays there when the merged answers are complete, with their outcome', () => {
    const base = { ...all };
    const theirs = record({ ...all, [descriptionQ]: 'Cambiada en la otra pestaña' }, 5);
    const mine = {
      ...record({ ...all, [nameQ]: 'Cambiado aquí' }, 6),
      snapshot: placeAnswers({ ...all, [nameQ]: 'Cambiado aquí' }, { onResult: true }).snapshot,
    };
    const merged = mergeRecord(mine, base, theirs);
    expect(isAtResult(restore(merged))).toBe(true);
    expect(merged.outcome).toBe('riesgo_aceptable');
    expect(answersOf(merged)).toMatchObject({ [nameQ]: 'Cambiado aquí', [descriptionQ]: 'Cambiada en la otra pestaña' });
  });
});

describe('autosave against another tab', () => {
  beforeEach(() => localStorage.clear());

  /** A tab that opened the record when it held the first three answers, now on the fourth. */
  function staleTab() {
    const opened = record(firstAnswers(3), 1);
    update((s) => upsert(s, opened));
    const actor = createActor(machine, { snapshot: opened.snapshot as never }).start();
    const onMerged = vi.fn();
    const hook = renderHook(() => useAutosave(actor, opened, { onState: () => {}, onMerged }));
    return { actor, onMerged, hook };
  }

  /** This tab submits the page it is on, answered as the journey answers it. */
  function submitPage(actor: ReturnType<typeof staleTab>['actor']) {
    const { values } = pageValues(actor, (q) => all[q]!);
    act(() => actor.send({ type: 'SUBMIT_PAGE', values }));
    return values;
  }

  it('the next answer merges with what another tab saved instead of erasing it, and the tab resumes from the merge', () => {
    const { actor, onMerged } = staleTab();
    // Another tab answers seven more questions meanwhile.
    update((s) => upsert(s, record(firstAnswers(10), 2)));
    expect(currentPage(actor.getSnapshot())).toBe(pageOf(content, asked[3]!)!.id);
    submitPage(actor);
    const stored = readStore().store.assessments[0]!;
    expect(answersOf(stored)).toEqual(firstAnswers(10));
    expect(onMerged).toHaveBeenCalledWith(stored);
  });

  it('a change that adds nothing new from the other tab is written without a merge', () => {
    const { actor, onMerged } = staleTab();
    update((s) => upsert(s, { ...record(firstAnswers(3), 1), title: 'Renombrada en otra pestaña' }));
    const values = submitPage(actor);
    expect(readStore().store.assessments[0]).toMatchObject({ title: 'Renombrada en otra pestaña' });
    expect(answersOf(readStore().store.assessments[0]!)).toEqual({ ...firstAnswers(3), ...values });
    expect(onMerged).not.toHaveBeenCalled();
  });

  it('a different answer here keeps the other tab’s answers and asks the tab to resume from the merge', () => {
    const { actor, onMerged } = staleTab();
    update((s) => upsert(s, record({ ...firstAnswers(3), [descriptionQ]: 'Otra descripción' }, 2)));
    const values = submitPage(actor);
    const stored = readStore().store.assessments[0]!;
    expect(answersOf(stored)).toEqual({ ...firstAnswers(3), ...values, [descriptionQ]: 'Otra descripción' });
    expect(onMerged).toHaveBeenCalledWith(stored);
  });

  it('an assessment deleted in another tab is not written again, unless kept as a new one', () => {
    const { actor, hook } = staleTab();
    update((s) => remove(s, 'a1'));
    const values = submitPage(actor);
    expect(readStore().store.assessments).toEqual([]);
    expect(hook.result.current.conflict).toBe('deleted');
    act(() => hook.result.current.keepAsNew());
    const [kept] = readStore().store.assessments;
    expect(kept!.id).not.toBe('a1');
    expect(answersOf(kept!)).toEqual({ ...firstAnswers(3), ...values });
  });

  it('says so as soon as another tab changes the answers', () => {
    const { hook } = staleTab();
    update((s) => upsert(s, record(firstAnswers(10), 2)));
    act(() => void window.dispatchEvent(new StorageEvent('storage', { key: 'semaforo-ia.assessments' })));
    expect(hook.result.current.conflict).toBe('otherTab');
    expect(answersOf(hook.result.current.storedCopy()!)).toEqual(firstAnswers(10));
  });
});
