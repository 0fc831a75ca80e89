// Graph checks on the questionnaire data: no dangling reference, no cycle, every question
// reachable, every outcome reachable, and the independence of sections that the exhaustive
// safety test relies on.
import { describe, expect, it } from 'vitest';
import { classify, questionsIn, type Content } from '../../src/engine';
import { clauseById, clauses } from '../../src/questionnaire/clauses';
import { content } from '../../src/questionnaire/content';
import { validateGates } from '../../src/questionnaire/gates';
import { validateGraph } from '../../src/questionnaire/graph';
import { OUTCOMES } from '../../src/questionnaire/vocabulary';
import { defaultAnswer } from '../helpers/journey';
import { allValues, clusters, countPaths, enumerate } from '../helpers/paths';
import { walk } from '../helpers/journey';

const clauseIds = new Set(clauses.map((c) => c.id));
const { questionnaire } = content;
const sectionOf = new Map(questionnaire.questions.map((q) => [q.id, q.section]));
const named = (n: string) => questionnaire.conditions[n]!;
const SCOPE = 'ambito';

/** A copy of the content with one change, for checking that the validator notices it. */
function mutated(change: (c: Content) => void): Content {
  const copy = structuredClone(content);
  change(copy);
  return copy;
}

describe('questionnaire graph', () => {
  it('has no dangling reference, forward reference or duplicate', () => {
    expect(validateGraph(content, clauseIds)).toEqual([]);
  });

  it('reports a dangling question, option, clause and condition', () => {
    const [first, second] = questionnaire.questions;
    const problems = validateGraph(
      mutated((c) => {
        c.questionnaire.rules[0]!.when = {
          all: [
            { q: 'qzzz', in: ['si'] },
            { q: second!.id, in: ['quizas'] },
          ],
        };
        c.questionnaire.rules[1]!.cites = ['czzz'];
        c.questionnaire.questions[3]!.askIf = { ref: 'nowhere' };
      }),
      clauseIds,
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('unknown question qzzz'),
        expect.stringContaining('unknown clause czzz'),
        expect.stringContaining('unknown condition "nowhere"'),
      ]),
    );
    expect(problems.some((p) => p.includes(second!.id) && p.includes('text question'))).toBe(true);
    expect(first!.kind).toBe('text');
  });

  it('reports a condition that looks forward, which could make a cycle', () => {
    const last = questionnaire.questions.at(-1)!;
    const problems = validateGraph(
      mutated((c) => {
        c.questionnaire.questions[4]!.askIf = { q: last.id, in: ['si'] };
      }),
      clauseIds,
    );
    expect(problems).toEqual([expect.stringContaining(`refers to ${last.id}, which is not asked before it`)]);
  });

  it("reports a question on two pages or on none, and a page out of the questions' order", () => {
    const [first, second, third] = questionnaire.pages;
    const twice = validateGraph(
      mutated((c) => c.questionnaire.pages[1]!.questions.push(first!.questions[0]!)),
      clauseIds,
    );
    expect(twice).toEqual([`question ${first!.questions[0]}: on pages ${first!.id} and ${second!.id}`]);
    const none = validateGraph(
      mutated((c) => c.questionnaire.pages[2]!.questions.pop()),
      clauseIds,
    );
    expect(none).toEqual([`question ${third!.questions.at(-1)}: on no page`]);
    const swapped = validateGraph(
      mutated((c) => ([c.questionnaire.pages[1], c.questionnaire.pages[2]] = [c.questionnaire.pages[2]!, c.questionnaire.pages[1]!])),
      clauseIds,
    );
    expect(swapped).toEqual([`page ${third!.id}: question ${third!.questions[0]} is out of the questions' order`]);
  });

  const clauseText = (id: string) => clauseById.get(id)?.es;

  it('hides a prohibition or high-risk question only behind a screen whose clause words imply the answer', () => {
    expect(validateGates(content, clauseText, SCOPE)).toEqual([]);
  });

  it('reports a screen without a gate for the clause, and gate words not in the clause', () => {
    const surveillance = questionnaire.rules.find((r) => r.cites.includes('csba'))!;
    const problems = validateGates(
      mutated((c) => {
        // 1.0.0's mistake: mass surveillance asked only of "security / justice" systems.
        const q = c.questionnaire.questions;
        const mass = q.find((x) => x.id === 'q8wz')!;
        mass.askIf = { q: 'qs9c', in: ['si', 'no_se'] };
        q.find((x) => x.id === 'qs9c')!.gate![0]!.words = 'para vigilar a personas';
      }),
      clauseText,
      SCOPE,
    );
    expect(problems).toEqual(
      expect.arrayContaining([expect.stringContaining(`rule ${surveillance.id}`), expect.stringContaining('«para vigilar a personas» is not in clause')]),
    );
  });

  it('asks every prohibition of art. 23.1 of every system in scope, or shows the screen that settles it', () => {
    // On the path where every answer is "No" (the system is in scope), each 23.1 rule has a
    // question of its own, or a screen with a gate for its clause, among those asked.
    const asked = new Set(Object.keys(walk({}).answers));
    const prohibitions = questionnaire.rules.filter((r) => r.outcome === 'uso_indebido');
    const unasked = prohibitions.filter((r) => {
      const read = questionsIn(r.when, named);
      if (read.some((id) => asked.has(id))) return false;
      return !questionnaire.questions.some((q) => asked.has(q.id) && q.gate?.some((g) => g.cites.some((c) => r.cites.includes(c))));
    });
    expect(unasked.map((r) => r.about)).toEqual([]);
    // Limbs a), b), c) and f) have no screen at all: their own questions are asked.
    for (const clause of ['c3v4', 'cush', 'csba', 'c5rp']) {
      const rule = prohibitions.find((r) => r.cites.at(-1) === clause)!;
      expect(
        questionsIn(rule.when, named).some((id) => asked.has(id)),
        clause,
      ).toBe(true);
    }
  });

  it('keeps sections independent: questions and rules read only their own section and the scope', () => {
    const offending: string[] = [];
    for (const q of questionnaire.questions) {
      if (!q.askIf) continue;
      for (const read of questionsIn(q.askIf, named)) {
        if (sectionOf.get(read) !== q.section && sectionOf.get(read) !== SCOPE) offending.push(`${q.about} reads ${read}`);
      }
    }
    const groupOf = new Map(clusters(content, SCOPE).flatMap((ids, i) => ids.map((id) => [id, i] as const)));
    for (const r of questionnaire.rules) {
      const conds = [r.when, ...(r.unless ?? []).map((u) => u.when)];
      const read = conds.flatMap((c) => questionsIn(c, named));
      if (new Set(read.map((id) => sectionOf.get(id))).size !== 1) offending.push(`${r.about} spans sections`);
      if (new Set(read.map((id) => groupOf.get(id))).size !== 1) offending.push(`${r.about} spans question groups`);
    }
    expect(offending).toEqual([]);
  });

  // Each section walked exhaustively with the scope answered "in scope" and every other
  // section at its defaults; the scope section is walked on its own.
  const bySection = questionnaire.sections.map((section) => {
    const asked = new Set<string>();
    const outcomes = new Set<string>();
    let paths = 0;
    const choices = (id: string) => (sectionOf.get(id) === section ? allValues(content, id) : [defaultAnswer(id)]);
    for (const answers of enumerate(content, choices)) {
      paths++;
      Object.keys(answers).forEach((id) => asked.add(id));
      outcomes.add(classify(content, answers, { today: '2026-11-23' }).outcome);
    }
    return { section, asked, outcomes, paths };
  });

  it('reaches every question', () => {
    const asked = new Set(bySection.flatMap((s) => [...s.asked]));
    expect(questionnaire.questions.filter((q) => !asked.has(q.id)).map((q) => q.about)).toEqual([]);
  });

  it('reaches every outcome', () => {
    const reached = new Set(bySection.flatMap((s) => [...s.outcomes]));
    expect([...reached].sort()).toEqual([...OUTCOMES].sort());
  });

  it('counts the paths through the questionnaire', () => {
    const total = countPaths(content);
    console.log(
      `Paths through questionnaire ${questionnaire.version}: ${total} in all; per section ` + bySection.map((s) => `${s.section} ${s.paths}`).join(', '),
    );
    // A content change that multiplies the paths should be a conscious one.
    expect(total).toBeGreaterThan(1n);
    expect(total).toBeLessThan(10n ** 30n);
    // Counting walks every section's paths: ~5 s on a 2-core machine shared with other work.
  }, 30_000);
});
