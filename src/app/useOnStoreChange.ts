import { useEffect } from 'react';
import { changesSavedData } from '../storage/assessments';

/** Calls `onChange` whenever what is stored may have changed behind this page: another tab
 *  wrote the saved data, or the person comes back to this tab or window. */
export function useOnStoreChange(onChange: () => void) {
  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (changesSavedData(e.key)) onChange();
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') onChange();
    };
    window.addEventListener('storage', onStorage);
    window.addEventListener('focus', onChange);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.removeEventListener('storage', onStorage);
      window.removeEventListener('focus', onChange);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [onChange]);
}
