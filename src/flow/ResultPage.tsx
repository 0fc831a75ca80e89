import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { actionPlan, classify, isoDate, systemName, toAnswersFile, type AssessmentWork } from '../engine';
import { content } from '../questionnaire/content';
import { versions } from '../about/versions';
import { ensureLoaded } from '../i18n/i18n';
import { usePageFocus } from '../ui/usePageFocus';
import { Isolated, SLOT } from '../ui/Isolated';
import { useFlowActor } from './FlowContext';
import { Progress } from './Progress';
import { ActionPlan } from './result/ActionPlan';
import { AnswersAnnex } from './result/AnswersAnnex';
import { ConsultationAdvice } from './result/Consultation';
import { Deadlines } from './result/Deadlines';
import { DossierLink } from './result/DossierLink';
import { DRAFT_NAMESPACES, Drafts } from './result/Drafts';
import { saveFile, slug } from '../ui/download';
import { longDate } from '../ui/format';
import { Obligations } from './result/Obligations';
import { Reasons } from './result/Reasons';
import { Reveal } from './result/Reveal';
import { ShareLink } from './result/ShareLink';
import { OpenPointsSummary, OutcomeSummary } from './result/Summary';
import { useScenarios } from './result/useScenarios';
import { WhatIf } from './result/WhatIf';

interface Props {
  answers: Record<string, string>;
  /** The person's work on this page (draft details and edits, ticked obligations), and where it goes when it changes. */
  work: AssessmentWork;
  onWork: (work: AssessmentWork) => void;
}

const NO_OWNERS = {};

export function ResultPage({ answers, work, onWork }: Props) {
  const { t, i18n } = useTranslation();
  const actor = useFlowActor();
  const heading = usePageFocus<HTMLHeadingElement>(t('result.title'));
  const today = isoDate(new Date());
  const result = useMemo(() => classify(content, answers, { today }), [answers, today]);
  const plan = useMemo(() => actionPlan(result), [result]);
  // The plan renders again only when it or its owners change, not as the sections below appear
  // or «what would change it» is done (its texts are many: a long render on a slow phone).
  const onOwners = useCallback((owners: NonNullable<AssessmentWork['owners']>) => onWork({ ...work, owners }), [work, onWork]);
  const scenarios = useScenarios(answers);
  // Drafts kept in the other language load their texts now, not when their section appears:
  // printing right away must find them.
  useEffect(() => {
    if (work.lang) ensureLoaded(work.lang, DRAFT_NAMESPACES).catch(() => undefined);
  }, [work.lang]);
  const name = systemName(content, answers);
  const { version, legalText } = content.questionnaire;

  // Below the verdict and the action plan (the printed summary), in the order they are read;
  // they appear one after the other (Reveal).
  const parts = [
    <Reasons key="reasons" result={result} />,
    <ConsultationAdvice key="consultation" consultation={result.consultation} />,
    <WhatIf key="whatIf" scenarios={scenarios} />,
    <Obligations key="obligations" items={result.obligations} checked={work.checked ?? []} onChecked={(checked) => onWork({ ...work, checked })} />,
    <Deadlines key="deadlines" deadlines={result.deadlines} today={today} />,
    <Drafts key="drafts" answers={answers} result={result} date={today} systemName={name} work={work} onWork={onWork} />,
    <AnswersAnnex key="annex" answers={answers} notes={work.notes} />,
  ];

  const downloadJson = () => {
    const file = { ...toAnswersFile(content, answers, new Date().toISOString()), result, ...(Object.keys(work).length ? { work } : {}) };
    saveFile(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }), `semaforo-ia-${slug(name)}.json`);
  };

  return (
    <>
      <Progress answers={answers} />
      <div className="print-only print-header">
        <p className="print-header__title">{t('result.printTitle')}</p>
        <p>
          <Isolated
            sentence={t('result.printMeta', { name: SLOT, date: longDate(today, i18n.language), app: versions.app, version, norm: legalText.norm })}
            value={name}
          />
        </p>
      </div>
      {/* On paper the report's header above already names it and the system. */}
      <h1 ref={heading} tabIndex={-1} className="no-print-heading">
        {t('result.title')}
      </h1>
      {name ? (
        <p className="no-print">
          <Isolated sentence={t('result.system', { name: SLOT })} value={name} />
        </p>
      ) : null}
      <OutcomeSummary result={result} />
      <OpenPointsSummary result={result} />
      <p className="disclaimer" role="note">
        {t('disclaimer')}
      </p>
      <div className="button-group no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('result.print')}
        </button>
        <button type="button" className="button button--secondary" onClick={downloadJson}>
          {t('result.downloadJson')}
        </button>
      </div>
      <ShareLink answers={answers} work={work} />
      <ActionPlan plan={plan} today={today} owners={work.owners ?? NO_OWNERS} onOwners={onOwners} />
      <DossierLink result={result} />

      <Reveal
        parts={parts}
        after={
          <div className="button-group no-print">
            <button type="button" className="button button--secondary" onClick={() => actor.send({ type: 'BACK' })}>
              {t('result.review')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => actor.send({ type: 'RESTART' })}>
              {t('result.restart')}
            </button>
          </div>
        }
      />
    </>
  );
}
