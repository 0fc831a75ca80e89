// The store is checked by hand on the app's first script (src/storage/schema.ts), where zod
// cost a slow phone a long task. The checks must accept and refuse exactly what the zod schemas
// they replace did, or a saved assessment could be hidden or a broken one shown: compared here on
// the corrupt data the storage tests use, on the committed fixtures, and on generated stores.
// Two differences are wanted, and tested as such: an own `__proto__` key of the envelope is kept
// (zod dropped it, and the next write lost it), and a migration history too deep for zod's
// recursion is read (zod threw, and the page went blank).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isReadableRecord, readEnvelope } from '../../src/storage/schema';
import { corruptRecords, corruptStores } from '../fixtures/corruptSavedData';
import store100 from '../fixtures/questionnaire-1.0.0/store.json';
import { storageSchemas } from '../helpers/storageZod';

const { recordSchema, storeSchema } = storageSchemas();
const SEED = 20261125;
const DATE = '2026-11-23T10:00:00.000Z';

/** What zod made of a store, in the form readEnvelope gives it (null: not a store). */
function byZod(json: unknown) {
  const parsed = storeSchema.safeParse(json);
  if (!parsed.success) return null;
  const { deleted, ...envelope } = parsed.data;
  return { envelope, tombstones: deleted };
}

const agreeOnRecord = (record: unknown) => expect(isReadableRecord(record), JSON.stringify(record)).toBe(recordSchema.safeParse(record).success);
const agreeOnStore = (json: unknown) => expect(readEnvelope(json), JSON.stringify(json)).toEqual(byZod(json));

// Values of the wrong kind for any field, and strings that look like dates but are not.
const junk = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.boolean(),
  fc.string({ maxLength: 6 }),
  fc.constant(''),
  fc.constant('ayer'),
  fc.constant('2026-13-45'),
  fc.constant([]),
  fc.constant({}),
  fc.constant(['x']),
);
// What is stored went through JSON: no undefined values, no sparse arrays.
const stored = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));

/** Stored shapes whose fields are each of the wrong kind now and then (`mostly`), or never. */
function shapes(mostly: <T>(good: fc.Arbitrary<T>) => fc.Arbitrary<T | unknown>) {
  const text = mostly(fc.string({ maxLength: 8 }));
  const date = mostly(
    fc.oneof(
      fc.constant(DATE),
      fc.date({ min: new Date(0), max: new Date(4e12), noInvalidDate: true }).map((d) => d.toISOString()),
    ),
  );
  const answers = mostly(fc.dictionary(fc.string({ maxLength: 4 }), mostly(fc.constantFrom('si', 'no', 'no_se')), { maxKeys: 4 }));
  const { migration } = fc.letrec((tie) => ({
    migration: fc.record(
      {
        questionnaireVersion: text,
        answers,
        outcome: mostly(fc.oneof(fc.constant(null), fc.string({ maxLength: 8 }))),
        at: date,
        to: text,
        changes: mostly(fc.array(text, { maxLength: 3 })),
        dropped: mostly(fc.array(mostly(fc.record({ questionId: text, value: text, reason: text })), { maxLength: 2 })),
        noticeDismissed: mostly(fc.boolean()),
        previous: fc.oneof({ depthSize: 'small' }, mostly(fc.constant(undefined)), tie('migration')),
      },
      { requiredKeys: ['questionnaireVersion', 'answers', 'outcome', 'at', 'to', 'changes', 'dropped'] },
    ),
  }));
  const record = fc.record(
    {
      id: mostly(fc.string({ minLength: 1, maxLength: 8 })),
      name: text,
      title: text,
      example: text,
      updatedAt: date,
      outcome: mostly(fc.oneof(fc.constant(null), fc.string({ maxLength: 8 }))),
      snapshot: mostly(fc.record({ value: text, context: mostly(fc.record({ answers }, { requiredKeys: [] })) }, { requiredKeys: [] })),
      questionnaireVersion: text,
      migratedFrom: mostly(migration),
      answeredAt: mostly(fc.dictionary(fc.string({ maxLength: 4 }), date, { maxKeys: 3 })),
      fromANewerBuild: fc.oneof(junk, fc.constant(undefined)),
    },
    { requiredKeys: ['id', 'name', 'updatedAt', 'outcome', 'snapshot'] },
  );
  const store = fc.record(
    {
      format: mostly(fc.constant('semaforo-ia/store')),
      version: mostly(fc.constantFrom(1, 2)),
      assessments: mostly(fc.array(mostly(record), { maxLength: 3 })),
      current: mostly(fc.oneof(fc.constant(null), fc.string({ maxLength: 8 }))),
      deleted: mostly(fc.array(fc.oneof(fc.constant(null), mostly(fc.record({ id: text, at: date }))), { maxLength: 3 })),
      fromANewerBuild: fc.oneof(junk, fc.constant(undefined)),
    },
    { requiredKeys: ['format', 'version', 'assessments'] },
  );
  return { record, store };
}
const { record, store } = shapes((good) => fc.oneof({ weight: 5, arbitrary: good }, { weight: 1, arbitrary: junk }));
const valid = shapes((good) => good);

/** Every place in a value (a key of an object or an index of an array, at any depth). */
function places(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    const here = [...path, Array.isArray(value) ? Number(key) : key];
    return [here, ...places(inner, here)];
  });
}
/** The value with one place given another value, or removed (`undefined`). */
function changedAt(value: unknown, place: (string | number)[], to: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let at = copy;
  for (const key of place.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  const last = place[place.length - 1]!;
  if (to === undefined && !Array.isArray(at)) delete at[last];
  else at[last] = to;
  return copy;
}
const oneChange = <T>(good: fc.Arbitrary<T>) =>
  fc.tuple(good, fc.nat(), fc.oneof(junk, fc.constant(undefined))).map(([value, pick, to]) => {
    const all = places(stored(value));
    return all.length ? changedAt(stored(value), all[pick % all.length]!, to) : value;
  });

/** Both checks agree on `runs` generated values, and both answers are exercised: some read,
 *  some refused, not only one of the two. */
function agreesOnGenerated(values: fc.Arbitrary<unknown>, agree: (json: unknown) => void, reads: (json: unknown) => boolean, runs: number) {
  let readable = 0;
  fc.assert(
    fc.property(values, (value) => {
      const json = stored(value);
      agree(json);
      if (reads(json)) readable++;
    }),
    { seed: SEED, numRuns: runs },
  );
  expect(readable).toBeGreaterThan(100);
  expect(readable).toBeLessThan(runs - 100);
}

describe('the store checked by hand agrees with the zod schemas it replaces', () => {
  it('on the corrupt stores and records of the storage tests, and the 1.0.0 fixture store', () => {
    for (const [, raw] of corruptStores) {
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch {
        continue;
      }
      agreeOnStore(json);
    }
    for (const [, bad] of corruptRecords) agreeOnRecord(stored(bad));
    agreeOnStore(store100);
    for (const saved of (store100 as { assessments: unknown[] }).assessments) agreeOnRecord(saved);
    expect((store100 as { assessments: unknown[] }).assessments.every(isReadableRecord)).toBe(true);
  });

  it('on generated records, readable and not', () => agreesOnGenerated(record, agreeOnRecord, isReadableRecord, 3000));

  it('on generated stores, their bookkeeping and tombstones included', () =>
    agreesOnGenerated(store, agreeOnStore, (json) => readEnvelope(json) !== null, 2000));

  it('on valid records and stores with one field changed or removed, at any depth', () => {
    fc.assert(
      fc.property(oneChange(valid.record), (value) => {
        agreeOnRecord(stored(value));
      }),
      { seed: SEED, numRuns: 3000 },
    );
    fc.assert(
      fc.property(oneChange(valid.store), (value) => {
        agreeOnStore(stored(value));
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('on a key named __proto__ (JSON.parse makes it an own key): read in a record as zod read it, kept in the envelope', () => {
    const record = (inside: string) =>
      JSON.parse(
        `{"id":"p","name":"P","updatedAt":"${DATE}","outcome":null,"snapshot":{"context":{"answers":{"q1":"si"${inside === 'context' ? ',"__proto__":5' : ''}}}}` +
          `,"answeredAt":{"q1":"${DATE}"${inside === 'answeredAt' ? ',"__proto__":5' : ''}}` +
          `,"migratedFrom":{"questionnaireVersion":"1.0.0","answers":{${inside === 'migration' ? '"__proto__":5' : ''}},"outcome":null,"at":"${DATE}","to":"1.1.0","changes":[],"dropped":[]}}`,
      ) as unknown;
    for (const inside of ['context', 'answeredAt', 'migration']) {
      agreeOnRecord(record(inside));
      expect(isReadableRecord(record(inside))).toBe(true);
    }
    // zod dropped such a key from the envelope, and the next write lost it; it now stays.
    const json = JSON.parse('{"format":"semaforo-ia/store","version":1,"assessments":[],"__proto__":{"x":1}}') as unknown;
    expect(Object.getOwnPropertyDescriptor(readEnvelope(json)!.envelope, '__proto__')?.value).toEqual({ x: 1 });
  });
});
