// Saved assessments in this browser's localStorage, and nowhere else. Written on every
// answer; read at start so that a reload, a closed tab or a crash resumes where it was.
// Storage can be missing (private mode), full (quota) or corrupt: the app keeps working and
// says so, and unreadable data is set aside under another key rather than thrown away.

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
}

export interface Store {
  format: typeof FORMAT;
  version: 1;
  current: string | null;
  assessments: SavedAssessment[];
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
    typeof x.snapshot === 'object'
  );
};

const isStore = (s: unknown): s is Store => {
  const x = s as Store;
  return (
    typeof x === 'object' &&
    x !== null &&
    x.format === FORMAT &&
    x.version === 1 &&
    (x.current === null || typeof x.current === 'string') &&
    Array.isArray(x.assessments) &&
    x.assessments.every(isAssessment)
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
    if (isStore(parsed)) return { store: parsed, state: 'ok', setAside: null };
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
    s.setItem(STORE_KEY, JSON.stringify(store));
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

/** How a saved assessment is called in lists: the label given to it, else the system name. */
export const displayName = (saved: SavedAssessment) => saved.title || saved.name;

/** The answers held in a saved assessment's machine snapshot. */
export function answersOf(saved: SavedAssessment): Record<string, string> {
  return (saved.snapshot as { context?: { answers?: Record<string, string> } }).context?.answers ?? {};
}
