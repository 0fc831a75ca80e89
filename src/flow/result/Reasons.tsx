import { useTranslation } from 'react-i18next';
import { questionById, type AnswerRef, type Result } from '../../engine';
import { content } from '../../questionnaire/content';
import { ClauseQuote } from '../../ui/ClauseQuote';
import { answerText, dataText, questionHint, questionWording } from '../../questionnaire/texts';

export function useAnswerLine() {
  const { t } = useTranslation();
  return (questionId: string, value: string | null) => {
    const q = questionById(content, questionId)!;
    return `${questionWording(t, q)} — ${value === null ? '—' : answerText(t, q, value)}`;
  };
}

/** One clause met (or exception applied): the rule, the answers that met it, the quote. */
function ReasonItem({ ruleId, answers, cite, level }: { ruleId: string; answers: AnswerRef[]; cite: string; level: 3 | 4 }) {
  const { t } = useTranslation();
  const answerLine = useAnswerLine();
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <li>
      <Heading>{dataText(t)(`rules.${ruleId}`, { ns: 'results' })}</Heading>
      <ul>
        {answers.map((a) => (
          <li key={a.questionId}>{answerLine(a.questionId, a.value)}</li>
        ))}
      </ul>
      <ClauseQuote clauseId={cite} />
    </li>
  );
}

/** Every clause met, in order, with the answers that met it and the quoted text. */
export function Reasons({ result }: { result: Result }) {
  const { t } = useTranslation();
  const answerLine = useAnswerLine();
  return (
    <section aria-labelledby="why">
      <h2 id="why">{t('result.why')}</h2>
      {result.clausesMet.length === 0 ? <p>{t(result.unresolved.length > 0 ? 'result.noClausesYet' : 'result.noClauses')}</p> : null}
      <ol className="reasons">
        {result.clausesMet.map((met) => (
          <ReasonItem key={met.ruleId} ruleId={met.ruleId} answers={met.answers} cite={met.cites.at(-1)!} level={3} />
        ))}
      </ol>
      {result.outcome === 'riesgo_aceptable' ? <ClauseQuote clauseId={result.outcomeCites[0]!} /> : null}

      {result.exceptionsApplied.length > 0 ? (
        <>
          <h3>{t('result.exceptions')}</h3>
          <ul className="reasons">
            {result.exceptionsApplied.map((e) => (
              <ReasonItem key={`${e.ruleId}-${e.cites.join()}`} ruleId={e.ruleId} answers={e.answers} cite={e.cites.at(-1)!} level={4} />
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
                    {answerLine(p.questionId, p.value)}. {t('result.couldMake', { outcome: t(`outcomes.${p.couldMake}.label`, { ns: 'results' }) })}
                  </p>
                  <p>
                    {p.open
                      ? t('result.textOpen', { reason: dataText(t)(`questions.${q.id}.open`, { ns: 'questionnaire' }) })
                      : t('result.findOut', { hint: questionHint(t, q) })}
                  </p>
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
              <li key={a.advisoryId}>{dataText(t)(`advisories.${a.advisoryId}`, { ns: 'results' })}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
