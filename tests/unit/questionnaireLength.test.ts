// The start page's length estimate matches the questionnaire: recomputed with the engine over
// the gallery examples (the same count as npm run bench:screens).
import { describe, expect, it } from 'vitest';
import { pagesAsked, reachableQuestions } from '../../src/engine';
import { content } from '../../src/questionnaire/content';
import { examples, exampleAnswers } from '../../src/examples/examples';
import { QUESTIONNAIRE_LENGTH, minutesFor } from '../../src/app/questionnaireLength';

const walks = examples.map((example) => exampleAnswers(content, example, { title: 'Sistema', scenario: 'Descripción' }));
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

describe('questionnaire length on the start page', () => {
  it('states the median and largest number of questions and pages of the gallery examples', () => {
    const questions = walks.map((answers) => reachableQuestions(content, answers).length);
    expect(QUESTIONNAIRE_LENGTH.questionsMedian).toBe(median(questions));
    expect(QUESTIONNAIRE_LENGTH.questionsMax).toBe(Math.max(...questions));
    expect(QUESTIONNAIRE_LENGTH.pagesMax).toBe(Math.max(...walks.map((answers) => pagesAsked(content, answers).length)));
  });

  it('rounds minutes up', () => {
    expect(minutesFor(30)).toBe(15);
    expect(minutesFor(39)).toBe(20);
  });
});
