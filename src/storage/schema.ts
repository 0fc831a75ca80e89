// What a saved record must look like for the app to show and resume it, and the store's
// envelope. It checks types, not answers, and knows nothing of the questionnaire. Objects are
// loose: a field this build does not know (one a newer build added) is kept.
//
// Written out by hand rather than with zod: this is the only check on the app's first script,
// and zod there cost a slow phone a long task on every visit with a saved assessment (its code to
// evaluate, the schemas to build, and a first parse that took 25 ms here). A test holds these
// checks to the zod schemas they replace, on every stored shape it can generate
// (tests/unit/storageSchema.test.ts).

type Loose = Record<string, unknown>;

const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isNullableString = (v: unknown): v is string | null => v === null || isString(v);
/** A string `new Date()` reads as a real date (lists format it, and an invalid one throws). */
const isDate = (v: unknown): v is string => isString(v) && Number.isFinite(Date.parse(v));
const isArrayOf = (v: unknown, item: (x: unknown) => boolean) => Array.isArray(v) && v.every(item);
// A key `__proto__` is passed over, as zod's record did: JSON.parse makes it an own key, and a
// record the zod schemas read must still be read.
const isRecordOf = (v: unknown, value: (x: unknown) => boolean) => isObject(v) && Object.entries(v).every(([k, x]) => k === '__proto__' || value(x));
const optional = (v: unknown, check: (x: unknown) => boolean) => v === undefined || check(v);

const isDropped = (v: unknown) => isObject(v) && isString(v.questionId) && isString(v.value) && isString(v.reason);

/** One step of the record's migration history, without the step before it (`previous`). */
const isMigrationStep = (v: unknown): v is Loose =>
  isObject(v) &&
  isString(v.questionnaireVersion) &&
  isRecordOf(v.answers, isString) &&
  isNullableString(v.outcome) &&
  isDate(v.at) &&
  isString(v.to) &&
  isArrayOf(v.changes, isString) &&
  isArrayOf(v.dropped, isDropped) &&
  optional(v.noticeDismissed, (b) => typeof b === 'boolean');

/** The history step by step in a loop: a corrupt chain thousands of steps deep must not run the
 *  page out of stack (a check that throws would hide every other record). */
function isMigration(v: unknown): boolean {
  for (let step = v; step !== undefined; step = (step as Loose).previous) if (!isMigrationStep(step)) return false;
  return true;
}

/** The machine's snapshot: only what the app reads outside the machine is checked here; the
 *  machine itself says whether it can resume from it (else the person is told and starts afresh). */
const isSnapshot = (v: unknown) => isObject(v) && optional(v.context, (c) => isObject(c) && isRecordOf(c.answers, isString));

/** Whether a stored record can be listed and opened (else it is kept apart, as it is). */
export function isReadableRecord(v: unknown): boolean {
  return (
    isObject(v) &&
    isString(v.id) &&
    v.id.length > 0 &&
    isString(v.name) &&
    optional(v.title, isString) &&
    // The gallery example it was opened from: opening that example again offers this copy.
    optional(v.example, isString) &&
    isDate(v.updatedAt) &&
    isNullableString(v.outcome) &&
    isSnapshot(v.snapshot) &&
    optional(v.questionnaireVersion, isString) &&
    optional(v.migratedFrom, isMigration) &&
    optional(v.answeredAt, (a) => isRecordOf(a, isDate))
  );
}

export interface Tombstone extends Loose {
  id: string;
  at: string;
}

const isTombstone = (v: unknown): v is Tombstone => isObject(v) && isString(v.id) && isDate(v.at);

export interface Envelope extends Loose {
  format: 'semaforo-ia/store';
  version: 1;
  assessments: unknown[];
  current: string | null;
}

/** The store's envelope, or null when this is not a store this build can read. Only `format`,
 *  `version` and the list decide that; the bookkeeping around them falls back to nothing rather
 *  than hide the records. Tombstones are checked one by one: a malformed one drops alone (as
 *  null), the others still stop stale tabs. */
export function readEnvelope(json: unknown): { envelope: Envelope; tombstones: (Tombstone | null)[] | undefined } | null {
  if (!isObject(json) || json.format !== 'semaforo-ia/store' || json.version !== 1 || !Array.isArray(json.assessments)) return null;
  const { deleted, ...rest } = json;
  return {
    envelope: {
      ...rest,
      format: json.format,
      version: json.version,
      assessments: json.assessments,
      current: isNullableString(json.current) ? json.current : null,
    },
    tombstones: Array.isArray(deleted) ? deleted.map((t) => (isTombstone(t) ? t : null)) : undefined,
  };
}
