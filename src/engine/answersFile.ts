// The answers file: what the app exports and imports and what the CLI reads. Versioned by
// format and by questionnaire. Profile questions are stored by field name so a file stays
// readable; every other answer is stored by question ID. A file of an older questionnaire
// version is carried over (src/engine/migrate.ts), never relabelled.
import { z } from './zod';
import { version as appVersion } from '../../package.json';
import { PROFILE_FIELDS } from '../questionnaire/schema';
import type { MigrationFile } from '../questionnaire/migrationSchema';
import { answerProblem, questionById } from './flow';
import { changesOf, migrateAnswers, type DroppedAnswer, type MigrationProblem } from './migrate';
import type { Answers, Content } from './types';
import { WorkSchema, type AssessmentWork } from './work';

export const ANSWERS_FORMAT = 'semaforo-ia/answers';
export const ANSWERS_FORMAT_VERSION = 1;

export const AnswersFileSchema = z.strictObject({
  format: z.literal(ANSWERS_FORMAT),
  formatVersion: z.literal(ANSWERS_FORMAT_VERSION),
  questionnaireVersion: z.string(),
  savedAt: z.iso.datetime().optional(),
  /** The Semáforo IA release that wrote the file; informative only. */
  appVersion: z.string().optional(),
  profile: z.partialRecord(z.enum(PROFILE_FIELDS), z.string()),
  answers: z.record(z.string(), z.string()),
  /** The result as exported with the answers; informative only, recomputed on import. */
  result: z.unknown().optional(),
  /** The person's work on the result page (draft details and edits, ticked obligations);
   *  absent in files written before it was saved. The CLI reads past it. */
  work: WorkSchema.optional(),
});
export type AnswersFile = z.infer<typeof AnswersFileSchema>;

/** Why a file was refused, for messages in the user's language; `error` is the plain line. */
export type ParseProblem = 'not_json' | 'format' | MigrationProblem | 'unknown_question' | 'bad_value' | 'structure';

/** What happened to a file of an older questionnaire version on its way in. */
export interface FileMigration {
  from: string;
  to: string;
  /** The changelog change IDs of the version steps crossed. */
  changes: string[];
  dropped: DroppedAnswer[];
  /** The file's answers as written, by question ID, before anything was dropped. */
  original: Record<string, string>;
}

export type ParseResult =
  | {
      ok: true;
      answers: Record<string, string>;
      /** Null when the file is of the current questionnaire version. */
      migration: FileMigration | null;
      /** The classification the file recorded when it was exported, if it carries its result. */
      recordedOutcome: string | null;
      /** The work the file carries, if any. */
      work?: AssessmentWork;
    }
  | { ok: false; error: string; problem: ParseProblem; field: string; version?: string };

/** "answers.q123: expected …", or just the message when the whole file is at fault. */
const located = (path: PropertyKey[], message: string) => (path.length ? `${path.map(String).join('.')}: ${message}` : message);

const outcomeOf = (result: unknown) => {
  const outcome = (result as { outcome?: unknown } | null | undefined)?.outcome;
  return typeof result === 'object' && typeof outcome === 'string' ? outcome : null;
};

const NO_MIGRATIONS: MigrationFile = { steps: [] };

/** Reads an answers file, returning one plain line naming the field when it is wrong. A file
 *  of an older questionnaire version is carried over by `migrations`: answers whose meaning
 *  changed, or whose question or option is gone, are dropped and reported instead of refused. */
export function parseAnswersFile(content: Content, text: string, migrations: MigrationFile = NO_MIGRATIONS): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `not valid JSON (${(e as Error).message})`, problem: 'not_json', field: '' };
  }
  const parsed = AnswersFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.map(String).join('.');
    const problem: ParseProblem = field === 'format' || field === 'formatVersion' ? 'format' : field.startsWith('answers.') || field.startsWith('profile.') ? 'bad_value' : 'structure';
    return { ok: false, error: located(issue.path, issue.message), problem, field };
  }
  const file = parsed.data;
  const version = content.questionnaire.version;
  const recordedOutcome = outcomeOf(file.result);
  const work = file.work ? { work: file.work } : {};
  if (file.questionnaireVersion !== version) {
    // Profile fields keep their names across versions, so they map through the current content.
    const byField = new Map(content.questionnaire.questions.flatMap((q) => (q.profileField ? [[q.profileField, q.id]] : [])));
    const original: Record<string, string> = { ...file.answers };
    for (const [field, value] of Object.entries(file.profile)) original[byField.get(field as (typeof PROFILE_FIELDS)[number]) ?? `profile.${field}`] = value;
    const migrated = migrateAnswers(content, migrations, file.questionnaireVersion, original);
    if (!migrated.ok) {
      return {
        ok: false,
        error:
          migrated.problem === 'newer_version'
            ? `questionnaireVersion: "${file.questionnaireVersion}" is newer than this questionnaire (${version})`
            : `questionnaireVersion: no migration from "${file.questionnaireVersion}" to "${version}"`,
        problem: migrated.problem,
        field: 'questionnaireVersion',
        version: file.questionnaireVersion,
      };
    }
    const { from, to, steps, dropped } = migrated;
    return { ok: true, answers: migrated.answers, migration: { from, to, changes: changesOf(steps), dropped, original }, recordedOutcome, ...work };
  }
  const answers: Record<string, string> = {};
  const byField = new Map(content.questionnaire.questions.flatMap((q) => (q.profileField ? [[q.profileField, q]] : [])));
  for (const [field, value] of Object.entries(file.profile)) {
    const question = byField.get(field as (typeof PROFILE_FIELDS)[number]);
    if (!question) return { ok: false, error: `profile.${field}: not a field of questionnaire ${version}`, problem: 'structure', field: `profile.${field}` };
    const problem = answerProblem(content, question, value);
    if (problem) return { ok: false, error: `profile.${field}: ${problem}`, problem: 'bad_value', field: `profile.${field}` };
    answers[question.id] = value;
  }
  for (const [id, value] of Object.entries(file.answers)) {
    const question = questionById(content, id);
    if (!question) return { ok: false, error: `answers.${id}: unknown question in questionnaire ${version}`, problem: 'unknown_question', field: `answers.${id}` };
    if (question.profileField) return { ok: false, error: `answers.${id}: belongs in profile.${question.profileField}`, problem: 'structure', field: `answers.${id}` };
    const problem = answerProblem(content, question, value);
    if (problem) return { ok: false, error: `answers.${id}: ${problem}`, problem: 'bad_value', field: `answers.${id}` };
    answers[id] = value;
  }
  return { ok: true, answers, migration: null, recordedOutcome, ...work };
}

export function toAnswersFile(content: Content, answers: Answers, savedAt?: string): AnswersFile {
  const file: AnswersFile = {
    format: ANSWERS_FORMAT,
    formatVersion: ANSWERS_FORMAT_VERSION,
    questionnaireVersion: content.questionnaire.version,
    appVersion,
    profile: {},
    answers: {},
  };
  if (savedAt) file.savedAt = savedAt;
  for (const question of content.questionnaire.questions) {
    const value = answers[question.id];
    if (value === undefined) continue;
    if (question.profileField) file.profile[question.profileField] = value;
    else file.answers[question.id] = value;
  }
  return file;
}
