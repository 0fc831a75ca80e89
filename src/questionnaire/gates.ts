// "A screen is never narrower than the clause it gates." A question that hides others behind
// a "No" (a screen) must say why, with words of the clause that imply the answer: a rule may
// only be skipped by screens that carry such words for one of its clauses. Everything else a
// prohibition or high-risk rule reads is asked of every system in scope.
import { questionsIn } from './conditions';
import type { Content } from './schema';

/** The questions whose answers decide whether `id` is asked, however far back. */
function screensOf(content: Content, id: string, scope: ReadonlySet<string>, seen = new Set<string>()): Set<string> {
  const { questions, conditions } = content.questionnaire;
  const question = questions.find((q) => q.id === id);
  if (!question?.askIf) return seen;
  for (const read of questionsIn(question.askIf, (n) => conditions[n]!)) {
    if (scope.has(read) || seen.has(read)) continue;
    seen.add(read);
    screensOf(content, read, scope, seen);
  }
  return seen;
}

/**
 * Problems with the screens in front of each prohibition and high-risk rule: a screen the rule
 * does not read itself needs a gate citing one of the rule's clauses, and each gate's words
 * must be verbatim in the clause it cites. `scopeSection` holds the questions of arts. 4 and
 * 6 j), which may end the questionnaire for everything.
 */
export function validateGates(content: Content, clauseText: (id: string) => string | undefined, scopeSection: string): string[] {
  const { questions, rules, conditions } = content.questionnaire;
  const named = (n: string) => conditions[n]!;
  const scope = new Set(questions.filter((q) => q.section === scopeSection).map((q) => q.id));
  const byId = new Map(questions.map((q) => [q.id, q]));
  const problems: string[] = [];

  for (const q of questions) {
    for (const gate of q.gate ?? []) {
      for (const cite of gate.cites) {
        const text = clauseText(cite);
        if (text === undefined) problems.push(`question ${q.id}: gate cites unknown clause ${cite}`);
        else if (!text.includes(gate.words)) problems.push(`question ${q.id}: «${gate.words}» is not in clause ${cite}`);
      }
    }
  }

  for (const rule of rules) {
    if (rule.outcome === 'fuera_de_ambito') continue;
    const conds = [rule.when, ...(rule.unless ?? []).map((u) => u.when)];
    const read = new Set(conds.flatMap((c) => questionsIn(c, named)));
    const cites = new Set([...rule.cites, ...(rule.unless ?? []).flatMap((u) => u.cites)]);
    for (const id of read) {
      for (const screen of screensOf(content, id, scope)) {
        if (read.has(screen)) continue;
        const justified = (byId.get(screen)?.gate ?? []).some((g) => g.cites.some((c) => cites.has(c)));
        if (!justified) problems.push(`rule ${rule.id} (${rule.about}): ${id} is hidden behind ${screen}, which has no gate for its clauses`);
      }
    }
  }
  return problems;
}
