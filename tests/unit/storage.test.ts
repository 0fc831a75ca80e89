// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  changesSavedData,
  deleteSetAside,
  emptyStore,
  isDeleted,
  listSetAside,
  readStore,
  remove,
  STORE_KEY,
  update,
  upsert,
  writeStore,
} from '../../src/storage/assessments';
import { savedDataFile } from '../../src/storage/savedDataFile';
import { corruptRecords, corruptStores } from '../fixtures/corruptSavedData';

const saved = (id: string, name = 'Chatbot') => ({ id, name, updatedAt: '2026-11-23T10:00:00.000Z', outcome: null, snapshot: { value: 'q123' } });
const stored = () => JSON.parse(localStorage.getItem(STORE_KEY)!) as { assessments: unknown[]; deleted?: { id: string }[] };

const quota = () => new DOMException('Quota exceeded', 'QuotaExceededError');
/** A full storage: every write of something new fails; removing still works. */
const fillStorage = () =>
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw quota();
  });

describe('saved assessments store', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => vi.restoreAllMocks());

  it('writes and reads back, newest first, marking the current one', () => {
    let store = upsert(emptyStore(), saved('a1'));
    store = upsert(store, saved('a2', 'Otro'));
    store = upsert(store, { ...saved('a1'), name: 'Chatbot municipal' });
    expect(writeStore(store)).toBe('ok');
    const { store: back, state, setAside } = readStore();
    expect(state).toBe('ok');
    expect(setAside).toBeNull();
    expect(back.current).toBe('a1');
    expect(back.assessments.map((a) => [a.id, a.name])).toEqual([
      ['a1', 'Chatbot municipal'],
      ['a2', 'Otro'],
    ]);
  });

  it('keeps fields it does not know, in records and in the store, through every write', () => {
    const record = { ...saved('a1'), work: { notice: 'Borrador editado' }, fromANewerBuild: [1, 2] };
    localStorage.setItem(STORE_KEY, JSON.stringify({ ...emptyStore(), assessments: [record], alsoNewer: true }));
    update((s) => upsert(s, saved('a2')));
    expect(stored()).toMatchObject({ alsoNewer: true, assessments: [saved('a2'), record] });
  });

  it('reports storage that is unavailable or full instead of throwing', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw quota();
    });
    // Every write refused on an empty storage is a private mode, not a full one.
    expect(readStore().state).toBe('unavailable');
    expect(writeStore(emptyStore())).toBe('unavailable');
    vi.restoreAllMocks();
    const set = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
      if (key === STORE_KEY) throw quota();
      set.call(this, key, value);
    });
    expect(writeStore(emptyStore())).toBe('full');
  });

  it('reading writes nothing another tab would take for a change (tabs would re-read each other forever)', () => {
    writeStore(upsert(emptyStore(), saved('a1')));
    const set = vi.spyOn(Storage.prototype, 'setItem');
    readStore();
    expect(set.mock.calls.length).toBeGreaterThan(0);
    expect(set.mock.calls.filter(([key]) => changesSavedData(key))).toEqual([]);
    expect(changesSavedData(STORE_KEY) && changesSavedData(null) && changesSavedData(`${STORE_KEY}.unreadable.1`)).toBe(true);
  });

  it('storage that throws on access is unavailable', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(readStore()).toEqual({ store: emptyStore(), state: 'unavailable', setAside: null });
    expect(savedDataFile()).toBe('{}');
  });
});

describe('storage full is not storage absent (issue 12, item 6)', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => vi.restoreAllMocks());

  it('still lists every saved assessment, says full, and frees space by deleting', () => {
    writeStore(upsert(upsert(emptyStore(), saved('a1')), saved('a2')));
    fillStorage();
    const { store, state } = readStore();
    expect(state).toBe('full');
    expect(store.assessments.map((a) => a.id)).toEqual(['a2', 'a1']);
    expect(update((s) => upsert(s, saved('a3'))).state).toBe('full');
    expect(stored().assessments).toHaveLength(2);
    // Deleting writes a shorter value, which a full storage accepts again.
    vi.restoreAllMocks();
    expect(update((s) => remove(s, 'a1')).state).toBe('ok');
  });
});

describe('data that cannot be read or copied aside is never written over (issue 12, item 1)', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => vi.restoreAllMocks());

  // 1,800 assessments in a store this version cannot read (here: cut short by a crash).
  const many = JSON.stringify({ ...emptyStore(), assessments: Array.from({ length: 1800 }, (_, i) => saved(`a${i}`)) });
  const unreadable = many.slice(0, -2);

  it('keeps it under its key, refuses every write, and lets the person download it', () => {
    localStorage.setItem(STORE_KEY, unreadable);
    fillStorage();
    expect(readStore()).toEqual({ store: emptyStore(), state: 'locked', setAside: null });
    vi.restoreAllMocks();
    // Space for a small value but not for a copy of the big one.
    const set = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
      if (value.length > 1000) throw quota();
      set.call(this, key, value);
    });
    expect(readStore().state).toBe('locked');
    expect(update((s) => upsert(s, saved('new'))).state).toBe('locked');
    expect(writeStore(upsert(emptyStore(), saved('new')))).toBe('locked');
    expect(localStorage.getItem(STORE_KEY)).toBe(unreadable);
    expect(JSON.parse(savedDataFile())[STORE_KEY]).toBe(unreadable);
  });

  it('once there is room, copies it aside before writing anything', () => {
    localStorage.setItem(STORE_KEY, unreadable);
    expect(update((s) => upsert(s, saved('new'))).state).toBe('ok');
    expect(listSetAside(emptyStore())).toEqual([expect.objectContaining({ kind: 'copy', raw: unreadable })]);
    expect(stored().assessments).toEqual([saved('new')]);
  });
});

describe('corrupt saved data: nothing lost, nothing hidden (issue 12, items 4 and 5)', () => {
  beforeEach(() => localStorage.clear());

  it.each(corruptStores)('a store that is %s is copied aside whole, byte for byte', (_kind, raw) => {
    localStorage.setItem(STORE_KEY, raw);
    const { store, setAside } = readStore();
    expect(store).toEqual(emptyStore());
    expect(setAside).toMatch(/^semaforo-ia\.assessments\.unreadable\.\d+$/);
    expect(localStorage.getItem(setAside!)).toBe(raw);
    expect(localStorage.getItem(STORE_KEY)).toBeNull();
    expect(listSetAside(store)).toEqual([expect.objectContaining({ kind: 'copy', key: setAside, raw })]);
  });

  it.each(corruptRecords)('a record with %s is set aside alone and written back untouched', (_kind, broken) => {
    localStorage.setItem(STORE_KEY, JSON.stringify({ ...emptyStore(), assessments: [saved('a1'), broken, saved('a2')] }));
    const { store, setAside } = readStore();
    expect(setAside).toBeNull();
    expect(store.assessments.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(listSetAside(store)).toEqual([expect.objectContaining({ kind: 'record', raw: JSON.stringify(broken) })]);
    update((s) => upsert(s, saved('a3')));
    expect(stored().assessments).toEqual([saved('a3'), saved('a1'), saved('a2'), broken]);
  });

  it('two copies with the same time get two keys', () => {
    vi.spyOn(Date, 'now').mockReturnValue(1_800_000_000_000);
    localStorage.setItem(STORE_KEY, '{first');
    const first = readStore().setAside;
    localStorage.setItem(STORE_KEY, '{second');
    const second = readStore().setAside;
    vi.restoreAllMocks();
    expect(first).not.toBe(second);
    expect([localStorage.getItem(first!), localStorage.getItem(second!)]).toEqual(['{first', '{second']);
  });

  it('set-aside copies and records are listed, and each is deleted alone', () => {
    localStorage.setItem(STORE_KEY, '{cut');
    const copy = readStore().setAside!;
    localStorage.setItem(STORE_KEY, JSON.stringify({ ...emptyStore(), assessments: [saved('a1'), { id: 'x', name: 'Roto', updatedAt: 'ayer' }, 7] }));
    const items = listSetAside(readStore().store);
    expect(items.map((i) => (i.kind === 'copy' ? i.key : i.name))).toEqual([copy, 'Roto', null]);
    deleteSetAside(items[1]!);
    expect(stored().assessments).toEqual([saved('a1'), 7]);
    deleteSetAside(items[0]!);
    expect(localStorage.getItem(copy)).toBeNull();
    expect(listSetAside(readStore().store)).toEqual([expect.objectContaining({ kind: 'record', raw: '7' })]);
  });

  it('bookkeeping that cannot be read falls back without hiding any record', () => {
    localStorage.setItem(STORE_KEY, JSON.stringify({ ...emptyStore(), current: 5, deleted: 'x', assessments: [saved('a1')] }));
    const { store, setAside } = readStore();
    expect(setAside).toBeNull();
    expect(store.current).toBeNull();
    expect(store.deleted).toBeUndefined();
    expect(store.assessments.map((a) => a.id)).toEqual(['a1']);
  });

  it('a stored key named like the list of unreadable records is kept whole, set aside, and saving still works', () => {
    localStorage.setItem(STORE_KEY, JSON.stringify({ ...emptyStore(), unreadable: 5, assessments: [saved('a1')] }));
    const { store } = readStore();
    expect(store.assessments.map((a) => a.id)).toEqual(['a1']);
    expect(listSetAside(store)).toEqual([expect.objectContaining({ kind: 'record', raw: '5' })]);
    expect(update((s) => upsert(s, saved('a2'))).state).toBe('ok');
    expect(stored().assessments).toEqual(expect.arrayContaining([5, expect.objectContaining({ id: 'a2' })]));
  });

  it('a record with a migration history thousands of steps deep is read without running out of stack', () => {
    // Written out as text: JSON.stringify itself runs out of stack on a chain this deep.
    const step = `"questionnaireVersion":"1.0.0","answers":{},"outcome":null,"at":"2026-11-23T10:00:00.000Z","to":"1.1.0","changes":[],"dropped":[]`;
    const history = `{${step},"previous":`.repeat(20_000) + `{${step}}` + '}'.repeat(20_000);
    const deep = JSON.stringify(saved('deep')).replace(/}$/, `,"migratedFrom":${history}}`);
    localStorage.setItem(STORE_KEY, `{"format":"semaforo-ia/store","version":1,"current":null,"assessments":[${JSON.stringify(saved('a1'))},${deep}]}`);
    expect(readStore().store.assessments.map((a) => a.id)).toEqual(['a1', 'deep']);
  });
});

describe('deleted assessments', () => {
  beforeEach(() => localStorage.clear());

  it('leave a tombstone, so a tab still showing one can tell', () => {
    update((s) => upsert(upsert(s, saved('a1')), saved('a2')));
    const { store } = update((s) => remove(s, 'a1'));
    expect(store.assessments.map((a) => a.id)).toEqual(['a2']);
    expect(isDeleted(readStore().store, 'a1')).toBe(true);
    expect(isDeleted(readStore().store, 'a2')).toBe(false);
  });
});
