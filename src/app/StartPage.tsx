import { useTranslation } from 'react-i18next';
import { usePageFocus } from './usePageFocus';

export function StartPage({ onBegin, busy = false }: { onBegin: () => void; busy?: boolean }) {
  const { t } = useTranslation();
  // The first page a visitor sees keeps the browser's own focus; only the title is set.
  usePageFocus(t('start.title'), false);
  return (
    <>
      <h1>{t('start.title')}</h1>
      <p className="lead">{t('start.lead')}</p>
      <p>{t('start.youGet')}</p>
      <ul>
        <li>{t('start.get.class')}</li>
        <li>{t('start.get.why')}</li>
        <li>{t('start.get.next')}</li>
      </ul>
      <p>{t('start.time')}</p>
      <p className="notice">{t('start.privacy')}</p>
      <button type="button" className="button button--start" onClick={onBegin} disabled={busy} aria-busy={busy}>
        {busy ? t('flow.loading') : t('flow.begin')}
        <span aria-hidden="true"> →</span>
      </button>
    </>
  );
}
