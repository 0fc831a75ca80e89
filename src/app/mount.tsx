import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import type { Language } from '../i18n/i18n';
import { listSetAside, readStore, type ReadResult } from '../storage/assessments';
import { App } from './App';
import { ErrorBoundary } from './ErrorBoundary';
import { presenterStored } from '../ui/PresenterToggle';
import { routeOf } from '../ui/routes';

/** Whether the app's first render is the prerendered start page: a first visit (nothing saved,
 *  storage working, nothing set aside), on the start page, not a shared link, not in presenter mode. */
function seesPrerenderedPage({ store, state, setAside }: ReadResult): boolean {
  const hash = window.location.hash;
  if (routeOf(hash) !== 'start' || hash.startsWith('#s=')) return false;
  return store.assessments.length === 0 && state === 'ok' && setAside === null && listSetAside(store).length === 0 && !presenterStored();
}

/** Puts the app in the page. On a first visit it takes over the prerendered nodes (hydration):
 *  nothing is painted twice and the page does not jump. Otherwise it renders afresh over them. */
export function mount(root: HTMLElement, language: Language) {
  const prerendered = [...root.querySelectorAll<HTMLElement>(':scope > [data-prerender]')];
  // In development there is no prerendered page: the app renders into the root itself.
  const container = prerendered.find((el) => el.dataset.prerender === language) ?? root;
  for (const other of prerendered) if (other !== container) other.remove();
  container.removeAttribute('data-prerender');
  const read = readStore();
  const app = (
    <StrictMode>
      <ErrorBoundary>
        <App read={read} />
      </ErrorBoundary>
    </StrictMode>
  );
  // In a task of its own after reading storage (which checks every saved record), and as a
  // transition: the first render is done in small slices that let the browser breathe (a tap,
  // a scroll) instead of one long task on a slow phone.
  setTimeout(() =>
    startTransition(() => {
      if (container !== root && seesPrerenderedPage(read)) {
        for (const button of container.querySelectorAll('button[disabled]')) button.removeAttribute('disabled');
        hydrateRoot(container, app);
      } else {
        createRoot(container).render(app);
      }
    }),
  );
}
