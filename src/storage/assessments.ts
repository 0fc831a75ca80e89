// Saved assessments in this browser's localStorage, and nowhere else. Written on every
// answer; read at start so that a reload, a closed tab or a crash resumes where it was.
// Storage can be missing (private mode), full (quota) or corrupt: the app keeps working and
// says so. Nothing is ever written over data that could not be read: an unreadable store is
// copied aside under another key first, and if even that fails (storage full) it stays where
// it is and nothing is saved until it can be. One unreadable record among readable ones is
// kept exactly as it was, and hides nothing. Every write re-reads what is stored now, so a
// tab never writes back a list it read earlier; deletions leave a tombstone so that a tab
// still showing a deleted assessment cannot bring it back.
import { isReadableRecord, readEnvelope } from './schema';

import type { AssessmentWork } from '../engine/work';

export const STORE_KEY = 'semaforo-ia.assessments';
const FORMAT = 'semaforo-ia/store';

export interface SavedAssessment {
  id: string;
  /** The system name answered in the questionnaire. */
  name: string;
  /** A label the person gave the assessment in the list, which autosave keeps. */
  title?: string;
  /** The gallery example it was opened from: opening that example again offers this copy. */
  example?: string;
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
  /** When each answer was last changed (ISO), by question ID: two tabs' answers merge by it. */
  answeredAt?: Record<string, string>;
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

/** An assessment deleted here: no tab may write it again. */
export interface Tombstone {
  id: string;
  at: string;
}

export interface Store {
  format: typeof FORMAT;
  version: 1;
  current: string | null;
  assessments: SavedAssessment[];
  /** Records this version cannot read, written back untouched after the readable ones. */
  unreadable?: unknown[];
  /** The most recent deletions, newest first. */
  deleted?: Tombstone[];
}

/** `full`: readable but nothing new fits. `locked`: stored data could not be read nor copied
 *  aside, so it is left as it is and nothing is written until it can be. */
export type StorageState = 'ok' | 'unavailable' | 'full' | 'locked';

/** Where unreadable data is copied aside; the rest of the key is the time, in milliseconds. */
export const SET_ASIDE_PREFIX = `${STORE_KEY}.unreadable.`;
const KEPT_TOMBSTONES = 200;
const PROBE_KEY = 'semaforo-ia.probe';

/** Whether a storage event (another tab's write) changed saved assessments or set-aside data. */
export const changesSavedData = (key: string | null) => key === null || key === STORE_KEY || key.startsWith(SET_ASIDE_PREFIX);

export const emptyStore = (): Store => ({ format: FORMAT, version: 1, current: null, assessments: [] });

interface Access {
  s: Storage;
  /** Whether a new value fits (a probe write succeeded). */
  writable: boolean;
}

/** The browser's storage if it can be read. A full storage is still read: full is not absent. */
function storage(): Access | null {
  try {
    const s = window.localStorage;
    s.getItem(STORE_KEY);
    try {
      // Other tabs see this write as a storage event: they must not take it for a change.
      const probe = PROBE_KEY;
      s.setItem(probe, '1');
      s.removeItem(probe);
      return { s, writable: true };
    } catch {
      // Some private modes refuse every write with a quota error on an empty storage: that is
      // saving switched off, not a full storage.
      return s.length === 0 ? null : { s, writable: false };
    }
  } catch {
    return null;
  }
}

/** The stored text as a store, or null if it cannot be read as one. Records that fail the
 *  schema are kept apart, exactly as they were. */
function parseStore(raw: string): Store | null {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  const read = readEnvelope(json);
  if (!read) return null;
  // `unreadable` is this module's own list, never stored under that name: a stored one (a hand
  // edit) is kept whole as one more set-aside item rather than taken for the list.
  const {
    envelope: { unreadable: stray, ...envelope },
    tombstones,
  } = read;
  const deleted = tombstones?.filter((t) => t !== null);
  const assessments: SavedAssessment[] = [];
  const unreadable: unknown[] = stray === undefined ? [] : [stray];
  for (const record of envelope.assessments) {
    if (isReadableRecord(record)) assessments.push(record as SavedAssessment);
    else unreadable.push(record);
  }
  return {
    ...(envelope as Omit<Store, 'assessments'>),
    assessments,
    ...(unreadable.length ? { unreadable } : {}),
    ...(deleted?.length ? { deleted } : {}),
  };
}

export interface ReadResult {
  store: Store;
  state: StorageState;
  /** The key under which unreadable data was set aside, if any. */
  setAside: string | null;
}

function setAsideKey(s: Storage): string {
  let at = Date.now();
  while (s.getItem(`${SET_ASIDE_PREFIX}${at}`) !== null) at++;
  return `${SET_ASIDE_PREFIX}${at}`;
}

function readFrom({ s, writable }: Access): ReadResult {
  const raw = s.getItem(STORE_KEY);
  const full: StorageState = writable ? 'ok' : 'full';
  if (raw === null) return { store: emptyStore(), state: full, setAside: null };
  const store = parseStore(raw);
  if (store) return { store, state: full, setAside: null };
  const aside = setAsideKey(s);
  try {
    s.setItem(aside, raw);
  } catch {
    // It stays under its own key: writing the store now would destroy it.
    return { store: emptyStore(), state: 'locked', setAside: null };
  }
  s.removeItem(STORE_KEY);
  return { store: emptyStore(), state: 'ok', setAside: aside };
}

export function readStore(): ReadResult {
  const access = storage();
  return access ? readFrom(access) : { store: emptyStore(), state: 'unavailable', setAside: null };
}

function write(s: Storage, store: Store): StorageState {
  try {
    const { unreadable = [], ...readable } = store;
    s.setItem(STORE_KEY, JSON.stringify({ ...readable, assessments: [...store.assessments, ...unreadable] }));
    return 'ok';
  } catch {
    return 'full';
  }
}

/** Writes a whole store, unless what is stored now cannot be read (then it is kept). Prefer
 *  `update`, which applies a change to what is stored now. */
export function writeStore(store: Store): StorageState {
  const access = storage();
  if (!access) return 'unavailable';
  if (readFrom(access).state === 'locked') return 'locked';
  return write(access.s, store);
}

/** Applies a change to what is stored now and reports whether it could be saved. When it could
 *  not, the changed list is still returned, so the page shows what the person did. */
export function update(change: (store: Store) => Store): { store: Store; state: StorageState } {
  const access = storage();
  if (!access) return { store: change(emptyStore()), state: 'unavailable' };
  const read = readFrom(access);
  const store = change(read.store);
  return { store, state: read.state === 'locked' ? 'locked' : write(access.s, store) };
}

export function newId(): string {
  return `a${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

export function upsert(store: Store, assessment: SavedAssessment): Store {
  const others = store.assessments.filter((a) => a.id !== assessment.id);
  return { ...store, current: assessment.id, assessments: [assessment, ...others] };
}

export function remove(store: Store, id: string, now = new Date()): Store {
  const deleted = [{ id, at: now.toISOString() }, ...(store.deleted ?? []).filter((d) => d.id !== id)].slice(0, KEPT_TOMBSTONES);
  return { ...store, current: store.current === id ? null : store.current, assessments: store.assessments.filter((a) => a.id !== id), deleted };
}

export const isDeleted = (store: Store, id: string) => (store.deleted ?? []).some((d) => d.id === id);

/** Data kept aside because this version could not read it: whole stores copied under their own
 *  key, and single records kept inside the store. Each can be downloaded and deleted. */
export type SetAside = { kind: 'copy'; key: string; raw: string; at: string | null } | { kind: 'record'; raw: string; name: string | null };

export function listSetAside(store: Store): SetAside[] {
  const copies: Extract<SetAside, { kind: 'copy' }>[] = [];
  const access = storage();
  if (access) {
    for (let i = 0; i < access.s.length; i++) {
      const key = access.s.key(i);
      const raw = key?.startsWith(SET_ASIDE_PREFIX) ? access.s.getItem(key) : null;
      if (key && raw !== null) {
        const ms = Number(key.slice(SET_ASIDE_PREFIX.length));
        copies.push({ kind: 'copy', key, raw, at: Number.isFinite(ms) && ms > 0 && ms <= 8.64e15 ? new Date(ms).toISOString() : null });
      }
    }
  }
  copies.sort((a, b) => a.key.localeCompare(b.key));
  const records = (store.unreadable ?? []).map((r): SetAside => {
    const name = (r as { title?: unknown; name?: unknown } | null)?.title ?? (r as { name?: unknown } | null)?.name;
    return { kind: 'record', raw: JSON.stringify(r), name: typeof name === 'string' && name ? name : null };
  });
  return [...copies, ...records];
}

/** Deletes one set-aside copy or record, for good. */
export function deleteSetAside(item: SetAside): { store: Store; state: StorageState } {
  if (item.kind === 'copy') {
    const access = storage();
    access?.s.removeItem(item.key);
    return { store: readStore().store, state: access ? 'ok' : 'unavailable' };
  }
  return update((s) => {
    const all = s.unreadable ?? [];
    const at = all.findIndex((r) => JSON.stringify(r) === item.raw);
    return at < 0 ? s : { ...s, unreadable: all.filter((_, i) => i !== at) };
  });
}

/** Saves an assessment's work as `change` makes it from the work stored now (which the caller
 *  reads: this module stays free of the engine); returns the work as saved, or null when the
 *  record is not stored or nothing could be written. */
export function saveWork(id: string, change: (stored: unknown) => AssessmentWork): { state: StorageState; work: AssessmentWork | null } {
  let saved: AssessmentWork | null = null;
  const { state } = update((s) => ({
    ...s,
    assessments: s.assessments.map((a) => (a.id === id ? { ...a, work: (saved = change(a.work)) } : a)),
  }));
  return { state, work: state === 'ok' ? saved : null };
}

/** How a saved assessment is called in lists: the label given to it, else the system name. */
export const displayName = (saved: SavedAssessment) => saved.title || saved.name;

/** The answers held in a saved assessment's machine snapshot. */
export function answersOf(saved: SavedAssessment): Record<string, string> {
  return (saved.snapshot as { context?: { answers?: Record<string, string> } }).context?.answers ?? {};
}
