// Secondary pages load with their texts only when someone opens them: the start page stays
// small, and the service worker keeps them for offline use.
import { Component, lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { loadNamespaces, type Namespace } from '../i18n/i18n';
import type { SavedAssessment, Store } from '../storage/assessments';

export interface PageProps {
  store: Store;
  /** Stores a new assessment and opens it in the questionnaire. */
  onAdd: (saved: SavedAssessment) => void;
  /** Opens an assessment already stored in the questionnaire. */
  onOpen: (saved: SavedAssessment) => void;
}

class LoadBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

function LoadError() {
  const { t } = useTranslation();
  return (
    <div className="error-summary" role="alert">
      <p>{t('pages.loadError')}</p>
    </div>
  );
}

function Loading() {
  const { t } = useTranslation();
  return <p role="status">{t('pages.loading')}</p>;
}

export function lazyPage(load: () => Promise<{ default: ComponentType<PageProps> }>, namespaces: readonly Namespace[]) {
  const Page = lazy(() => Promise.all([load(), loadNamespaces(namespaces)]).then(([module]) => module));
  return function LazyPage(props: PageProps) {
    return (
      <LoadBoundary fallback={<LoadError />}>
        <Suspense fallback={<Loading />}>
          <Page {...props} />
        </Suspense>
      </LoadBoundary>
    );
  };
}
