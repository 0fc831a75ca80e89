import { useTranslation } from 'react-i18next';
import { reachableQuestions, type Answers } from '../../engine';
import { content } from '../../questionnaire/content';
import { answerText, questionWording } from '../../questionnaire/texts';
import { QuestionNumber } from '../../ui/QuestionNumber';

/** Every answer, for the printed report. */
export function AnswersAnnex({ answers }: { answers: Answers }) {
  const { t } = useTranslation();
  return (
    <section className="print-only annex" aria-labelledby="annex">
      <h2 id="annex">{t('result.answersAnnex')}</h2>
      <dl className="summary-list">
        {reachableQuestions(content, answers).map((q) => (
          <div className="summary-list__row" key={q.id}>
            <dt>
              <QuestionNumber questionId={q.id} />
              {questionWording(t, q)}
            </dt>
            <dd>{answers[q.id] === undefined ? '—' : answerText(t, q, answers[q.id]!)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
