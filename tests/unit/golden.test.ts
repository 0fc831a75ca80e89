// Golden cases: one answer set that meets each clause and one near miss that does not. The
// expected values were written from the text of the Reglamento (see "basis" in each file),
// not copied from the engine.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/engine';
import { clauseById } from '../../src/questionnaire/clauses';
import { content } from '../../src/questionnaire/content';
import { walk } from '../helpers/journey';

interface Golden {
  clause: string;
  kind: 'meets' | 'near_miss' | 'open';
  description: string;
  basis: string;
  answers: Record<string, string>;
  expected: { outcome: string; met: string[]; exceptions: string[]; unresolved?: number; advisories?: number };
}

const dir = 'tests/golden/';
const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && !f.startsWith('_'))
  .map((f) => [f, JSON.parse(readFileSync(dir + f, 'utf8')) as Golden] as const);

/** A rule's most specific citation is its last one (e.g. 23.1 → 23.1 e)). */
const label = (cites: string[]) => clauseById.get(cites.at(-1)!)!.label.es;

describe('golden answer files', () => {
  it('cover every rule and every exception with a case that meets it', () => {
    const metByGolden = new Set(
      cases.flatMap(([, g]) => {
        const result = classify(content, walk(g.answers).answers, { today: '2026-11-23' });
        return [...result.clausesMet.map((m) => m.ruleId), ...result.exceptionsApplied.map((e) => label(e.cites))];
      }),
    );
    const uncovered = content.questionnaire.rules.filter((r) => !metByGolden.has(r.id)).map((r) => r.about);
    expect(uncovered).toEqual([]);
    const exceptions = content.questionnaire.rules.flatMap((r) => (r.unless ?? []).map((u) => label(u.cites)));
    expect(exceptions.filter((e) => !metByGolden.has(e))).toEqual([]);
  });

  it.each(cases)('%s', (_file, golden) => {
    const { answers } = walk(golden.answers);
    const result = classify(content, answers, { today: '2026-11-23' });
    expect(result.complete).toBe(true);
    expect(result.outcome).toBe(golden.expected.outcome);
    expect(result.clausesMet.map((m) => label(m.cites)).sort()).toEqual([...golden.expected.met].sort());
    expect(result.exceptionsApplied.map((e) => label(e.cites))).toEqual(golden.expected.exceptions);
    if (golden.expected.unresolved !== undefined) expect(result.unresolved).toHaveLength(golden.expected.unresolved);
    if (golden.expected.advisories !== undefined) expect(result.advisories).toHaveLength(golden.expected.advisories);
    // Every deciding answer is one the user gave.
    for (const met of result.clausesMet) {
      for (const a of met.answers) expect(answers[a.questionId]).toBe(a.value);
    }
  });
});
