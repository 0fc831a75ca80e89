// The form of a page: one field per row, named by question ID. Which rows exist depends on the
// answers given so far on the page (a screening row reveals its follow-ups), so the resolver
// asks the engine for the rows shown with the values being submitted and checks each by the
// engine's rule (checkAnswer), the one the machine and the answers file apply: a row that is
// not shown is never required, and its value is never sent.
import type { FieldErrors, Resolver } from 'react-hook-form';
import { checkAnswer, cleanText, pageRows, withValidValues, type AnswerReason, type Content } from '../engine';
import type { Question } from '../questionnaire/schema';

export type PageValues = Record<string, string>;

/** The error shown for a refused row, as a key under `errors.` in the locales (it follows the
 *  language switch): a text row says whether it is empty or too long; a choice row that none. */
const messageFor = (question: Question, reason: AnswerReason) =>
  question.kind !== 'text' ? 'choiceRequired' : reason === 'too_long' ? 'textTooLong' : 'textRequired';

/** What the person typed, as it is kept: free text without the characters cleanText removes
 *  and without surrounding spaces (so a text of only invisible characters is empty). */
const typed = (question: Question, value: string | undefined) => (question.kind === 'text' && typeof value === 'string' ? cleanText(value).trim() : value);

export function pageResolver(content: Content, answers: Record<string, string>, pageId: string): Resolver<PageValues> {
  return async (values) => {
    const rows = pageRows(content, withValidValues(content, answers, values), pageId);
    const parsed: PageValues = {};
    const errors: FieldErrors<PageValues> = {};
    for (const row of rows) {
      const value = typed(row, values[row.id]);
      const problem = checkAnswer(content, row, value);
      if (problem) errors[row.id] = { type: 'validate', message: messageFor(row, problem.reason) };
      else parsed[row.id] = value!;
    }
    return Object.keys(errors).length > 0 ? { values: {}, errors } : { values: parsed, errors: {} };
  };
}
