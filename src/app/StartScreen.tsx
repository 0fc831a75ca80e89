import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedAssessment, Store, StorageState } from '../storage/assessments';
import { ImportForm } from './ImportForm';
import { SavedList } from './SavedList';
import { SetAsideList } from './SetAsideList';
import { StartPage } from './StartPage';
import { SAVED_HASH } from '../ui/routes';

/** Where loading the questionnaire stands after "Empezar" or "Abrir". */
export type LoadState = 'idle' | 'loading' | 'failed';

export interface StartScreenProps {
  store: Store;
  loading: LoadState;
  onBegin: () => void;
  onStoreChange: (store: Store, state: StorageState) => void;
  onOpen: (saved: SavedAssessment) => void;
  onDownload: (saved: SavedAssessment) => void;
  onImported: (saved: SavedAssessment) => void;
}

/** «Mis evaluaciones» leads here: focus (and so scroll) to the saved list's heading, or to the
 *  page when nothing is saved, so a keyboard or screen-reader user starts at the list. */
function useSavedListFocus() {
  useEffect(() => {
    const reveal = () => {
      if (window.location.hash === SAVED_HASH) (document.getElementById('saved') ?? document.getElementById('main'))?.focus();
    };
    reveal();
    window.addEventListener('hashchange', reveal);
    return () => window.removeEventListener('hashchange', reveal);
  }, []);
}

/** Everything under the start page's heading. The build prerenders it (empty store, idle), so
 *  a first visit's HTML is exactly what the app renders and can be hydrated in place. */
export function StartScreen({ store, loading, onBegin, onStoreChange, onOpen, onDownload, onImported }: StartScreenProps) {
  const { t } = useTranslation();
  useSavedListFocus();
  return (
    <>
      {loading === 'failed' ? (
        <div className="error-summary" role="alert">
          <p>{t('flow.loadError')}</p>
        </div>
      ) : null}
      <StartPage onBegin={onBegin} busy={loading === 'loading'} />
      <SavedList store={store} onChange={onStoreChange} onOpen={onOpen} onDownload={onDownload} />
      <SetAsideList store={store} onChange={onStoreChange} />
      <ImportForm onImported={onImported} />
    </>
  );
}
