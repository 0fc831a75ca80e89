import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { offlineState, onOfflineChange } from './register';

/** Tells a trainer, before leaving for a room with bad Wi-Fi, whether this browser has the
 *  whole app stored for use with no network. The prerendered page says nothing (it cannot know),
 *  and the line subscribes only once React has taken over that HTML: subscribed during the
 *  takeover, whose worker state changes meanwhile, the page's import form stopped answering
 *  (tests/e2e/saved.e2e.ts caught it). */
export function OfflineStatus() {
  const [live, setLive] = useState(false);
  useEffect(() => setLive(true), []);
  return live ? <OfflineLine /> : null;
}

function OfflineLine() {
  const { t } = useTranslation();
  const state = useSyncExternalStore(onOfflineChange, offlineState);
  if (state === 'unknown') return null;
  return (
    <p className={`notice offline-status offline-status--${state}`} role="status">
      {t(`offline.${state}`)}
    </p>
  );
}
