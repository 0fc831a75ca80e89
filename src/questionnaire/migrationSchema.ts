// How answers saved with one questionnaire version carry over to the next: one step per
// published version change, in questionnaire/migrations.json. A step lists only the answers
// whose meaning changed; every other answer carries over, unless its question or its option no
// longer exists in the new content (the engine drops those by itself, see src/engine/migrate.ts).
import { z } from './zod';
import { QuestionId } from './schema';

const Version = z.string().regex(/^\d+\.\d+\.\d+$/, 'expected a version like 1.2.0');

/** Every answer to the question, or only the listed option IDs, is asked again. */
export const AnswerDrop = z.strictObject({
  drop: z.union([z.literal('all'), z.array(z.string().min(1)).min(1)]),
});

export const MigrationStep = z.strictObject({
  from: Version,
  to: Version,
  /** IDs of the changelog's change texts (locales/*\/pages.json, changelog.changes) this step brings. */
  changes: z.array(z.string().regex(/^[a-z][a-z0-9_]*$/)).min(1),
  answers: z.record(QuestionId, AnswerDrop),
});

export const MigrationFile = z
  .strictObject({ steps: z.array(MigrationStep) })
  .refine((file) => file.steps.every((step, i) => i === 0 || file.steps[i - 1]!.to === step.from), {
    message: 'each step must start at the version the previous one ends at',
  });

export type MigrationStep = z.infer<typeof MigrationStep>;
export type MigrationFile = z.infer<typeof MigrationFile>;
