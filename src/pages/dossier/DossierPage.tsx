// The «expediente de cumplimiento» of the assessment open (#/expediente): offered for a
// high-risk result, and as a preview for an undetermined one that could still be high risk.
// For any other assessment the page says why there is no file.
import '../../styles/dossier.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { classify, isoDate } from '../../engine';
import { dossierOffer } from '../../engine/dossier';
import { outcomeKeys } from '../../documents/outcome';
import { content } from '../../questionnaire/content';
import { answersOf, displayName, versionOf } from '../../storage/assessments';
import { href, SAVED_HASH } from '../../ui/routes';
import { Isolated, SLOT } from '../../ui/Isolated';
import type { PageProps } from '../lazyPage';
import { PageTitle } from '../PageTitle';
import { DossierFile } from './DossierFile';

export default function DossierPage({ store }: PageProps) {
  const { t } = useTranslation('dossier');
  const saved = store.assessments.find((a) => a.id === store.current) ?? null;
  const today = isoDate(new Date());
  const current = saved && versionOf(saved) === content.questionnaire.version;
  const result = useMemo(() => (saved && current ? classify(content, answersOf(saved), { today }) : null), [saved, current, today]);
  const offer = result ? dossierOffer(result) : null;

  if (saved && result && offer) return <DossierFile key={saved.id} saved={saved} result={result} preview={offer === 'preview'} today={today} />;

  const name = saved ? displayName(saved) : '';
  const why = !saved
    ? t('none.noAssessment')
    : !current
      ? t('none.version', { name: SLOT })
      : !result!.complete
        ? t('none.incomplete', { name: SLOT })
        : t('none.outcome', { name: SLOT, outcome: t(outcomeKeys(result!).label, { ns: 'results' }) });
  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <p className="notice" role="note">
        <Isolated sentence={why} value={name} />
      </p>
      <p>
        <a href={saved ? href('start') : SAVED_HASH}>{saved ? t('none.toResult') : t('none.toSaved')}</a>
      </p>
    </>
  );
}
