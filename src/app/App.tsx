import { useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { loadNamespaces } from '../i18n/i18n';
import { Layout } from './Layout';
import { StartPage } from './StartPage';

// The questionnaire, its texts and its libraries load when a person starts, not before:
// the start page stays light on cheap phones and slow connections.
const loadFlow = () =>
  Promise.all([import('../flow/FlowApp'), loadNamespaces(['questionnaire', 'results', 'documents'])]).then(([module]) => module);

export function App() {
  const { t } = useTranslation();
  const [Flow, setFlow] = useState<ComponentType | null>(null);
  const [state, setState] = useState<'idle' | 'loading' | 'failed'>('idle');

  const begin = () => {
    setState('loading');
    loadFlow().then(
      (module) => setFlow(() => module.default),
      () => setState('failed'),
    );
  };

  return (
    <Layout>
      {Flow ? (
        <Flow />
      ) : (
        <>
          {state === 'failed' ? (
            <div className="error-summary" role="alert">
              <p>{t('flow.loadError')}</p>
            </div>
          ) : null}
          <StartPage onBegin={begin} busy={state === 'loading'} />
        </>
      )}
    </Layout>
  );
}
