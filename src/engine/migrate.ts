// Carries answers saved with an older questionnaire version into the current one, one version
// step at a time (questionnaire/migrations.json). An answer carries over unless the step lists
// it as changed, or its question or its option no longer exists in the current content; those
// are dropped, listed with the reason, and asked again where the flow still asks them. Nothing
// else is touched: no answer is ever invented or translated into another option.
import type { MigrationFile, MigrationStep } from '../questionnaire/migrationSchema';
import { answerProblem, questionById } from './flow';
import { compareVersions } from './versions';
import type { Answers, Content } from './types';

export type DropReason = 'changed' | 'removed' | 'invalid';

export interface DroppedAnswer {
  questionId: string;
  value: string;
  /** changed: the step lists it; removed: the question is gone; invalid: the option is gone. */
  reason: DropReason;
}

export type MigrationProblem = 'newer_version' | 'unknown_version';

export type MigrationResult =
  | { ok: true; answers: Record<string, string>; from: string; to: string; steps: MigrationStep[]; dropped: DroppedAnswer[] }
  | { ok: false; problem: MigrationProblem };

const VERSION = /^\d+\.\d+\.\d+$/;

/** The steps from one version to another, or null when the chain does not reach it. */
function path(migrations: MigrationFile, from: string, to: string): MigrationStep[] | null {
  const steps: MigrationStep[] = [];
  let at = from;
  while (at !== to) {
    const step = migrations.steps.find((s) => s.from === at);
    if (!step || steps.includes(step)) return null;
    steps.push(step);
    at = step.to;
  }
  return steps;
}

const listed = (step: MigrationStep, questionId: string, value: string) => {
  const rule = step.answers[questionId];
  return rule !== undefined && (rule.drop === 'all' || rule.drop.includes(value));
};

export function migrateAnswers(content: Content, migrations: MigrationFile, fromVersion: string, answers: Answers): MigrationResult {
  const to = content.questionnaire.version;
  if (fromVersion === to) return { ok: true, answers: { ...answers }, from: to, to, steps: [], dropped: [] };
  if (!VERSION.test(fromVersion)) return { ok: false, problem: 'unknown_version' };
  if (compareVersions(fromVersion, to) > 0) return { ok: false, problem: 'newer_version' };
  const steps = path(migrations, fromVersion, to);
  if (!steps) return { ok: false, problem: 'unknown_version' };

  const kept: Record<string, string> = {};
  const dropped: DroppedAnswer[] = [];
  for (const [questionId, value] of Object.entries(answers)) {
    const question = questionById(content, questionId);
    const reason: DropReason | null = steps.some((step) => listed(step, questionId, value))
      ? 'changed'
      : !question
        ? 'removed'
        : answerProblem(content, question, value)
          ? 'invalid'
          : null;
    if (reason) dropped.push({ questionId, value, reason });
    else kept[questionId] = value;
  }
  return { ok: true, answers: kept, from: fromVersion, to, steps, dropped };
}

/** The changelog change IDs the crossed steps bring, in order, each once. */
export const changesOf = (steps: readonly MigrationStep[]) => [...new Set(steps.flatMap((s) => s.changes))];
