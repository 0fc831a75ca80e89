// Turns an answers file into a saved assessment, placed at its first unanswered question or
// at the review. Loaded on demand with the engine; nothing is written if the file is refused.
import { createActor } from 'xstate';
import { classify, firstUnanswered, isoDate, parseAnswersFile, questionForField, toAnswersFile, type ParseProblem } from '../engine';
import { createQuestionnaireMachine, RESULT, REVIEW } from '../machine/questionnaireMachine';
import { content } from '../questionnaire/content';
import { MAX_IMPORT_BYTES } from '../app/importLimit';
import { answersOf, newId, type SavedAssessment } from '../storage/assessments';

const machine = createQuestionnaireMachine(content);

export type ImportResult = { ok: true; saved: SavedAssessment } | { ok: false; problem: ParseProblem | 'too_large'; field: string; version?: string };

export function importAnswers(text: string): ImportResult {
  if (new Blob([text]).size > MAX_IMPORT_BYTES) return { ok: false, problem: 'too_large', field: '' };
  const parsed = parseAnswersFile(content, text);
  if (!parsed.ok) return { ok: false, problem: parsed.problem, field: parsed.field, ...(parsed.version ? { version: parsed.version } : {}) };
  return { ok: true, saved: assessmentFrom(parsed.answers) };
}

/** A new saved assessment holding these answers, at the first unanswered question or at the
 *  review; a complete set can open straight on its result (the workshop examples do). */
export function assessmentFrom(answers: Record<string, string>, options: { title?: string; landing?: typeof REVIEW | typeof RESULT } = {}): SavedAssessment {
  const unanswered = firstUnanswered(content, answers);
  const cursor = unanswered ?? REVIEW;
  const value = unanswered ?? options.landing ?? REVIEW;
  const snapshot = machine.resolveState({ value, context: { answers, cursor, returnToReview: unanswered !== null } });
  const nameQuestion = questionForField(content, 'systemName');
  return {
    id: newId(),
    name: (nameQuestion && answers[nameQuestion.id]) || '',
    ...(options.title ? { title: options.title } : {}),
    updatedAt: new Date().toISOString(),
    outcome: unanswered === null ? classify(content, answers, { today: isoDate(new Date()) }).outcome : null,
    snapshot: createActor(machine, { snapshot }).getPersistedSnapshot(),
  };
}

/** The answers file of a saved assessment, for download from the start page. */
export function exportSaved(saved: SavedAssessment): string {
  return JSON.stringify(toAnswersFile(content, answersOf(saved), saved.updatedAt), null, 2);
}
