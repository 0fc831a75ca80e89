import { useTranslation } from 'react-i18next';
import { reachableQuestions } from '../engine';
import { content } from '../questionnaire/content';
import { useFlowActor } from './FlowContext';
import { Progress } from './Progress';
import { answerText, dataText, questionWording } from '../questionnaire/texts';
import { usePageFocus } from '../ui/usePageFocus';
import { QuestionNumber } from '../ui/QuestionNumber';

export function ReviewPage({ answers }: { answers: Record<string, string> }) {
  const { t } = useTranslation();
  const actor = useFlowActor();
  const heading = usePageFocus<HTMLHeadingElement>(t('review.title'));
  const asked = reachableQuestions(content, answers);
  const sections = content.questionnaire.sections.filter((s) => asked.some((q) => q.section === s));
  return (
    <>
      <button type="button" className="back-link" onClick={() => actor.send({ type: 'BACK' })}>
        {t('flow.back')}
      </button>
      <Progress answers={answers} />
      <h1 ref={heading} tabIndex={-1}>
        {t('review.title')}
      </h1>
      <p>{t('review.lead')}</p>
      {sections.map((section) => (
        <section key={section} aria-labelledby={`review-${section}`}>
          <h2 id={`review-${section}`}>{dataText(t)(`sections.${section}`, { ns: 'questionnaire' })}</h2>
          <dl className="summary-list">
            {asked
              .filter((q) => q.section === section)
              .map((q) => {
                const title = questionWording(t, q);
                return (
                  <div className="summary-list__row" key={q.id} data-review-question={q.id}>
                    <dt>
                      <QuestionNumber questionId={q.id} />
                      {title}
                    </dt>
                    <dd className="summary-list__value">{answers[q.id] === undefined ? '—' : answerText(t, q, answers[q.id]!)}</dd>
                    <dd className="summary-list__action">
                      <button type="button" className="inline-link" onClick={() => actor.send({ type: 'EDIT', questionId: q.id })}>
                        {t('review.change')}
                        <span className="visually-hidden"> {t('review.changeHidden', { question: title })}</span>
                      </button>
                    </dd>
                  </div>
                );
              })}
          </dl>
        </section>
      ))}
      <button type="button" className="button" onClick={() => actor.send({ type: 'SHOW_RESULT' })}>
        {t('review.submit')}
      </button>
    </>
  );
}
