import { useTranslation } from 'react-i18next';
import { outcomeKeys } from '../../documents/outcome';
import { openProhibitions, type Result } from '../../engine';
import { OutcomeBadge } from '../../ui/OutcomeBadge';
import { useAnswerLine } from './Reasons';

/** The classification in one badge and one sentence; a «riesgo alto» that could still be
 *  prohibited names the open points here, not only further down among the reasons. */
export function OutcomeSummary({ result }: { result: Result }) {
  const { t } = useTranslation();
  const answerLine = useAnswerLine();
  const open = openProhibitions(result);
  return (
    <>
      <OutcomeBadge outcome={result.outcome} unresolved={result.unresolved} />
      <p className="lead">{t(outcomeKeys(result).meaning, { ns: 'results' })}</p>
      {open.length > 0 ? (
        <ul>
          {open.map((p) => (
            <li key={p.questionId}>{t('outcomes.riesgo_alto.openPoint', { ns: 'results', point: answerLine(p.questionId, p.value) })}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/** On paper, the summary page names every open point and what it could lead to; on screen they
 *  are read under «Por qué», just below. */
export function OpenPointsSummary({ result }: { result: Result }) {
  const { t } = useTranslation();
  const answerLine = useAnswerLine();
  if (result.unresolved.length === 0) return null;
  return (
    <div className="print-only">
      <p className="summary__label">{t('plan.openPoints', { ns: 'results' })}</p>
      <ul>
        {result.unresolved.map((p) => (
          <li key={p.questionId}>
            {answerLine(p.questionId, p.value)}. {t('result.couldMake', { outcome: t(`outcomes.${p.couldMake}.label`, { ns: 'results' }) })}
          </li>
        ))}
      </ul>
    </div>
  );
}
