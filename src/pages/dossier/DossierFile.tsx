// The file itself: the header (system, versions, dates), the summary of what is missing, and
// one section per obligation theme. What the person writes is saved with the assessment's work
// as it is typed, merged with what another tab may have saved meanwhile.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cleanText, mergeWork, readWork, type AssessmentWork, type Result } from '../../engine';
import { affectedBy, dossierSections, prefill, type DossierSection } from '../../engine/dossier';
import type { DossierSectionId, DossierSectionWork, DossierWork } from '../../engine/dossierWork';
import { questionForField } from '../../engine/flow';
import { outcomeKeys } from '../../documents/outcome';
import { versions } from '../../about/versions';
import { clauseById } from '../../questionnaire/clauses';
import { content } from '../../questionnaire/content';
import { answerText, dataText } from '../../questionnaire/texts';
import { answersOf, saveWork, type SavedAssessment, type StorageState } from '../../storage/assessments';
import { longDate } from '../../ui/format';
import { Isolated, SLOT } from '../../ui/Isolated';
import { PageTitle } from '../PageTitle';
import { DossierDownloads } from './DossierDownloads';
import { DossierHeader, type HeaderFacts } from './DossierHeader';
import { DossierSectionView } from './DossierSectionView';
import { DossierSummary } from './DossierSummary';

/** Typed text loses what breaks a .docx or reverses the page's sentences, as it is typed (the
 *  drafts do the same): what is saved is what every output will show. */
const cleaned = <T,>(value: T): T =>
  (typeof value === 'string'
    ? cleanText(value)
    : Array.isArray(value)
      ? value.map(cleaned)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleaned(v)]))
        : value) as T;

interface Props {
  saved: SavedAssessment;
  result: Result;
  preview: boolean;
  today: string;
}

export function DossierFile({ saved, result, preview, today }: Props) {
  const { t, i18n } = useTranslation('dossier');
  const lang = i18n.language === 'en' ? 'en' : 'es';
  const answers = answersOf(saved);

  // The work as this page holds it; the stored copy is adopted when another tab changes it.
  const [work, setWork] = useState<AssessmentWork>(() => readWork(saved.work));
  const [storage, setStorage] = useState<StorageState>('ok');
  const adopted = useRef(saved.work);
  useEffect(() => {
    if (saved.work === adopted.current) return;
    adopted.current = saved.work;
    setWork(readWork(saved.work));
  }, [saved.work]);
  const changeDossier = (dossier: DossierWork) => {
    const next = { ...work, dossier: cleaned(dossier) };
    const { state, work: stored } = saveWork(saved.id, (s) => mergeWork(readWork(s), work, next));
    setWork(stored ?? next);
    setStorage(state);
  };
  const dossier = work.dossier;
  const changeSection = (id: DossierSectionId, section: DossierSectionWork) => changeDossier({ ...dossier, sections: { ...dossier?.sections, [id]: section } });

  const sections = useMemo(() => dossierSections(result), [result]);
  const affected = useMemo(() => affectedBy(result), [result]);
  const prefilled = useMemo(
    () => prefill(result, work.inputs?.oversight, (a, kind) => dataText(t)(`affected.${a.id}.${kind}`, { ns: 'dossier' })),
    [result, t, work.inputs?.oversight],
  );

  const answerOf = (field: 'systemName' | 'systemDescription' | 'actorType' | 'role') => {
    const q = questionForField(content, field);
    const value = q && answers[q.id];
    return q && value ? answerText(t, q, value) : '';
  };
  const facts: HeaderFacts = {
    systemName: answerOf('systemName'),
    description: answerOf('systemDescription'),
    actor: answerOf('actorType'),
    role: answerOf('role'),
    outcome: t(outcomeKeys(result).label, { ns: 'results' }),
    clauses: [...new Set(result.clausesMet.filter((m) => m.outcome === 'riesgo_alto').map((m) => clauseById.get(m.cites.at(-1)!)!.label[lang]))],
    date: longDate(today, i18n.language),
  };

  const byId = (s: DossierSection) => dossier?.sections?.[s.id];
  return (
    <div className="dossier">
      <div className="print-only print-header">
        <p className="print-header__title">{t('printTitle')}</p>
        <p>
          <Isolated
            sentence={`${SLOT} · ${t('header.toolValue', { app: versions.app, version: versions.questionnaire, norm: versions.norm })} · ${facts.date}`}
            value={facts.systemName}
          />
        </p>
      </div>
      <PageTitle>{t('title')}</PageTitle>
      <p className="lead">{t('intro')}</p>
      {preview ? (
        <p className="notice" role="note">
          {t('previewNote')}
        </p>
      ) : null}
      <p className="notice" role="note">
        {t('basis')} {t('silent')}
      </p>
      <p className="no-print" role="status">
        {storage === 'ok' ? t('saved') : t('notSaved')}
      </p>
      <DossierDownloads facts={facts} lang={lang} sections={sections} dossier={dossier} prefilled={prefilled} />
      <DossierHeader facts={facts} version={dossier?.version ?? ''} onVersion={(version) => changeDossier({ ...dossier, version })} />
      <DossierSummary sections={sections} dossier={dossier} prefilled={prefilled} />
      {sections.map((s) => (
        <DossierSectionView
          key={s.id}
          section={s}
          work={byId(s)}
          prefilled={prefilled[s.id] ?? {}}
          affected={s.id === 'impact' ? affected : []}
          onChange={(next) => changeSection(s.id, next)}
        />
      ))}
    </div>
  );
}
