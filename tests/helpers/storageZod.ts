// The zod schemas the store was checked with up to version 0.7.2, kept as the reference that the
// hand-written checks of src/storage/schema.ts must agree with (tests/unit/storageSchema.test.ts).
import * as z from 'zod/mini';

export const storageSchemas = () => {
  /** A string `new Date()` reads as a real date (lists format it, and an invalid one throws). */
  const date = z.string().check(z.refine((s) => Number.isFinite(Date.parse(s))));
  const answers = z.record(z.string(), z.string());
  const nullableString = z.nullable(z.string());

  const migration = z.looseObject({
    questionnaireVersion: z.string(),
    answers,
    outcome: nullableString,
    at: date,
    to: z.string(),
    changes: z.array(z.string()),
    dropped: z.array(z.looseObject({ questionId: z.string(), value: z.string(), reason: z.string() })),
    noticeDismissed: z.optional(z.boolean()),
    get previous() {
      return z.optional(migration);
    },
  });

  const recordSchema = z.looseObject({
    id: z.string().check(z.minLength(1)),
    name: z.string(),
    title: z.optional(z.string()),
    /** The gallery example it was opened from: opening that example again offers this copy. */
    example: z.optional(z.string()),
    updatedAt: date,
    outcome: nullableString,
    // The machine's snapshot: only what the app reads outside the machine is checked here; the
    // machine itself says whether it can resume from it (else the person is told and starts afresh).
    snapshot: z.looseObject({ context: z.optional(z.looseObject({ answers })) }),
    questionnaireVersion: z.optional(z.string()),
    migratedFrom: z.optional(migration),
    answeredAt: z.optional(z.record(z.string(), date)),
  });

  const tombstone = z.looseObject({ id: z.string(), at: date });

  /** The envelope. Only `format`, `version` and the list decide whether the store is readable;
   *  the bookkeeping around them falls back to nothing rather than hide the records. */
  const storeSchema = z.looseObject({
    format: z.literal('semaforo-ia/store'),
    version: z.literal(1),
    assessments: z.array(z.unknown()),
    current: z.catch(nullableString, null),
    // Tombstones one by one: a malformed entry drops alone, the others still stop stale tabs.
    deleted: z.catch(z.optional(z.array(z.catch(z.nullable(tombstone), null))), undefined),
  });

  return { recordSchema, storeSchema };
};
