import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { offlineState, onOfflineChange } from './register';

/** Tells a trainer, before leaving for a room with bad Wi-Fi, whether this browser has the
 *  whole app stored for use with no network. The prerendered page says nothing (it cannot know). */
export function OfflineStatus() {
  const { t } = useTranslation();
  const state = useSyncExternalStore(onOfflineChange, offlineState, () => 'unknown' as const);
  if (state === 'unknown') return null;
  return (
    <p className={`notice offline-status offline-status--${state}`} role="status">
      {t(`offline.${state}`)}
    </p>
  );
}
