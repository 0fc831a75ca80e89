// Reading the texts of the data by ID: questions from the "questionnaire" namespace, and the
// one door for every other key made from an ID in the data.
import type { ParseKeys } from 'i18next';
import type { Question } from './schema';

/** Any i18next translation function, whatever namespace it is fixed to. */
export interface AnyT {
  $TFunctionBrand: unknown;
}
/** A translation function that takes keys made at run time from IDs in the data
 *  (`questions.${id}.title`, `rules.${id}`, …) or from codes
 *  the engine returns (a file's problem, a storage state). The compiler checks every key written in the code
 *  (src/i18n/i18next.d.ts); it cannot check these, so tests/unit/content.test.ts and the locale
 *  tests check that every ID in the data has its texts, in both languages. */
export type DataText = (key: string | string[], options?: Record<string, unknown>) => string;
export const dataText = (t: AnyT) => t as unknown as DataText;
/** A key of the interface's texts made at run time from a code, to hand to a component that takes a key. */
export const dataKey = (key: string) => key as ParseKeys;

export const questionTitle = (t: AnyT, q: Question) => dataText(t)(`questions.${q.id}.title`, { ns: 'questionnaire' });
export const questionHint = (t: AnyT, q: Question) => dataText(t)(`questions.${q.id}.hint`, { ns: 'questionnaire' });

/** A question in full. A title shortened to read well on a phone keeps its complete wording
 *  (`full`): the row shows it above the hint, and every other place that names the question
 *  (review, result, what-if, documents, map, compare) uses it, so a short title is never read
 *  without the whole question beside it (an error summary links to the row). */
export const questionInFull = (t: AnyT, q: Question): string | null => dataText(t)(`questions.${q.id}.full`, { ns: 'questionnaire', defaultValue: '' }) || null;
export const questionWording = (t: AnyT, q: Question) => questionWordingById(t, q.id);
/** questionWording, for a question known by its ID. */
export const questionWordingById = (t: AnyT, questionId: string) =>
  dataText(t)([`questions.${questionId}.full`, `questions.${questionId}.title`], { ns: 'questionnaire' });

export function optionLabel(t: AnyT, q: Question, optionId: string): string {
  if (q.kind === 'choice' && q.scale) return dataText(t)(`scales.${q.scale}.${optionId}`, { ns: 'questionnaire' });
  return dataText(t)(`questions.${q.id}.options.${optionId}`, { ns: 'questionnaire' });
}

/** How an answer reads on the review and result pages. */
export const answerText = (t: AnyT, q: Question, value: string) => (q.kind === 'text' ? value : optionLabel(t, q, value));
