// Turns an answers file into a saved assessment, placed at its first unanswered question or
// at the review. Loaded on demand with the engine; nothing is written if the file is refused.
import { createActor } from 'xstate';
import { classify, firstUnanswered, isoDate, parseAnswersFile, toAnswersFile, type ParseProblem } from '../engine';
import { createQuestionnaireMachine } from '../machine/questionnaireMachine';
import { content } from '../questionnaire/content';
import { MAX_IMPORT_BYTES } from '../app/importLimit';
import { newId, type SavedAssessment } from '../storage/assessments';

const machine = createQuestionnaireMachine(content);

export type ImportResult = { ok: true; saved: SavedAssessment } | { ok: false; problem: ParseProblem | 'too_large'; field: string; version?: string };

export function importAnswers(text: string): ImportResult {
  if (new Blob([text]).size > MAX_IMPORT_BYTES) return { ok: false, problem: 'too_large', field: '' };
  const parsed = parseAnswersFile(content, text);
  if (!parsed.ok) return { ok: false, problem: parsed.problem, field: parsed.field, ...(parsed.version ? { version: parsed.version } : {}) };
  const cursor = firstUnanswered(content, parsed.answers) ?? 'review';
  const snapshot = machine.resolveState({ value: cursor, context: { answers: parsed.answers, cursor, returnToReview: cursor !== 'review' } });
  const persisted = createActor(machine, { snapshot }).getPersistedSnapshot();
  const nameQuestion = content.questionnaire.questions.find((q) => q.profileField === 'systemName');
  return {
    ok: true,
    saved: {
      id: newId(),
      name: (nameQuestion && parsed.answers[nameQuestion.id]) || '',
      updatedAt: new Date().toISOString(),
      outcome: cursor === 'review' ? classify(content, parsed.answers, { today: isoDate(new Date()) }).outcome : null,
      snapshot: persisted,
    },
  };
}

/** The answers file of a saved assessment, for download from the start page. */
export function exportSaved(saved: SavedAssessment): string {
  const answers = (saved.snapshot as { context?: { answers?: Record<string, string> } }).context?.answers ?? {};
  return JSON.stringify(toAnswersFile(content, answers, saved.updatedAt), null, 2);
}
