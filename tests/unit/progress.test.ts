// Progress in screens: the position of a page among the pages asked, the review last, and
// which pages a person may jump back to (those the machine would show).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstPage, nextPage, pageRows, pageSteps, pagesAsked, reachableQuestions, screenPosition } from '../../src/engine';
import { content } from '../../src/questionnaire/content';
import { walkAnswers } from '../helpers/walkAnswers';

const { pages } = content.questionnaire;

/** The answers given, in the order the flow asks them, one prefix after each answer. */
function prefixes(final: Record<string, string>) {
  const given: Record<string, string> = {};
  const out: Record<string, string>[] = [{}];
  for (;;) {
    const next = reachableQuestions(content, given).find((q) => given[q.id] === undefined);
    if (!next || final[next.id] === undefined) return out;
    given[next.id] = final[next.id]!;
    out.push({ ...given });
  }
}

describe('screenPosition', () => {
  it('counts every page and the review before anything is answered', () => {
    // With no answer every askIf is open, so every page may be asked.
    expect(screenPosition(content, {}, pages[0]!.id)).toEqual({ current: 1, total: pages.length + 1 });
    expect(screenPosition(content, {}, null)).toEqual({ current: pages.length + 1, total: pages.length + 1 });
  });

  it('counts only the pages still asked: out of scope, one page and the review', () => {
    // Not an AI system (art. 6 j.): nothing after the first page is asked.
    const answers = { qctd: 'Hoja de cálculo', qq37: 'Suma columnas', qdy8: 'no' };
    expect(pagesAsked(content, answers).map((p) => p.id)).toEqual(['sistema']);
    expect(screenPosition(content, answers, 'sistema')).toEqual({ current: 1, total: 2 });
    expect(screenPosition(content, answers, null)).toEqual({ current: 2, total: 2 });
  });

  it('never announces fewer screens than the person will see: answering only lowers the total', () => {
    fc.assert(
      fc.property(walkAnswers, (final) => {
        const totals = prefixes(final).map((given) => screenPosition(content, given, null).total);
        totals.forEach((total, i) => expect(total).toBeLessThanOrEqual(totals[i - 1] ?? Infinity));
        expect(totals.at(-1)).toBe(pagesAsked(content, final).length + 1);
      }),
      { numRuns: 60 },
    );
  });
});

describe('pageSteps', () => {
  it('marks the pages before the current one answered once complete, the rest ahead', () => {
    fc.assert(
      fc.property(walkAnswers, (final) => {
        const walked: string[] = [];
        for (let page = firstPage(content, final); page !== null; page = nextPage(content, final, page)) walked.push(page);
        const at = walked[Math.floor(walked.length / 2)]!;
        const steps = pageSteps(content, final, at);
        expect(steps.map((s) => s.id)).toEqual(walked);
        expect(steps.map((s) => s.state)).toEqual(walked.map((id) => (id === at ? 'current' : 'answered')));
      }),
      { numRuns: 40 },
    );
  });

  it('does not offer a complete page behind an incomplete one', () => {
    // The first page is left without the system's description: the pages after it cannot be
    // shown (the machine refuses them), even if their rows were answered.
    const answers = { qctd: 'Chatbot', qdy8: 'si', qavd: 'no', q489: 'no' };
    const steps = pageSteps(content, answers, null);
    expect(steps[0]).toEqual({ id: 'sistema', state: 'ahead' });
    expect(steps.every((s) => s.state === 'ahead')).toBe(true);
    expect(pageRows(content, answers, 'sistema').map((q) => q.id)).toContain('qq37');
  });

  it('offers every page asked on the review once all are answered', () => {
    const answers = { qctd: 'Hoja de cálculo', qq37: 'Suma columnas', qdy8: 'no' };
    expect(pageSteps(content, answers, null)).toEqual([{ id: 'sistema', state: 'answered' }]);
  });
});
