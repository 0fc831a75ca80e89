import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { classify, isoDate, questionById } from '../engine';
import { content } from '../questionnaire/content';
import { ClauseQuote } from './ClauseQuote';
import { useFlowActor } from './FlowContext';
import { OutcomeBadge } from './OutcomeBadge';
import { Progress, RESULT_STEP } from './Progress';
import { answerText, questionTitle } from './texts';
import { usePageFocus } from '../app/usePageFocus';

export function ResultPage({ answers }: { answers: Record<string, string> }) {
  const { t } = useTranslation();
  const actor = useFlowActor();
  const heading = usePageFocus<HTMLHeadingElement>(t('result.title'));
  const result = useMemo(() => classify(content, answers, { today: isoDate(new Date()) }), [answers]);
  const nameQuestion = content.questionnaire.questions.find((q) => q.profileField === 'systemName');
  const name = nameQuestion ? answers[nameQuestion.id] : undefined;
  const answerLine = (questionId: string, value: string | null) => {
    const q = questionById(content, questionId)!;
    return `${questionTitle(t, q)} — ${value === null ? '—' : answerText(t, q, value)}`;
  };
  return (
    <>
      <Progress current={RESULT_STEP} />
      <h1 ref={heading} tabIndex={-1}>
        {t('result.title')}
      </h1>
      {name ? <p>{t('result.system', { name })}</p> : null}
      <OutcomeBadge outcome={result.outcome} />
      <p className="lead">{t(`outcomes.${result.outcome}.meaning`, { ns: 'results' })}</p>

      <h2>{t('result.why')}</h2>
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
          <h2>{t('result.exceptions')}</h2>
          <ul className="reasons">
            {result.exceptionsApplied.map((e) => (
              <li key={`${e.ruleId}-${e.cites.join()}`}>
                <h3>{t(`rules.${e.ruleId}`, { ns: 'results' })}</h3>
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
          <h2>{t('result.open')}</h2>
          <p>{t('result.openLead')}</p>
          <ul>
            {result.unresolved.map((p) => (
              <li key={p.questionId}>
                {answerLine(p.questionId, p.value)}.{' '}
                {t('result.couldMake', { outcome: t(`outcomes.${p.couldMake}.label`, { ns: 'results' }) })}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {result.advisories.length > 0 ? (
        <>
          <h2>{t('result.advisories')}</h2>
          <ul>
            {result.advisories.map((a) => (
              <li key={a.advisoryId}>{t(`advisories.${a.advisoryId}`, { ns: 'results' })}</li>
            ))}
          </ul>
        </>
      ) : null}

      <div className="button-group">
        <button type="button" className="button button--secondary" onClick={() => actor.send({ type: 'BACK' })}>
          {t('result.review')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => actor.send({ type: 'RESTART' })}>
          {t('result.restart')}
        </button>
      </div>
    </>
  );
}
