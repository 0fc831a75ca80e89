// Print (the browser's own, on A4), Markdown and Word. The Word generator loads only when asked
// for, as the drafts' does: it is larger than the whole start page.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { versions } from '../../about/versions';
import { dossierDoc, type DossierFacts } from '../../documents/dossierDoc';
import { toMarkdown } from '../../documents/markdown';
import type { DossierSection, Prefilled } from '../../engine/dossier';
import type { DossierWork } from '../../engine/dossierWork';
import { dataText } from '../../questionnaire/texts';
import { saveFile, slug } from '../../ui/download';
import { longDate } from '../../ui/format';
import type { HeaderFacts } from './DossierHeader';

interface Props {
  facts: HeaderFacts;
  lang: 'es' | 'en';
  sections: readonly DossierSection[];
  dossier: DossierWork | undefined;
  prefilled: Prefilled;
}

// The file has no tiers; the pipeline asks for their titles all the same.
const NO_TIERS = { public: '', annex: '' };

export function DossierDownloads({ facts, lang, sections, dossier, prefilled }: Props) {
  const { t } = useTranslation('dossier');
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const doc = () => {
    const all: DossierFacts = {
      ...facts,
      lang,
      version: dossier?.version ?? '',
      app: versions.app,
      questionnaire: versions.questionnaire,
      norm: versions.norm,
    };
    return dossierDoc(dataText(t), all, sections, dossier, prefilled, (iso) => longDate(iso, lang));
  };
  const filename = (ext: string) => `expediente-${slug(facts.systemName)}.${ext}`;
  const markdown = () => saveFile(new Blob([toMarkdown(doc(), NO_TIERS)], { type: 'text/markdown' }), filename('md'));
  const docx = async () => {
    setBusy(true);
    setFailed(false);
    try {
      const generator = await import('../../documents/docx');
      saveFile(await generator.docxBlob(doc(), NO_TIERS), filename('docx'));
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="no-print">
      <div className="button-group">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('actions.print')}
        </button>
        <button type="button" className="button button--secondary" onClick={markdown}>
          {t('actions.markdown')}
        </button>
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => void docx()}>
          {t('actions.docx')}
        </button>
      </div>
      {failed ? (
        <p className="error-message" role="alert">
          {t('actions.docxFailed')}
        </p>
      ) : null}
    </div>
  );
}
