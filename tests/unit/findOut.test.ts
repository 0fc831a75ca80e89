// «Qué averiguar» for an open point: a concrete step per question (what to measure or ask, of
// whom), kept as data. Every question a rule reads that can be answered «No sé» has one, in both
// languages, and it never repeats the question's own hint (which the person already read).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { optionsOf, questionsIn } from '../../src/engine';
import { content } from '../../src/questionnaire/content';

const texts = (lang: string) =>
  JSON.parse(readFileSync(`locales/${lang}/questionnaire.json`, 'utf8')).questions as Record<string, { hint?: string; findOut?: string }>;
const { questions, rules } = content.questionnaire;
const ruled = new Set(
  rules.flatMap((r) => [r.when, ...(r.unless ?? []).map((u) => u.when)].flatMap((c) => questionsIn(c, (name) => content.questionnaire.conditions[name]!))),
);
const unknowable = questions.filter((q) => ruled.has(q.id) && optionsOf(content, q).some((o) => o.unknown));

describe('what to find out about a «No sé»', () => {
  it('covers every question a rule reads that takes «No sé»', () => {
    expect(unknowable.length).toBeGreaterThan(40);
    expect(unknowable.filter((q) => !q.findOut).map((q) => q.id)).toEqual([]);
  });

  it.each(['es', 'en'])('has the step in %s, and it is not the hint', (lang) => {
    const t = texts(lang);
    for (const q of unknowable) {
      expect(t[q.id]!.findOut, q.id).toMatch(/\S{3}/);
      expect(t[q.id]!.findOut, q.id).not.toBe(t[q.id]!.hint);
    }
  });

  it("never turns a «determines» question's support case into «No»", () => {
    // Art. 24.1 says «determinar» and excludes in terms only 24.1 b) and g); the questions'
    // own open text says a person deciding at the end does not by itself rule high risk out.
    // A step that contrasted «decides» with «a person reviews» would read as «No» and skip the
    // clause, so every such step says the supporting case is not «No».
    const determines = unknowable.filter((q) => q.kind === 'choice' && q.scale === 'determines');
    expect(determines.length).toBeGreaterThan(3);
    for (const q of determines) {
      expect(texts('es')[q.id]!.findOut, q.id).toContain('ese caso no es «No»');
      expect(texts('en')[q.id]!.findOut, q.id).toContain("that case is not 'No'");
    }
  });
});
