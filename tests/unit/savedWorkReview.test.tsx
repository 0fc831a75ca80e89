// @vitest-environment jsdom
// Findings of a hostile review of issue 12, each reproduced first: one over-long draft section
// must not cost the rest of the work; two tabs editing different parts of the work keep both;
// «Guardar como evaluación nueva» keeps the work; confirming the deletion of set-aside data
// deletes that item even when the list moved meanwhile; one malformed tombstone drops alone.
import { act, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { SetAsideList } from '../../src/app/SetAsideList';
import { mergeWork, readWork, type AssessmentWork } from '../../src/engine/work';
import { placeAnswers } from '../../src/machine/importAssessment';
import { useAutosave } from '../../src/flow/useAutosave';
import { initI18n } from '../../src/i18n/i18n';
import {
  emptyStore,
  isDeleted,
  readStore,
  remove,
  saveWork,
  SET_ASIDE_PREFIX,
  STORE_KEY,
  update,
  upsert,
  type SavedAssessment,
} from '../../src/storage/assessments';
import { machine, pageValues, walk } from '../helpers/journey';

const { asked, answers: all } = walk({});
const firstAnswers = (n: number) => Object.fromEntries(asked.slice(0, n).map((q) => [q, all[q]!]));
const work: AssessmentWork = { lang: 'es', inputs: { organisation: 'Municipalidad de Lima' }, checked: ['transparency'] };

function opened(extra: Partial<SavedAssessment> = {}): SavedAssessment {
  const answers = firstAnswers(3);
  return { id: 'a1', name: answers[asked[0]!]!, updatedAt: '2026-11-23T10:01:00.000Z', ...placeAnswers(answers), outcome: null, ...extra };
}

/** What a tab does on an edit: its change (from `before` to `after`) over the work stored now. */
const edit = (before: AssessmentWork, after: AssessmentWork) => saveWork('a1', (stored) => mergeWork(readWork(stored), before, after));

describe('saved work under a hostile review', () => {
  beforeAll(() => initI18n('es'));
  beforeEach(() => localStorage.clear());

  it('one draft section over the limit is left out alone: the details and the ticks survive', () => {
    const tooLong = {
      drafts: { notice: { from: 'x:00000000', sections: { intro: 'a'.repeat(20_001) } }, consultation: { from: 'x:00000000', sections: { intro: 'b' } } },
    };
    update((s) => upsert(s, opened({ work: { ...work, ...tooLong } as AssessmentWork })));
    const read = readWork(readStore().store.assessments[0]!.work);
    expect(read).toMatchObject(work);
    expect(read.drafts).toEqual({ consultation: tooLong.drafts.consultation });
  });

  it('two tabs editing different parts of the work keep both', () => {
    update((s) => upsert(s, opened()));
    // Both tabs opened the record with no work; tab A types the organisation, then tab B ticks.
    edit({}, { lang: 'es', inputs: { organisation: 'Municipalidad de Lima' } });
    const { work: saved } = edit({}, { lang: 'es', checked: ['transparency'] });
    expect(readStore().store.assessments[0]!.work).toEqual(work);
    expect(saved).toEqual(work);
  });

  it('removing a part (a draft rebuilt from the answers) removes it, and only it', () => {
    const drafts = { notice: { from: 'a', sections: { s: 'uno' } }, consultation: { from: 'a', sections: { s: 'dos' } } };
    update((s) => upsert(s, opened({ work: { ...work, drafts } })));
    edit({ drafts }, { drafts: { consultation: drafts.consultation } });
    expect(readStore().store.assessments[0]!.work).toEqual({ ...work, drafts: { consultation: drafts.consultation } });
  });

  it('«Guardar como evaluación nueva» keeps the work of the deleted assessment', () => {
    const record = opened({ work });
    update((s) => upsert(s, record));
    const actor = createActor(machine, { snapshot: record.snapshot as never }).start();
    const hook = renderHook(() => useAutosave(actor, record, { onState: () => {}, onMerged: vi.fn() }));
    update((s) => remove(s, 'a1'));
    const { values } = pageValues(actor, (q) => all[q]!);
    act(() => actor.send({ type: 'SUBMIT_PAGE', values }));
    expect(hook.result.current.conflict).toBe('deleted');
    act(() => hook.result.current.keepAsNew());
    const [kept] = readStore().store.assessments;
    expect(kept!.id).not.toBe('a1');
    expect(kept!.work).toEqual(work);
  });

  it('confirming the deletion of a set-aside record deletes that record, even if the list moved meanwhile', async () => {
    const r1 = { id: 'r1', name: 'Primera', updatedAt: 'nope', outcome: null, snapshot: {} };
    const r2 = { id: 'r2', name: 'Segunda', updatedAt: 'nope', outcome: null, snapshot: {} };
    localStorage.setItem(STORE_KEY, JSON.stringify({ ...emptyStore(), assessments: [r1, r2] }));
    const onChange = vi.fn();
    const view = render(<SetAsideList store={readStore().store} onChange={onChange} />);
    await userEvent.click(screen.getAllByRole('button', { name: /^Eliminar/ })[1]!);
    // Another tab sets an unreadable store aside; the page re-reads and re-renders.
    localStorage.setItem(`${SET_ASIDE_PREFIX}1`, '{cut');
    view.rerender(<SetAsideList store={readStore().store} onChange={onChange} />);
    await userEvent.click(screen.getByRole('button', { name: 'Sí, eliminar' }));
    expect((readStore().store.unreadable ?? []).map((r) => (r as { name: string }).name)).toEqual(['Primera']);
  });

  it('one malformed tombstone drops alone: the others still stop a stale tab', () => {
    localStorage.setItem(STORE_KEY, JSON.stringify({ ...emptyStore(), deleted: [{ id: 'gone', at: '2026-11-23T10:00:00.000Z' }, { id: 7 }] }));
    expect(isDeleted(readStore().store, 'gone')).toBe(true);
  });
});
