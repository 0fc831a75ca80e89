import { useTranslation } from 'react-i18next';
import { questionById, type AnswerRef, type Result } from '../../engine';
import { content } from '../../questionnaire/content';
import { ClauseQuote } from '../../ui/ClauseQuote';
import { clauseById } from '../../questionnaire/clauses';
import { answerText, dataText, questionWording } from '../../questionnaire/texts';
import { Acronyms } from './Acronyms';

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
      <Heading>
        <Acronyms text={dataText(t)(`rules.${ruleId}`, { ns: 'results' })} />
      </Heading>
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
  const { t, i18n } = useTranslation();
  const answerLine = useAnswerLine();
  const lang = i18n.language === 'en' ? 'en' : 'es';
  const ruleClauses = (ruleIds: string[]) =>
    [...new Set(ruleIds.map((id) => clauseById.get(content.questionnaire.rules.find((r) => r.id === id)!.cites.at(-1)!)!.label[lang]))]
      .join('; ')
      .replace(/\.$/, '');
  return (
    <section aria-labelledby="why">
      <h2 id="why">{t('result.why')}</h2>
      {/* An undetermined result names what keeps it open: «no answer meets…» alone reads as an all-clear. */}
      {result.outcome === 'indeterminado' ? (
        <>
          <p>{t('result.whyOpen')}</p>
          <ul className="reasons">
            {result.unresolved.map((p) => (
              <li key={p.questionId}>
                <Acronyms
                  text={t('result.whyOpenItem', {
                    point: answerLine(p.questionId, p.value),
                    outcome: t(`outcomes.${p.couldMake}.label`, { ns: 'results' }),
                    clauses: ruleClauses(p.ruleIds),
                  })}
                />
              </li>
            ))}
          </ul>
        </>
      ) : result.clausesMet.length === 0 ? (
        <p>{t(result.unresolved.length > 0 ? 'result.noClausesYet' : 'result.noClauses')}</p>
      ) : null}
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
                  {p.open ? (
                    <p>{t('result.textOpen', { reason: dataText(t)(`questions.${q.id}.open`, { ns: 'questionnaire' }) })}</p>
                  ) : q.findOut ? (
                    <p>
                      {t('result.findOut', {
                        step: dataText(t)(`questions.${q.id}.findOut`, { ns: 'questionnaire' }),
                        who: t(`findOutSources.${q.findOut.ask}`, { ns: 'results' }),
                      })}
                    </p>
                  ) : null}
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
