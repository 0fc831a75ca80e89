import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

const KEY = 'semaforo-ia.presenter';

/** Whether presenter mode was left on in this browser. */
export function presenterStored(): boolean {
  try {
    return window.localStorage.getItem(KEY) === 'on';
  } catch {
    return false;
  }
}

/** Larger type and stronger contrast for a projector; remembered in this browser. */
export function PresenterToggle() {
  const { t } = useTranslation();
  const [on, setOn] = useState(presenterStored);
  useEffect(() => {
    document.documentElement.toggleAttribute('data-presenter', on);
    try {
      if (on) window.localStorage.setItem(KEY, 'on');
      else window.localStorage.removeItem(KEY);
    } catch {
      // Not remembered without storage; the mode still applies for this visit.
    }
  }, [on]);
  return (
    <button type="button" className="link-button" aria-pressed={on} onClick={() => setOn((v) => !v)}>
      {t('presenter.toggle')}
    </button>
  );
}
