import { useTranslation } from 'react-i18next';
import { reachableQuestions, type Answers } from '../../engine';
import { content } from '../../questionnaire/content';
import { answerText, questionWording } from '../../questionnaire/texts';
import { QuestionNumber } from '../../ui/QuestionNumber';

/** Every answer, with the note behind it, for the printed report. */
export function AnswersAnnex({ answers, notes = {} }: { answers: Answers; notes?: Readonly<Record<string, string>> }) {
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
            <dd>
              {answers[q.id] === undefined ? '—' : answerText(t, q, answers[q.id]!)}
              {notes[q.id] ? (
                <span className="review-note">
                  <strong>{t('review.note')}</strong> {notes[q.id]}
                </span>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
