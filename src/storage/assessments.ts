// Saved assessments in this browser's localStorage, and nowhere else. Written on every
// answer; read at start so that a reload, a closed tab or a crash resumes where it was.
// Storage can be missing (private mode), full (quota) or corrupt: the app keeps working and
// says so, and unreadable data is set aside under another key rather than thrown away. One
// unreadable record among readable ones is kept exactly as it was, and hides nothing.

import type { AssessmentWork } from '../engine/work';

export const STORE_KEY = 'semaforo-ia.assessments';
const FORMAT = 'semaforo-ia/store';

export interface SavedAssessment {
  id: string;
  /** The system name answered in the questionnaire. */
  name: string;
  /** A label the person gave the assessment in the list, which autosave keeps. */
  title?: string;
  /** ISO timestamp of the last change. */
  updatedAt: string;
  /** The classification when last saved, or null before the result. */
  outcome: string | null;
  /** The machine's persisted snapshot (JSON). */
  snapshot: unknown;
  /** The questionnaire version the answers belong to; absent in records written by 1.0.0. */
  questionnaireVersion?: string;
  /** Set when the record was carried over from an older questionnaire version. */
  migratedFrom?: MigrationRecord;
  /** The person's work on the result page: draft details and edits, ticked obligations. */
  work?: AssessmentWork;
}

/** What a record held before it was carried over to a newer questionnaire, so nothing the person
 *  answered is lost, and what the carrying over did, for the notice shown when it opens. */
export interface MigrationRecord {
  questionnaireVersion: string;
  /** The answers as they were, by question ID. */
  answers: Record<string, string>;
  /** The classification then (null if the record was not at its result). */
  outcome: string | null;
  /** ISO timestamp of the carrying over. */
  at: string;
  to: string;
  /** The changelog change IDs of the version steps crossed. */
  changes: string[];
  dropped: { questionId: string; value: string; reason: 'changed' | 'removed' | 'invalid' }[];
  /** The person closed the notice. */
  noticeDismissed?: boolean;
  /** An earlier carrying over of the same record, when it crossed versions more than once. */
  previous?: MigrationRecord;
}

/** Records written before the questionnaire version was recorded were all made with this one. */
export const UNVERSIONED_RECORD = '1.0.0';

export const versionOf = (saved: SavedAssessment) => saved.questionnaireVersion ?? UNVERSIONED_RECORD;

export interface Store {
  format: typeof FORMAT;
  version: 1;
  current: string | null;
  assessments: SavedAssessment[];
  /** Records this version cannot read, written back untouched after the readable ones. */
  unreadable?: unknown[];
}

export type StorageState = 'ok' | 'unavailable' | 'full';

export const emptyStore = (): Store => ({ format: FORMAT, version: 1, current: null, assessments: [] });

function storage(): Storage | null {
  try {
    const s = window.localStorage;
    const probe = `${STORE_KEY}.probe`;
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    return null;
  }
}

const isAssessment = (a: unknown): a is SavedAssessment => {
  const x = a as SavedAssessment;
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof x.id === 'string' &&
    typeof x.name === 'string' &&
    (x.title === undefined || typeof x.title === 'string') &&
    typeof x.updatedAt === 'string' &&
    (x.outcome === null || typeof x.outcome === 'string') &&
    typeof x.snapshot === 'object' &&
    x.snapshot !== null &&
    (x.questionnaireVersion === undefined || typeof x.questionnaireVersion === 'string') &&
    (x.migratedFrom === undefined || (typeof x.migratedFrom === 'object' && x.migratedFrom !== null))
  );
};

const isStore = (s: unknown): s is Omit<Store, 'assessments'> & { assessments: unknown[] } => {
  const x = s as Store;
  return (
    typeof x === 'object' &&
    x !== null &&
    x.format === FORMAT &&
    x.version === 1 &&
    (x.current === null || typeof x.current === 'string') &&
    Array.isArray(x.assessments)
  );
};

export interface ReadResult {
  store: Store;
  state: StorageState;
  /** The key under which unreadable data was set aside, if any. */
  setAside: string | null;
}

export function readStore(): ReadResult {
  const s = storage();
  if (!s) return { store: emptyStore(), state: 'unavailable', setAside: null };
  const raw = s.getItem(STORE_KEY);
  if (raw === null) return { store: emptyStore(), state: 'ok', setAside: null };
  try {
    const parsed: unknown = JSON.parse(raw);
    if (isStore(parsed)) {
      const unreadable = parsed.assessments.filter((a) => !isAssessment(a));
      const store: Store = { ...parsed, assessments: parsed.assessments.filter(isAssessment) };
      return { store: unreadable.length ? { ...store, unreadable } : store, state: 'ok', setAside: null };
    }
  } catch {
    // Falls through to setting the data aside.
  }
  const aside = `${STORE_KEY}.unreadable.${Date.now()}`;
  try {
    s.setItem(aside, raw);
    s.removeItem(STORE_KEY);
  } catch {
    return { store: emptyStore(), state: 'full', setAside: null };
  }
  return { store: emptyStore(), state: 'ok', setAside: aside };
}

export function writeStore(store: Store): StorageState {
  const s = storage();
  if (!s) return 'unavailable';
  try {
    const { unreadable = [], ...readable } = store;
    s.setItem(STORE_KEY, JSON.stringify({ ...readable, assessments: [...store.assessments, ...unreadable] }));
    return 'ok';
  } catch {
    return 'full';
  }
}

export function newId(): string {
  return `a${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

export function upsert(store: Store, assessment: SavedAssessment): Store {
  const others = store.assessments.filter((a) => a.id !== assessment.id);
  return { ...store, current: assessment.id, assessments: [assessment, ...others] };
}

export function remove(store: Store, id: string): Store {
  return { ...store, current: store.current === id ? null : store.current, assessments: store.assessments.filter((a) => a.id !== id) };
}

/** Applies a change to the stored list and reports whether it could be saved. */
export function update(change: (store: Store) => Store): { store: Store; state: StorageState } {
  const store = change(readStore().store);
  return { store, state: writeStore(store) };
}

/** Saves the person's work on the result page with their assessment. */
export const saveWork = (id: string, work: AssessmentWork): StorageState =>
  update((s) => ({ ...s, assessments: s.assessments.map((a) => (a.id === id ? { ...a, work } : a)) })).state;

/** How a saved assessment is called in lists: the label given to it, else the system name. */
export const displayName = (saved: SavedAssessment) => saved.title || saved.name;

/** The answers held in a saved assessment's machine snapshot. */
export function answersOf(saved: SavedAssessment): Record<string, string> {
  return (saved.snapshot as { context?: { answers?: Record<string, string> } }).context?.answers ?? {};
}
