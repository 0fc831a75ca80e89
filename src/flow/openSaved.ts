// Opening a saved assessment of an older questionnaire version carries it over first: its
// answers go through the version steps, its snapshot is rebuilt where those answers now lead
// (the question it sat on may no longer exist), and the record keeps what it held before. A
// record that cannot be carried over is left exactly as it is.
import { ANSWERS_FORMAT, ANSWERS_FORMAT_VERSION, changesOf, migrateAnswers, toAnswersFile, type MigrationProblem } from '../engine';
import { savedAtResult } from '../machine/snapshots';
import { content } from '../questionnaire/content';
import { migrations } from '../questionnaire/migrations';
import { answersOf, versionOf, type SavedAssessment } from '../storage/assessments';
import { placeAnswers } from '../machine/importAssessment';

export type OpenResult = { ok: true; saved: SavedAssessment; migrated: boolean } | { ok: false; problem: MigrationProblem | 'unreadable'; version: string };

const isAnswers = (x: unknown): x is Record<string, string> =>
  typeof x === 'object' && x !== null && !Array.isArray(x) && Object.values(x).every((v) => typeof v === 'string');

/** The record as the current questionnaire reads it; `migrated` says whether it must be saved. */
export function openSaved(saved: SavedAssessment, now = new Date()): OpenResult {
  const version = versionOf(saved);
  if (version === content.questionnaire.version) return { ok: true, saved, migrated: false };
  const answers = answersOf(saved);
  if (!isAnswers(answers)) return { ok: false, problem: 'unreadable', version };
  const result = migrateAnswers(content, migrations, version, answers);
  if (!result.ok) return { ok: false, problem: result.problem, version };
  return {
    ok: true,
    migrated: true,
    saved: {
      ...saved,
      questionnaireVersion: result.to,
      ...placeAnswers(result.answers, { onResult: savedAtResult(saved.snapshot) }),
      migratedFrom: {
        questionnaireVersion: version,
        answers,
        outcome: saved.outcome,
        at: now.toISOString(),
        to: result.to,
        changes: changesOf(result.steps),
        dropped: result.dropped,
        ...(saved.migratedFrom ? { previous: saved.migratedFrom } : {}),
      },
    },
  };
}

/** The answers file of a saved assessment, for download from the start page: carried over to
 *  the current version first, or, if it cannot be, with its own version and answers as they are
 *  (a file is never labelled with a version its answers do not belong to). */
export function exportSaved(saved: SavedAssessment): string {
  const opened = openSaved(saved);
  const file = opened.ok
    ? toAnswersFile(content, answersOf(opened.saved), saved.updatedAt)
    : {
        format: ANSWERS_FORMAT,
        formatVersion: ANSWERS_FORMAT_VERSION,
        questionnaireVersion: opened.version,
        savedAt: saved.updatedAt,
        profile: {},
        answers: answersOf(saved),
      };
  return JSON.stringify(saved.work ? { ...file, work: saved.work } : file, null, 2);
}
