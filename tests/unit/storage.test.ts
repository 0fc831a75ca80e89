// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyStore, readStore, STORE_KEY, upsert, writeStore } from '../../src/storage/assessments';

const saved = (id: string, name = 'Chatbot') => ({ id, name, updatedAt: '2026-11-23T10:00:00.000Z', outcome: null, snapshot: { value: 'q123' } });

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

  it.each([['{not json'], ['{"format":"otro","version":1}'], [JSON.stringify({ ...emptyStore(), assessments: {} })]])(
    'sets unreadable data %s aside under another key instead of deleting it',
    (raw) => {
      localStorage.setItem(STORE_KEY, raw);
      const { store, setAside } = readStore();
      expect(store).toEqual(emptyStore());
      expect(setAside).toMatch(/^semaforo-ia\.assessments\.unreadable\.\d+$/);
      expect(localStorage.getItem(setAside!)).toBe(raw);
      expect(localStorage.getItem(STORE_KEY)).toBeNull();
    },
  );

  it('keeps a record it cannot read, untouched, without hiding the readable ones', () => {
    const broken = { id: 3 };
    localStorage.setItem(STORE_KEY, JSON.stringify({ ...emptyStore(), assessments: [broken, saved('a1')] }));
    const { store, setAside } = readStore();
    expect(setAside).toBeNull();
    expect(store.assessments.map((a) => a.id)).toEqual(['a1']);
    writeStore(upsert(store, saved('a2')));
    expect(JSON.parse(localStorage.getItem(STORE_KEY)!).assessments).toEqual([saved('a2'), saved('a1'), broken]);
  });

  it('reports storage that is unavailable or full instead of throwing', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    expect(readStore().state).toBe('unavailable');
    expect(writeStore(emptyStore())).toBe('unavailable');
    vi.restoreAllMocks();
    const set = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
      if (key === STORE_KEY) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      set.call(this, key, value);
    });
    expect(writeStore(emptyStore())).toBe('full');
  });
});
