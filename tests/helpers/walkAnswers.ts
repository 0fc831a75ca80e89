// Answers a person could actually give, for property tests: a valid walk through the flow,
// each asked question answered with a picked option (or a text), until nothing is left to ask.
import fc from 'fast-check';
import { optionsOf, reachableQuestions } from '../../src/engine';
import { content } from '../../src/questionnaire/content';

const count = content.questionnaire.questions.length;

export const walkAnswers = fc.array(fc.nat(), { minLength: count, maxLength: count }).map((picks) => {
  const answers: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const asked = reachableQuestions(content, answers).find((q) => answers[q.id] === undefined);
    if (!asked) break;
    const options = optionsOf(content, asked);
    answers[asked.id] = asked.kind === 'text' ? `texto ${picks[i]}` : options[picks[i]! % options.length]!.id;
  }
  return answers;
});
