// Kleene three-valued logic over answers. A condition is true, false, or unresolved ("U")
// when its value hangs on a "No sé" or on a question not answered yet. Questions that the
// flow skipped are "not applicable": their atoms are false, which is what lets a "No" to a
// screening question close every follow-up rule behind it.
import type { Condition } from '../questionnaire/schema';
export { questionsIn } from '../questionnaire/conditions';
import type { AnswerRef, Truth } from './types';

export interface Env {
  /** null: the question was skipped by the flow; undefined: reachable but unanswered. */
  answerOf(questionId: string): string | null | undefined;
  isUnknownOption(questionId: string, value: string): boolean;
  named(name: string): Condition;
}

export const not = (t: Truth): Truth => (t === 'T' ? 'F' : t === 'F' ? 'T' : 'U');

export function and(values: Iterable<Truth>): Truth {
  let result: Truth = 'T';
  for (const v of values) {
    if (v === 'F') return 'F';
    if (v === 'U') result = 'U';
  }
  return result;
}

export function or(values: Iterable<Truth>): Truth {
  let result: Truth = 'F';
  for (const v of values) {
    if (v === 'T') return 'T';
    if (v === 'U') result = 'U';
  }
  return result;
}

function atom(env: Env, q: string, accepted: readonly string[]): Truth {
  const value = env.answerOf(q);
  if (value === null) return 'F';
  if (value === undefined) return 'U';
  if (accepted.includes(value)) return 'T';
  return env.isUnknownOption(q, value) ? 'U' : 'F';
}

export function evaluate(cond: Condition, env: Env): Truth {
  if ('q' in cond) return atom(env, cond.q, cond.in);
  if ('all' in cond) return and(cond.all.map((c) => evaluate(c, env)));
  if ('any' in cond) return or(cond.any.map((c) => evaluate(c, env)));
  if ('not' in cond) return not(evaluate(cond.not, env));
  return evaluate(env.named(cond.ref), env);
}

/** The answers that make a true condition true (for "why" in the result). */
export function witnesses(cond: Condition, env: Env): AnswerRef[] {
  if (evaluate(cond, env) !== 'T') return [];
  if ('q' in cond) return [{ questionId: cond.q, value: env.answerOf(cond.q) as string }];
  if ('all' in cond) return cond.all.flatMap((c) => witnesses(c, env));
  if ('any' in cond) return cond.any.flatMap((c) => witnesses(c, env));
  if ('not' in cond) return [];
  return witnesses(env.named(cond.ref), env);
}

/** The questions whose answers keep an unresolved condition unresolved. */
export function openQuestions(cond: Condition, env: Env): string[] {
  if (evaluate(cond, env) !== 'U') return [];
  if ('q' in cond) return [cond.q];
  if ('all' in cond) return cond.all.flatMap((c) => openQuestions(c, env));
  if ('any' in cond) return cond.any.flatMap((c) => openQuestions(c, env));
  if ('not' in cond) return openQuestions(cond.not, env);
  return openQuestions(env.named(cond.ref), env);
}
