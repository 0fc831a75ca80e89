// Property-based tests (fast-check): random and hostile inputs never make the engine or
// the file reader throw, and export → import gives back the same assessment.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify, parseAnswersFile, pruneAnswers, toAnswersFile } from '../../src/engine';
import { content } from '../../src/questionnaire/content';
import { walkAnswers } from '../helpers/walkAnswers';
import { OUTCOMES } from '../../src/questionnaire/vocabulary';

const { questions } = content.questionnaire;
const ids = questions.map((q) => q.id);
/** Answers to any questions, valid or not, reachable or not. */
const anyAnswers = fc.dictionary(
  fc.constantFrom(...ids, 'qzzz', '__proto__', 'constructor'),
  fc.oneof(fc.string(), fc.constantFrom('si', 'no', 'no_se', 'apoya')),
);

const RUNS = 500;

describe('properties', () => {
  it(`random answer sets never make the engine throw and always give a valid result (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const r = classify(content, answers, { today: '2026-11-23' });
        expect(OUTCOMES).toContain(r.outcome);
        if (r.outcome === 'riesgo_aceptable') expect(r.unresolved.every((p) => p.couldMake === 'fuera_de_ambito')).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it(`valid walks classify completely (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(walkAnswers, (answers) => {
        const r = classify(content, answers, { today: '2026-11-23' });
        expect(r.complete).toBe(true);
        expect(pruneAnswers(content, answers)).toEqual(answers);
      }),
      { numRuns: RUNS },
    );
  });

  it(`export → import gives back exactly the same answers (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(walkAnswers, (answers) => {
        const parsed = parseAnswersFile(content, JSON.stringify(toAnswersFile(content, answers, '2026-11-23T10:00:00.000Z')));
        expect(parsed).toEqual({ ok: true, answers, migration: null, recordedOutcome: null });
      }),
      { numRuns: RUNS },
    );
  });

  it(`random and mutated files never throw past one error line (${RUNS * 2} runs)`, () => {
    const check = (text: string) => {
      const parsed = parseAnswersFile(content, text);
      if (!parsed.ok) {
        expect(parsed.error.length).toBeGreaterThan(0);
        expect(parsed.error).not.toContain('\n');
      }
    };
    fc.assert(fc.property(fc.string(), check), { numRuns: RUNS });
    const base = toAnswersFile(content, { [ids[0]!]: 'x' });
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.constantFrom('format', 'formatVersion', 'questionnaireVersion', 'profile', 'answers', 'savedAt', 'result', 'extra'),
        (value, key) => check(JSON.stringify({ ...base, [key]: value })),
      ),
      { numRuns: RUNS },
    );
  });
});
