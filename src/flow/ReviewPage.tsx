import { useTranslation } from 'react-i18next';
import { isUnknownAnswer, questionById, reachableQuestions } from '../engine';
import { content } from '../questionnaire/content';
import { useFlowActor } from './FlowContext';
import { Progress } from './Progress';
import { answerText, dataText, questionWording, questionWordingById } from '../questionnaire/texts';
import { usePageFocus } from '../ui/usePageFocus';
import { QuestionNumber } from '../ui/QuestionNumber';

interface Props {
  answers: Record<string, string>;
  /** The notes behind the answers, by question ID; `onNote` deletes one with ''. */
  notes: Readonly<Record<string, string>>;
  onNote: (questionId: string, text: string) => void;
}

export function ReviewPage({ answers, notes, onNote }: Props) {
  const { t } = useTranslation();
  const actor = useFlowActor();
  const heading = usePageFocus<HTMLHeadingElement>(t('review.title'));
  const asked = reachableQuestions(content, answers);
  const sections = content.questionnaire.sections.filter((s) => asked.some((q) => q.section === s));
  // What the consultation letter will put to the SGTD: «No sé» answers and answers with a note.
  const unknown = asked.filter((q) => isUnknownAnswer(content, q.id, answers[q.id])).length;
  const noted = asked.filter((q) => notes[q.id]).length;
  // Notes whose question is not asked now (an answer above changed, or a version change
  // removed it): kept and shown here until the person deletes them, never dropped unseen.
  const unasked = Object.keys(notes).filter((id) => !asked.some((q) => q.id === id));
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
      {unknown + noted > 0 ? (
        <p className="review-flags" data-review-flags="">
          {[unknown ? t('review.flags.unknown', { count: unknown }) : null, noted ? t('review.flags.noted', { count: noted }) : null].filter(Boolean).join(' ')}{' '}
          {t('review.flags.letter')}
        </p>
      ) : null}
      {sections.map((section) => (
        <section key={section} aria-labelledby={`review-${section}`}>
          <h2 id={`review-${section}`}>{dataText(t)(`sections.${section}`, { ns: 'questionnaire' })}</h2>
          <dl className="summary-list">
            {asked
              .filter((q) => q.section === section)
              .map((q) => {
                const title = questionWording(t, q);
                const isUnknown = isUnknownAnswer(content, q.id, answers[q.id]);
                const note = notes[q.id];
                return (
                  <div
                    className={isUnknown || note ? 'summary-list__row summary-list__row--flagged' : 'summary-list__row'}
                    key={q.id}
                    data-review-question={q.id}
                  >
                    <dt>
                      <QuestionNumber questionId={q.id} />
                      {title}
                    </dt>
                    <dd className="summary-list__value">
                      {isUnknown ? <strong className="flag">{t('review.unknownFlag')}</strong> : null}
                      {answers[q.id] === undefined ? '—' : answerText(t, q, answers[q.id]!)}
                      {note ? (
                        <span className="review-note">
                          <strong>{t('review.note')}</strong> {note}
                        </span>
                      ) : null}
                    </dd>
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
      {unasked.length ? (
        <section aria-labelledby="review-unasked">
          <h2 id="review-unasked">{t('review.unasked.title')}</h2>
          <p>{t('review.unasked.lead')}</p>
          <dl className="summary-list">
            {unasked.map((id) => {
              const title = questionById(content, id) ? questionWordingById(t, id) : t('review.unasked.removed');
              return (
                <div className="summary-list__row" key={id} data-unasked-note={id}>
                  <dt>{title}</dt>
                  <dd className="summary-list__value review-note">{notes[id]}</dd>
                  <dd className="summary-list__action">
                    <button type="button" className="inline-link" onClick={() => onNote(id, '')}>
                      {t('review.unasked.delete')}
                      <span className="visually-hidden"> {t('review.unasked.deleteHidden', { question: title })}</span>
                    </button>
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      ) : null}
      <button type="button" className="button" onClick={() => actor.send({ type: 'SHOW_RESULT' })}>
        {t('review.submit')}
      </button>
    </>
  );
}
