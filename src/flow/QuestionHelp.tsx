import { useTranslation } from 'react-i18next';
import type { Question } from '../questionnaire/schema';
import { ClauseQuote } from './ClauseQuote';

/** Definitions of the legal terms a question uses, and the clauses it rests on. */
export function QuestionHelp({ question }: { question: Question }) {
  const { t } = useTranslation();
  const terms = question.terms ?? [];
  return (
    <>
      {terms.length > 0 ? (
        <aside className="definitions" aria-labelledby={`${question.id}-definitions`}>
          <h3 id={`${question.id}-definitions`} className="definitions__title">
            {t('help.definitions')}
          </h3>
          <dl>
            {terms.map((term) => (
              <div key={term}>
                <dt>{t(`terms.${term}.term`, { ns: 'questionnaire' })}</dt>
                <dd>{t(`terms.${term}.definition`, { ns: 'questionnaire' })}</dd>
              </div>
            ))}
          </dl>
        </aside>
      ) : null}
      <details className="regulation">
        <summary>{t('help.regulation')}</summary>
        {question.cites.map((c) => (
          <ClauseQuote key={c} clauseId={c} />
        ))}
      </details>
    </>
  );
}
