// Pages are presentation only: walking the questionnaire page by page, answering the rows the
// way a person does (top to bottom, each answer possibly revealing rows below it), asks exactly
// the questions the one-question-per-screen flow asked — every clause on every path.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  firstPage,
  firstUnansweredPage,
  nextPage,
  pageComplete,
  pageOf,
  pageRows,
  pagesAsked,
  previousPage,
  pruneAnswers,
  reachableQuestions,
} from '../../src/engine';
import { content } from '../../src/questionnaire/content';
import { walkAnswers } from '../helpers/walkAnswers';
import { examples, exampleAnswers } from '../../src/examples/examples';
import { walk } from '../helpers/journey';
import { Q } from '../helpers/questions';

const { pages } = content.questionnaire;
const rowIds = (answers: Record<string, string>, pageId: string) => pageRows(content, answers, pageId).map((q) => q.id);

/** Walks the pages answering each row from `final` as it appears; returns the rows shown. */
function walkPages(final: Record<string, string>) {
  const given: Record<string, string> = {};
  const shown: string[] = [];
  const walked: string[] = [];
  for (let page = firstPage(content, given); page !== null; page = nextPage(content, given, page)) {
    walked.push(page);
    for (;;) {
      const open = pageRows(content, given, page).find((q) => given[q.id] === undefined);
      if (!open) break;
      if (final[open.id] === undefined) throw new Error(`page ${page} shows ${open.id}, which the flow does not ask`);
      given[open.id] = final[open.id]!;
    }
    expect(pageComplete(content, given, page)).toBe(true);
    shown.push(...rowIds(given, page));
  }
  return { given, shown, walked };
}

const RUNS = 400;

describe('pages', () => {
  it(`the rows shown across the pages walked are reachableQuestions, in order, for any answers (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(walkAnswers, (final) => {
        const { given, shown, walked } = walkPages(final);
        expect(shown).toEqual(reachableQuestions(content, final).map((q) => q.id));
        expect(given).toEqual(final);
        expect(walked).toEqual(pagesAsked(content, final).map((p) => p.id));
      }),
      { numRuns: RUNS },
    );
  });

  it('walks every gallery example through the same questions as one question per screen', () => {
    for (const example of examples) {
      const final = exampleAnswers(content, example, { title: 'Sistema', scenario: 'Descripción' });
      expect(walkPages(final).shown, example.id).toEqual(reachableQuestions(content, final).map((q) => q.id));
    }
  });

  it('reveals a follow-up row only once the row it depends on is answered, and hides it again', () => {
    const biometric = Q.biometricsScreen;
    const page = pageOf(content, biometric)!.id;
    const followUps = [Q.biometricInference, Q.realTimeIdentification];
    const scope = walk({}).answers;
    const before = Object.fromEntries(
      Object.entries(scope).filter(([id]) => pages.findIndex((p) => p.id === pageOf(content, id)!.id) < pages.findIndex((p) => p.id === page)),
    );
    expect(rowIds(before, page)).toEqual([biometric, Q.sensitiveDataEvaluation]);
    expect(rowIds({ ...before, [biometric]: 'si' }, page)).toEqual(expect.arrayContaining(followUps));
    expect(rowIds({ ...before, [biometric]: 'no_se' }, page)).toEqual(expect.arrayContaining(followUps));
    const hidden = { ...before, [biometric]: 'no', [followUps[0]!]: 'si' };
    expect(rowIds(hidden, page)).not.toContain(followUps[0]);
    // A hidden row's answer is dropped the way the flow always dropped it.
    expect(pruneAnswers(content, hidden)[followUps[0]!]).toBeUndefined();
    expect(pageComplete(content, { ...before, [biometric]: 'si' }, page)).toBe(false);
  });

  it('steps forward and back over pages without rows, and finds the page of the first unanswered question', () => {
    const outOfScope = { [Q.isAiSystem]: 'no' };
    const first = pages[0]!.id;
    expect(firstPage(content, {})).toBe(first);
    expect(nextPage(content, outOfScope, first)).toBeNull();
    const all = walk({}).answers;
    expect(pagesAsked(content, all).map((p) => p.id)).toEqual(pages.map((p) => p.id));
    expect(previousPage(content, all, null)).toBe(pages.at(-1)!.id);
    expect(previousPage(content, all, first)).toBeNull();
    expect(previousPage(content, all, pages[2]!.id)).toBe(pages[1]!.id);
    const { [Q.employmentScreen]: _, ...missing } = all;
    expect(firstUnansweredPage(content, missing)).toBe(pageOf(content, Q.employmentScreen)!.id);
    expect(firstUnansweredPage(content, all)).toBeNull();
  });
});
