// Turns an answers file into a saved assessment, placed at its first unanswered question or at
// the review. Loaded on demand with the engine; nothing is written if the file is refused. A
// file of an older questionnaire version is carried over, and the record keeps what it held.
import { createActor } from 'xstate';
import { classify, firstUnansweredPage, isoDate, parseAnswersFile, questionForField, type ParseProblem, type ParseReason } from '../engine';
import { createQuestionnaireMachine, RESULT, REVIEW } from './questionnaireMachine';
import { content } from '../questionnaire/content';
import { migrations } from '../questionnaire/migrations';
import { MAX_IMPORT_BYTES } from '../storage/importLimit';
import { newId, type MigrationRecord, type SavedAssessment } from '../storage/assessments';

const machine = createQuestionnaireMachine(content);

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

/** The machine snapshot of these answers on the page of the first unanswered question, else at `landing`,
 *  and the classification when every question is answered. */
export function placeAnswers(answers: Record<string, string>, landing: typeof REVIEW | typeof RESULT = REVIEW) {
  const unanswered = firstUnansweredPage(content, answers);
  const value = unanswered ?? landing;
  const snapshot = machine.resolveState({ value, context: { answers, cursor: unanswered ?? REVIEW, returnToReview: unanswered !== null } });
  return {
    snapshot: createActor(machine, { snapshot }).getPersistedSnapshot(),
    outcome: unanswered === null ? classify(content, answers, { today: isoDate(new Date()) }).outcome : null,
  };
}

/** A new saved assessment holding these answers, at the first unanswered question or at the
 *  review; a complete set can open straight on its result (the workshop examples do). */
export function assessmentFrom(
  answers: Record<string, string>,
  options: { title?: string; landing?: typeof REVIEW | typeof RESULT; migratedFrom?: MigrationRecord } = {},
): SavedAssessment {
  const nameQuestion = questionForField(content, 'systemName');
  return {
    id: newId(),
    name: (nameQuestion && answers[nameQuestion.id]) || '',
    ...(options.title ? { title: options.title } : {}),
    updatedAt: new Date().toISOString(),
    questionnaireVersion: content.questionnaire.version,
    ...placeAnswers(answers, options.landing),
    ...(options.migratedFrom ? { migratedFrom: options.migratedFrom } : {}),
  };
}
