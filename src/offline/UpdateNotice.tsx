import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { applyUpdate, onUpdateReady, updateReady } from './register';

/** Says a new build is ready, without interrupting: the person reloads into it when they wish. */
export function UpdateNotice() {
  const { t } = useTranslation();
  const ready = useSyncExternalStore(onUpdateReady, updateReady, () => false);
  if (!ready) return null;
  return (
    <div className="banner" role="status">
      <p>{t('update.ready')}</p>
      <button type="button" className="button button--secondary" onClick={applyUpdate}>
        {t('update.apply')}
      </button>
    </div>
  );
}
