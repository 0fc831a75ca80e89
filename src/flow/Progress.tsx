import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { pageSteps, screenPosition } from '../engine';
import { useSelector } from '@xstate/react';
import { RESULT, REVIEW } from '../machine/questionnaireMachine';
import { currentPage, isAtResult, isAtReview } from '../machine/selectors';
import { content } from '../questionnaire/content';
import { useFlowActor } from './FlowContext';
import { dataText } from '../questionnaire/texts';

interface Props {
  /** The answers so far, with those given on the page shown. */
  answers: Record<string, string>;
  /** The values on the page shown, kept when the person jumps to another page (as «Atrás» keeps them). */
  values?: () => Record<string, string>;
}

/**
 * Progress in screens, the unit a person goes through: «Pantalla 3 de 10», counted from the pages
 * the answers ask (the total can only drop as answers come in). Below, folded so it costs one line
 * on a phone, the list of screens: those already answered open on a click; the machine shows
 * them as it shows a page reached with «Atrás».
 */
export const Progress = memo(function Progress({ answers, values }: Props) {
  const { t } = useTranslation();
  const actor = useFlowActor();
  const page = useSelector(actor, currentPage);
  const atReview = useSelector(actor, isAtReview);
  const atResult = useSelector(actor, isAtResult);
  const steps = pageSteps(content, answers, page);
  const allAnswered = steps.every((s) => s.state === 'answered');
  const go = (target: string) => actor.send({ type: 'GO_TO', screen: target, values: values?.() });
  const { current, total } = screenPosition(content, answers, page);
  const title = (id: string) => dataText(t)(`pages.${id}.title`, { ns: 'questionnaire' });
  const item = (id: string, name: string, state: 'answered' | 'current' | 'ahead') => (
    <li key={id} className={`progress__step is-${state}`} aria-current={state === 'current' ? 'step' : undefined}>
      {state === 'answered' ? (
        <button type="button" className="inline-link" onClick={() => go(id)}>
          <span aria-hidden="true">✓ </span>
          {name}
          <span className="visually-hidden"> ({t('flow.stepAnswered')})</span>
        </button>
      ) : (
        <>
          {state === 'current' ? <span aria-hidden="true">▶ </span> : null}
          {name}
        </>
      )}
    </li>
  );
  return (
    <nav className="progress" aria-label={t('flow.progressLabel')}>
      <p className="progress__now">
        {atResult ? t('flow.resultReached') : t('flow.screenOf', { current, total })}
        {page ? <span className="progress__note"> {t('flow.totalMayDrop')}</span> : null}
      </p>
      <details className="progress__steps">
        <summary>{t('flow.stepsShow')}</summary>
        <ol className="progress__list">
          {steps.map((s) => item(s.id, title(s.id), s.state))}
          {item(REVIEW, t('flow.reviewStep'), atReview ? 'current' : allAnswered && atResult ? 'answered' : 'ahead')}
          {item(RESULT, t('flow.resultStep'), atResult ? 'current' : 'ahead')}
        </ol>
      </details>
    </nav>
  );
});
