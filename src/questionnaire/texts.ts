// Reading questionnaire texts from the "questionnaire" namespace by ID.
import type { TFunction } from 'i18next';
import type { Question } from './schema';

export const questionTitle = (t: TFunction, q: Question) => t(`questions.${q.id}.title`, { ns: 'questionnaire' });
export const questionHint = (t: TFunction, q: Question) => t(`questions.${q.id}.hint`, { ns: 'questionnaire' });

/** A question in full. A title shortened to read well on a phone keeps its complete wording
 *  (`full`): the row shows it above the hint, and every other place that names the question
 *  (review, result, what-if, documents, map, compare) uses it, so a short title is never read
 *  without the whole question beside it (an error summary links to the row). */
export const questionInFull = (t: TFunction, q: Question): string | null => t(`questions.${q.id}.full`, { ns: 'questionnaire', defaultValue: '' }) || null;
export const questionWording = (t: TFunction, q: Question) => questionInFull(t, q) ?? questionTitle(t, q);

export function optionLabel(t: TFunction, q: Question, optionId: string): string {
  if (q.kind === 'choice' && q.scale) return t(`scales.${q.scale}.${optionId}`, { ns: 'questionnaire' });
  return t(`questions.${q.id}.options.${optionId}`, { ns: 'questionnaire' });
}

/** How an answer reads on the review and result pages. */
export const answerText = (t: TFunction, q: Question, value: string) => (q.kind === 'text' ? value : optionLabel(t, q, value));
