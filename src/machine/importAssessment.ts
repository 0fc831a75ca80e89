// Turns an answers file into a saved assessment, placed at its first unanswered question or at
// the review. Loaded on demand with the engine; nothing is written if the file is refused. A
// file of an older questionnaire version is carried over, and the record keeps what it held.
import { classify, firstUnansweredPage, isoDate, parseAnswersFile, systemName, type ParseProblem, type ParseReason } from '../engine';
import { loadAnswers } from './snapshots';
import { content } from '../questionnaire/content';
import { migrations } from '../questionnaire/migrations';
import { MAX_IMPORT_BYTES } from '../storage/importLimit';
import { newId, type MigrationRecord, type SavedAssessment } from '../storage/assessments';

export type ImportResult =
  { ok: true; saved: SavedAssessment } | { ok: false; problem: ParseProblem | 'too_large'; field: string; reason?: ParseReason; version?: string };

export function importAnswers(text: string): ImportResult {
  if (new Blob([text]).size > MAX_IMPORT_BYTES) return { ok: false, problem: 'too_large', field: '' };
  const parsed = parseAnswersFile(content, text, migrations);
  if (!parsed.ok) {
    const { problem, field, reason, version } = parsed;
    return { ok: false, problem, field, ...(reason ? { reason } : {}), ...(version ? { version } : {}) };
  }
  const { migration } = parsed;
  const migratedFrom: MigrationRecord | undefined = migration
    ? {
        questionnaireVersion: migration.from,
        answers: migration.original,
        outcome: parsed.recordedOutcome,
        at: new Date().toISOString(),
        to: migration.to,
        changes: migration.changes,
        dropped: migration.dropped,
      }
    : undefined;
  return { ok: true, saved: { ...assessmentFrom(parsed.answers, { migratedFrom }), ...(parsed.work ? { work: parsed.work } : {}) } };
}

/** The machine snapshot of these answers (LOAD) on the page of the first unanswered question,
 *  else on the review, or on the result when `onResult`; and the classification when every
 *  question is answered. */
export function placeAnswers(answers: Record<string, string>, { onResult = false } = {}) {
  return {
    snapshot: loadAnswers(answers, { onResult }).persisted,
    outcome: firstUnansweredPage(content, answers) === null ? classify(content, answers, { today: isoDate(new Date()) }).outcome : null,
  };
}

/** A new saved assessment holding these answers, at the first unanswered question or at the
 *  review; a complete set can open straight on its result (`onResult`: the workshop examples do). */
export function assessmentFrom(
  answers: Record<string, string>,
  options: { title?: string; example?: string; onResult?: boolean; migratedFrom?: MigrationRecord } = {},
): SavedAssessment {
  return {
    id: newId(),
    name: systemName(content, answers),
    ...(options.title ? { title: options.title } : {}),
    ...(options.example ? { example: options.example } : {}),
    updatedAt: new Date().toISOString(),
    questionnaireVersion: content.questionnaire.version,
    ...placeAnswers(answers, { onResult: options.onResult }),
    ...(options.migratedFrom ? { migratedFrom: options.migratedFrom } : {}),
  };
}
