// The last line of defence: if a page throws while rendering, the person sees what happened in
// their language instead of a blank page, can download everything saved in this browser
// exactly as it is stored, and can reload. Nothing here writes to or clears the storage.
import i18next from 'i18next';
import { Component, type ReactNode } from 'react';
import { savedDataFile } from '../storage/savedDataFile';
import { saveFile } from '../ui/download';

/** Everything saved in this browser, as stored, as a file (also offered when data is locked). */
export const downloadSavedData = () => saveFile(new Blob([savedDataFile()], { type: 'application/json' }), 'semaforo-ia-datos-guardados.json');

export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    // Kept for whoever opens the console; the page says the rest.
    console.error(error);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const t = i18next.t.bind(i18next);
    return (
      <main id="main" className="container" tabIndex={-1}>
        <h1>{t('crash.title')}</h1>
        <p>{t('crash.kept')}</p>
        <p>{t('crash.next')}</p>
        <div className="button-group">
          <button type="button" className="button" onClick={downloadSavedData}>
            {t('crash.download')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => window.location.reload()}>
            {t('crash.reload')}
          </button>
        </div>
      </main>
    );
  }
}
