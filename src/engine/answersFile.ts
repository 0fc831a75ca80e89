// The answers file: what the app exports and imports and what the CLI reads. Versioned by
// format and by questionnaire. Profile questions are stored by field name so a file stays
// readable; every other answer is stored by question ID. A file of an older questionnaire
// version is carried over (src/engine/migrate.ts), never relabelled.
import { z } from '../questionnaire/zod';
import { versions } from '../about/versions';
import { PROFILE_FIELDS } from '../questionnaire/vocabulary';
import type { MigrationFile } from '../questionnaire/migrationSchema';
import { checkAnswer, questionById, type AnswerReason } from './flow';
import { cleanText, excerpt } from './text';
import { changesOf, migrateAnswers, type DroppedAnswer, type MigrationProblem } from './migrate';
import type { Answers, Content } from './types';
import { once } from './once';
import { workSchemas, type AssessmentWork } from './work';

export const ANSWERS_FORMAT = 'semaforo-ia/answers';
export const ANSWERS_FORMAT_VERSION = 1;

/** The file's schema, made when first needed (see once). */
const answersFileSchema = once(() =>
  z.strictObject({
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
    work: workSchemas().WorkSchema.optional(),
  }),
);
export type AnswersFile = z.infer<ReturnType<typeof answersFileSchema>>;

/** Why a file was refused, for messages in the user's language; `error` is the plain line. */
export type ParseProblem = 'not_json' | 'not_object' | 'format' | MigrationProblem | 'unknown_question' | 'bad_value' | 'structure';
/** What is wrong with the field a refusal names. */
export type ParseReason = AnswerReason | 'missing' | 'unexpected' | 'invalid';

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
  | {
      ok: false;
      error: string;
      problem: ParseProblem;
      /** The field at fault ('' when the whole file is), cut short: a file may hold any key. */
      field: string;
      reason?: ParseReason;
      version?: string;
    };

const refuse = (problem: ParseProblem, field: string, message: string, reason?: ParseReason, version?: string): ParseResult => ({
  ok: false,
  error: field ? `${field}: ${message}` : message,
  problem,
  field,
  ...(reason ? { reason } : {}),
  ...(version !== undefined ? { version } : {}),
});

/** The first schema issue as a refusal naming its field: an unexpected key is named itself
 *  (zod reports it on the object that holds it), and a key or value is never echoed whole. */
function schemaRefusal(issue: z.core.$ZodIssue): ParseResult {
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    const field = excerpt([...path, issue.keys[0]!].join('.'));
    return refuse('structure', field, 'unexpected field', 'unexpected');
  }
  if (path.length === 0) return refuse('not_object', '', `expected an answers file object (${issue.message})`);
  const field = excerpt(path.join('.'));
  const reason: ParseReason = issue.code === 'invalid_type' ? (issue.input === undefined ? 'missing' : 'wrong_type') : 'invalid';
  const problem: ParseProblem =
    field === 'format' || field === 'formatVersion' ? 'format' : field.startsWith('answers.') || field.startsWith('profile.') ? 'bad_value' : 'structure';
  return refuse(problem, field, issue.message, reason);
}

/** Free text from a file loses what cleanText removes, as typed text does (option IDs are
 *  left alone: an ID with a stray character is refused, not repaired into another answer). */
function cleanFreeText(content: Content, file: AnswersFile) {
  const isText = (id: string | undefined) => (id ? questionById(content, id)?.kind === 'text' : false);
  const byField = new Map(content.questionnaire.questions.flatMap((q) => (q.profileField ? [[q.profileField as string, q.id]] : [])));
  for (const [field, value] of Object.entries(file.profile))
    if (isText(byField.get(field))) file.profile[field as (typeof PROFILE_FIELDS)[number]] = cleanText(value);
  for (const [id, value] of Object.entries(file.answers)) if (isText(id)) file.answers[id] = cleanText(value);
}

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
    return refuse('not_json', '', `not valid JSON (${excerpt((e as Error).message, 120)})`);
  }
  const parsed = answersFileSchema().safeParse(raw, { reportInput: true });
  if (!parsed.success) return schemaRefusal(parsed.error.issues[0]!);
  const file = parsed.data;
  cleanFreeText(content, file);
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
      const quoted = excerpt(file.questionnaireVersion, 30);
      return refuse(
        migrated.problem,
        'questionnaireVersion',
        migrated.problem === 'newer_version' ? `"${quoted}" is newer than this questionnaire (${version})` : `no migration from "${quoted}" to "${version}"`,
        undefined,
        quoted,
      );
    }
    const { from, to, steps, dropped } = migrated;
    return { ok: true, answers: migrated.answers, migration: { from, to, changes: changesOf(steps), dropped, original }, recordedOutcome, ...work };
  }
  const answers: Record<string, string> = {};
  const byField = new Map(content.questionnaire.questions.flatMap((q) => (q.profileField ? [[q.profileField, q]] : [])));
  for (const [field, value] of Object.entries(file.profile)) {
    const question = byField.get(field as (typeof PROFILE_FIELDS)[number]);
    if (!question) return refuse('structure', `profile.${field}`, `not a field of questionnaire ${version}`, 'unexpected');
    const problem = checkAnswer(content, question, value);
    if (problem) return refuse('bad_value', `profile.${field}`, problem.message, problem.reason);
    answers[question.id] = value;
  }
  for (const [id, value] of Object.entries(file.answers)) {
    const field = `answers.${excerpt(id)}`;
    const question = questionById(content, id);
    if (!question) return refuse('unknown_question', field, `unknown question in questionnaire ${version}`);
    if (question.profileField) return refuse('structure', field, `belongs in profile.${question.profileField}`, 'unexpected');
    const problem = checkAnswer(content, question, value);
    if (problem) return refuse('bad_value', field, problem.message, problem.reason);
    answers[id] = value;
  }
  return { ok: true, answers, migration: null, recordedOutcome, ...work };
}

export function toAnswersFile(content: Content, answers: Answers, savedAt?: string): AnswersFile {
  const file: AnswersFile = {
    format: ANSWERS_FORMAT,
    formatVersion: ANSWERS_FORMAT_VERSION,
    questionnaireVersion: content.questionnaire.version,
    appVersion: versions.app,
    profile: {},
    answers: {},
  };
  if (savedAt) file.savedAt = savedAt;
  for (const question of content.questionnaire.questions) {
    const given = answers[question.id];
    if (given === undefined) continue;
    // Text saved before cleanText existed leaves cleaned: the file, the link and the CLI see
    // what the page shows.
    const value = question.kind === 'text' ? cleanText(given) : given;
    if (question.profileField) file.profile[question.profileField] = value;
    else file.answers[question.id] = value;
  }
  return file;
}
