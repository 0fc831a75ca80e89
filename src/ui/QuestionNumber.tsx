import { useTranslation } from 'react-i18next';
import { content } from '../questionnaire/content';
import { questionNumber } from '../questionnaire/numbering';

/** A question's number before its wording: «P12» on screen, «Pregunta 12» to a screen reader
 *  (a bare «P12» is read as a letter and a figure). */
export function QuestionNumber({ questionId }: { questionId: string }) {
  const { t } = useTranslation();
  const n = questionNumber(content.questionnaire, questionId);
  if (n === undefined) return null;
  return (
    <>
      <span className="question-number" aria-hidden="true">
        {t('question.number', { n })}
      </span>
      <span className="visually-hidden">{t('question.numberSpoken', { n })}</span>{' '}
    </>
  );
}
