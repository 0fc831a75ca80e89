import { useCallback, useEffect, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { loadNamespaces } from '../i18n/i18n';
import { readStore, type SavedAssessment, type StorageState } from '../storage/assessments';
import { Banner } from './Banner';
import { Layout } from './Layout';
import { StartPage } from './StartPage';

interface FlowProps {
  saved: SavedAssessment | null;
  onStorageState: (state: StorageState) => void;
}

// The questionnaire, its texts and its libraries load when a person starts, not before:
// the start page stays light on cheap phones and slow connections.
const loadFlow = () =>
  Promise.all([import('../flow/FlowApp'), loadNamespaces(['questionnaire', 'results', 'documents'])]).then(([module]) => module);

/** The assessment a reload should resume: the current one, unless it was back at the start. */
function inProgress(): { saved: SavedAssessment | null; state: StorageState; setAside: boolean } {
  const { store, state, setAside } = readStore();
  const saved = store.assessments.find((a) => a.id === store.current) ?? null;
  const atStart = (saved?.snapshot as { value?: unknown } | undefined)?.value === 'start';
  return { saved: saved && !atStart ? saved : null, state, setAside: setAside !== null };
}

export function App() {
  const { t } = useTranslation();
  const [initial] = useState(inProgress);
  const [Flow, setFlow] = useState<ComponentType<FlowProps> | null>(null);
  const [saved, setSaved] = useState<SavedAssessment | null>(null);
  const [loading, setLoading] = useState<'idle' | 'loading' | 'failed'>('idle');
  const [storage, setStorage] = useState<StorageState>(initial.state);
  const [setAside, setSetAside] = useState(initial.setAside);
  const onStorageState = useCallback((s: StorageState) => setStorage(s), []);

  const begin = useCallback((resume: SavedAssessment | null) => {
    setLoading('loading');
    loadFlow().then(
      (module) => {
        setSaved(resume);
        setFlow(() => module.default);
      },
      () => setLoading('failed'),
    );
  }, []);

  // A reload, a closed tab or a crash comes back to the page it was on.
  useEffect(() => {
    if (initial.saved) begin(initial.saved);
  }, [initial, begin]);

  return (
    <Layout>
      {storage !== 'ok' ? <Banner messageKey={`storage.${storage}`} /> : null}
      {setAside ? <Banner messageKey="storage.setAside" onDismiss={() => setSetAside(false)} /> : null}
      {Flow ? (
        <Flow saved={saved} onStorageState={onStorageState} />
      ) : (
        <>
          {loading === 'failed' ? (
            <div className="error-summary" role="alert">
              <p>{t('flow.loadError')}</p>
            </div>
          ) : null}
          <StartPage onBegin={() => begin(null)} busy={loading === 'loading'} />
        </>
      )}
    </Layout>
  );
}
