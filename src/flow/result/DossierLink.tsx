// From a high-risk result to its compliance file (#/expediente), a page of its own; as a
// preview when the result is undetermined and could still be high risk.
import { useTranslation } from 'react-i18next';
import { dossierOffer } from '../../engine/dossier';
import type { Result } from '../../engine';
import { href } from '../../ui/routes';

export function DossierLink({ result }: { result: Result }) {
  const { t } = useTranslation();
  const offer = dossierOffer(result);
  if (!offer) return null;
  return (
    <p className="no-print dossier-link">
      <a href={href('dossier')}>{offer === 'file' ? t('dossierLink.file') : t('dossierLink.preview')}</a>
      <br />
      <span className="hint">{offer === 'file' ? t('dossierLink.fileHint') : t('dossierLink.previewHint')}</span>
    </p>
  );
}
