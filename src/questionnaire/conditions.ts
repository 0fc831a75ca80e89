// What a condition of the questionnaire refers to, read from the data alone (no answers).
import type { Condition } from './schema';

/** Every question a condition reads, following named conditions. */
export function questionsIn(cond: Condition, named: (name: string) => Condition): string[] {
  if ('q' in cond) return [cond.q];
  if ('all' in cond) return cond.all.flatMap((c) => questionsIn(c, named));
  if ('any' in cond) return cond.any.flatMap((c) => questionsIn(c, named));
  if ('not' in cond) return questionsIn(cond.not, named);
  return questionsIn(named(cond.ref), named);
}
