import { useTranslation } from 'react-i18next';
import { questionById, type Result } from '../../engine';
import { content } from '../../questionnaire/content';
import { ClauseQuote } from '../ClauseQuote';
import { answerText, questionHint, questionTitle } from '../texts';

export function useAnswerLine() {
  const { t } = useTranslation();
  return (questionId: string, value: string | null) => {
    const q = questionById(content, questionId)!;
    return `${questionTitle(t, q)} — ${value === null ? '—' : answerText(t, q, value)}`;
  };
}

/** Every clause met, in order, with the answers that met it and the quoted text. */
export function Reasons({ result }: { result: Result }) {
  const { t } = useTranslation();
  const answerLine = useAnswerLine();
  return (
    <section aria-labelledby="why">
      <h2 id="why">{t('result.why')}</h2>
      {result.clausesMet.length === 0 ? <p>{t('result.noClauses')}</p> : null}
      <ol className="reasons">
        {result.clausesMet.map((met) => (
          <li key={met.ruleId}>
            <h3>{t(`rules.${met.ruleId}`, { ns: 'results' })}</h3>
            <ul>
              {met.answers.map((a) => (
                <li key={a.questionId}>{answerLine(a.questionId, a.value)}</li>
              ))}
            </ul>
            <ClauseQuote clauseId={met.cites.at(-1)!} />
          </li>
        ))}
      </ol>
      {result.outcome === 'riesgo_aceptable' ? <ClauseQuote clauseId={result.outcomeCites[0]!} /> : null}

      {result.exceptionsApplied.length > 0 ? (
        <>
          <h3>{t('result.exceptions')}</h3>
          <ul className="reasons">
            {result.exceptionsApplied.map((e) => (
              <li key={`${e.ruleId}-${e.cites.join()}`}>
                <p className="reasons__rule">{t(`rules.${e.ruleId}`, { ns: 'results' })}</p>
                <ul>
                  {e.answers.map((a) => (
                    <li key={a.questionId}>{answerLine(a.questionId, a.value)}</li>
                  ))}
                </ul>
                <ClauseQuote clauseId={e.cites.at(-1)!} />
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {result.unresolved.length > 0 ? (
        <>
          <h3>{t('result.open')}</h3>
          <p>{t('result.openLead')}</p>
          <ul className="reasons">
            {result.unresolved.map((p) => {
              const q = questionById(content, p.questionId)!;
              return (
                <li key={p.questionId}>
                  <p>
                    {answerLine(p.questionId, p.value)}.{' '}
                    {t('result.couldMake', { outcome: t(`outcomes.${p.couldMake}.label`, { ns: 'results' }) })}
                  </p>
                  <p>{t('result.findOut', { hint: questionHint(t, q) })}</p>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}

      {result.advisories.length > 0 ? (
        <>
          <h3>{t('result.advisories')}</h3>
          <ul>
            {result.advisories.map((a) => (
              <li key={a.advisoryId}>{t(`advisories.${a.advisoryId}`, { ns: 'results' })}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
