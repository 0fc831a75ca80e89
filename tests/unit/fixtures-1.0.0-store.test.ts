// @vitest-environment jsdom
// The saved store of questionnaire 1.0.0 opens with the current questionnaire, every record of
// it, and a broken record hides nothing and is never rewritten.
import { beforeEach, describe, expect, it } from 'vitest';
import { openSaved } from '../../src/flow/openSaved';
import { resumable } from '../../src/machine/snapshots';
import { content } from '../../src/questionnaire/content';
import { readStore, STORE_KEY, upsert, writeStore } from '../../src/storage/assessments';
import { expectOpened, fixtureStore, fixtureStoreText, FIXTURE_VERSION } from '../helpers/fixtures100';

describe(`the saved store of questionnaire ${FIXTURE_VERSION}, opened with questionnaire ${content.questionnaire.version}`, () => {
  beforeEach(() => localStorage.clear());

  it('the saved store: every record opens where a person can go on', () => {
    localStorage.setItem(STORE_KEY, fixtureStoreText);
    const { store, setAside } = readStore();
    expect(setAside).toBeNull();
    expect(store.assessments).toEqual(fixtureStore().assessments);
    expect(store.assessments.length).toBeGreaterThanOrEqual(6);
    for (const saved of store.assessments) {
      const opened = openSaved(saved);
      expect(opened.ok, saved.id).toBe(true);
      if (!opened.ok) continue;
      expectOpened(content, saved, opened.saved, opened.migrated);
      expect(resumable(opened.saved.snapshot), saved.id).not.toBeNull();
    }
  });

  it('a broken record among them hides none of the others and is written back untouched', () => {
    const store = fixtureStore();
    const broken = { id: 'broken', name: 7, snapshot: 'not a snapshot' };
    const raw = { ...store, assessments: [store.assessments[0], broken, ...store.assessments.slice(1)] };
    localStorage.setItem(STORE_KEY, JSON.stringify(raw));
    const read = readStore();
    expect(read.setAside).toBeNull();
    expect(read.store.assessments.map((a) => a.id)).toEqual(store.assessments.map((a) => a.id));
    expect(read.store.unreadable).toEqual([broken]);
    // Any later save (here: a new assessment) keeps it, exactly as it was.
    const first = store.assessments[0]!;
    writeStore(upsert(read.store, { ...first, id: 'new', title: 'Otra' }));
    const written = JSON.parse(localStorage.getItem(STORE_KEY)!) as { assessments: unknown[] };
    expect(written.assessments).toContainEqual(broken);
    expect(written.assessments).toHaveLength(raw.assessments.length + 1);
  });

  it('a record no step leads from is refused as it is, and the others still open', () => {
    const store = fixtureStore();
    const stranded = { ...store.assessments[0]!, id: 'stranded', questionnaireVersion: '0.9.0' };
    const newer = { ...store.assessments[0]!, id: 'newer', questionnaireVersion: '9.0.0' };
    expect(openSaved(stranded)).toEqual({ ok: false, problem: 'unknown_version', version: '0.9.0' });
    expect(openSaved(newer)).toEqual({ ok: false, problem: 'newer_version', version: '9.0.0' });
    expect(stranded.questionnaireVersion).toBe('0.9.0');
    for (const saved of store.assessments) expect(openSaved(saved).ok).toBe(true);
  });
});
