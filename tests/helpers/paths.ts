// Exhaustive walks over the questionnaire for the graph and safety tests.
import { firstUnanswered, isDefinite, optionsOf, questionById, questionsIn } from '../../src/engine';
import type { Content } from '../../src/engine';

/** Every complete answer set where each asked question takes one of `choices(question)`. */
export function* enumerate(
  content: Content,
  choices: (questionId: string) => readonly string[],
  answers: Record<string, string> = {},
): Generator<Record<string, string>> {
  const q = firstUnanswered(content, answers);
  if (q === null) {
    yield answers;
    return;
  }
  for (const value of choices(q)) yield* enumerate(content, choices, { ...answers, [q]: value });
}

/** Every answer to a question; `definiteOnly` leaves out "No sé" and the answers the text leaves open. */
export function allValues(content: Content, questionId: string, { definiteOnly = false } = {}): string[] {
  const q = questionById(content, questionId)!;
  if (q.kind === 'text') return ['texto'];
  return optionsOf(content, q)
    .filter((o) => !definiteOnly || isDefinite(o))
    .map((o) => o.id);
}

/** "No sé", or an answer the text leaves open (such as «Solo apoya»): either could still be any definite answer. */
export function isUndecided(content: Content, questionId: string, value: string): boolean {
  const q = questionById(content, questionId)!;
  return optionsOf(content, q).some((o) => o.id === value && !isDefinite(o));
}

/**
 * Number of distinct answer paths from the first question to the review, counted without
 * listing them: the future of a walk depends only on the answers that later conditions
 * read, so walks that agree on those are merged.
 */
export function countPaths(content: Content): bigint {
  const { questions } = content.questionnaire;
  const named = (n: string) => content.questionnaire.conditions[n]!;
  const readLater = questions.map((_, i) => [...new Set(questions.slice(i).flatMap((q) => (q.askIf ? questionsIn(q.askIf, named) : [])))].sort());
  const memo = new Map<string, bigint>();
  const count = (answers: Record<string, string>): bigint => {
    const q = firstUnanswered(content, answers);
    if (q === null) return 1n;
    const at = questions.findIndex((x) => x.id === q);
    const key = q + JSON.stringify(readLater[at]!.map((id) => answers[id] ?? null));
    const cached = memo.get(key);
    if (cached !== undefined) return cached;
    let total = 0n;
    for (const value of allValues(content, q)) total += count({ ...answers, [q]: value });
    memo.set(key, total);
    return total;
  };
  return count({});
}

/**
 * Groups of questions linked by askIf conditions (the scope questions, which gate
 * everything, are left out). Rules that stay inside one group can be checked by walking
 * that group alone, with every other question at a fixed answer.
 */
export function clusters(content: Content, scopeSection: string): string[][] {
  const { questions, conditions } = content.questionnaire;
  const parent = new Map(questions.map((q) => [q.id, q.id]));
  const find = (id: string): string => {
    const p = parent.get(id)!;
    return p === id ? id : find(p);
  };
  const scope = new Set(questions.filter((q) => q.section === scopeSection).map((q) => q.id));
  for (const q of questions) {
    if (!q.askIf || scope.has(q.id)) continue;
    for (const read of questionsIn(q.askIf, (n) => conditions[n]!)) {
      if (!scope.has(read)) parent.set(find(q.id), find(read));
    }
  }
  const groups = new Map<string, string[]>();
  for (const q of questions) {
    const root = scope.has(q.id) ? 'scope' : find(q.id);
    groups.set(root, [...(groups.get(root) ?? []), q.id]);
  }
  return [...groups.values()];
}
