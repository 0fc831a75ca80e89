import { startTransition, useCallback, useEffect, useRef, useState, type ComponentType } from 'react';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { dataKey } from '../questionnaire/texts';
import { cleanText } from '../engine/text';
import { loadNamespaces } from '../i18n/i18n';
import { FLOW_NAMESPACES } from '../flow/flowNamespaces';
import { displayName, readStore, update, upsert, type ReadResult, type SavedAssessment, type Store, type StorageState } from '../storage/assessments';
import { Banner } from '../ui/Banner';
import { breathe } from './breathe';
import { downloadSavedData } from './ErrorBoundary';
import { saveFile, slug } from '../ui/download';
import { Layout } from './Layout';
import { useOnStoreChange } from './useOnStoreChange';
import { StartScreen, type LoadState } from './StartScreen';
import { lazyPage } from '../pages/lazyPage';
import { rejectionValues, shareRefusal, type Rejection } from './rejection';
import { href, isFlowHash, routeOf, SAVED_HASH, useRoute } from '../ui/routes';

interface FlowProps {
  saved: SavedAssessment | null;
  onStorageState: (state: StorageState) => void;
  onReopen: (saved: SavedAssessment, notice: 'merged' | null) => void;
  onExit: () => void;
  /** The address the questionnaire was asked to open at (typed, linked, a reload or a history
   *  entry): that screen, if the answers reach it, rather than the one saved. */
  at: string | null;
}

// The questionnaire, its texts and its libraries load when a person starts, not before:
// the start page stays light on cheap phones and slow connections.
const loadFlow = () => Promise.all([import('../flow/FlowApp'), loadNamespaces(FLOW_NAMESPACES)]).then(([module]) => module);

const PAGES = {
  examples: lazyPage(() => import('../pages/GalleryPage'), ['questionnaire', 'results', 'examples', 'pages']),
  map: lazyPage(() => import('../pages/DecisionMapPage'), ['questionnaire', 'results', 'pages']),
  compare: lazyPage(() => import('../pages/ComparePage'), ['questionnaire', 'results', 'pages', 'dossier']),
  methodology: lazyPage(() => import('../pages/MethodologyPage'), ['pages']),
  changelog: lazyPage(() => import('../pages/ChangelogPage'), ['pages']),
  dossier: lazyPage(() => import('../pages/dossier/DossierPage'), ['questionnaire', 'results', 'documents', 'dossier']),
};

/** The saved list, and the assessment a reload should resume (unless it was at the start). */
function initialState({ store, state, setAside }: ReadResult) {
  const current = store.assessments.find((a) => a.id === store.current) ?? null;
  return { store, state, setAside: setAside !== null, resume: current };
}

/** `read`: the browser's saved data, when the caller has already read it (reading sets aside
 *  unreadable data, so it happens once). */
export function App({ read }: { read?: ReadResult }) {
  const [initial] = useState(() => initialState(read ?? readStore()));
  const [store, setStore] = useState<Store>(initial.store);
  const [Flow, setFlow] = useState<ComponentType<FlowProps> | null>(null);
  const [session, setSession] = useState<{ saved: SavedAssessment | null; key: number; at: string | null } | null>(null);
  const [loading, setLoading] = useState<LoadState>('idle');
  const [storage, setStorage] = useState<StorageState>(initial.state);
  const [setAside, setSetAside] = useState(initial.setAside);
  // A returning visitor goes straight back to the questionnaire: the start page (its saved list
  // formats a date per row) is not rendered first, only a line saying it is loading.
  const [resuming, setResuming] = useState(() => {
    const hash = window.location.hash;
    return initial.resume !== null && routeOf(hash) === 'start' && hash !== SAVED_HASH && !hash.startsWith('#s=');
  });
  const onStorageState = useCallback((s: StorageState) => setStorage(s), []);

  // What is stored now: another tab may have saved, renamed or deleted since this page read it.
  // Storage that cannot be read keeps what this page holds (changes it could not save).
  const reread = useCallback(() => {
    const fresh = readStore();
    if (fresh.state === 'unavailable') return null;
    setStore(fresh.store);
    // A read can tell storage is full, never that the last write succeeded: only a write clears it.
    if (fresh.state !== 'ok') setStorage(fresh.state);
    return fresh.store;
  }, []);
  useOnStoreChange(reread);

  // Starting over: back to the start page; a reload now stays there.
  const closed = useRef<string | null>(null);
  const exit = useCallback(() => {
    setSession(null);
    setStore(
      update((s) => {
        closed.current = s.current;
        return { ...s, current: null };
      }).store,
    );
  }, []);

  // A new assessment (shared, imported, an example) is stored as the current one.
  const keep = useCallback((saved: SavedAssessment) => {
    const { store: next, state } = update((s) => upsert(s, saved));
    setStore(next);
    setStorage(state);
  }, []);

  // A saved assessment of an older questionnaire version is carried over as it opens (and saved
  // so); one that cannot be is left untouched, and the start page says why.
  const [openFailure, setOpenFailure] = useState<{ name: string; problem: string; version: string } | null>(null);
  const open = useCallback(
    (saved: SavedAssessment | null, at: string | null = null, askedFrom = window.location.hash) => {
      // However loading ends, a returning visitor's loading line gives way.
      const settle = (state: LoadState) => {
        setLoading(state);
        setResuming(false);
      };
      setLoading('loading');
      setOpenFailure(null);
      // Another assessment opening: Forward no longer leads back into the one closed before.
      closed.current = null;
      // Someone who asks for the saved list while this loads (a slow phone) gets the list;
      // `askedFrom`: the address the opening was asked from.
      loadFlow()
        .then(async (module) => {
          // Its code has just been evaluated: opening the record comes in a task of its own.
          await breathe();
          if (window.location.hash === SAVED_HASH && askedFrom !== SAVED_HASH) return settle('idle');
          const opened = saved ? module.openSaved(saved) : null;
          if (opened && !opened.ok) {
            setStore(update((s) => ({ ...s, current: null })).store);
            setOpenFailure({ name: cleanText(displayName(saved!)), problem: opened.problem, version: opened.version });
            return settle('idle');
          }
          if (opened?.migrated) keep(opened.saved);
          const next = opened?.saved ?? null;
          if (module.showsMigrationNotice(next)) await loadNamespaces(['pages']);
          // A transition renders the (long) questionnaire or result page in slices, so a slow
          // phone stays responsive while it appears.
          startTransition(() => {
            setFlow(() => module.default);
            setSession({ saved: next, key: Date.now(), at });
            settle('idle');
          });
        })
        .catch(() => settle('failed'));
    },
    [keep],
  );

  // A shared link opens its assessment; otherwise a reload, a closed tab or a crash comes
  // back to the page it was on (unless the address asks for the saved list).
  const { t } = useTranslation();
  const [shareMessage, setShareMessage] = useState<{ key: ParseKeys; rejection?: Rejection } | null>(null);
  useEffect(() => {
    const fragment = window.location.hash;
    if (!fragment.startsWith('#s=')) {
      if (!initial.resume || fragment === SAVED_HASH) return;
      // After this first render's task: asking for the questionnaire's files takes a while.
      const resume = initial.resume;
      const timer = setTimeout(() => open(resume, isFlowHash(fragment) ? fragment : null, fragment));
      return () => clearTimeout(timer);
    }
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    void Promise.all([import('../share/shareLink'), import('../machine/importAssessment')])
      .then(async ([{ decodeShare, isUncheckedLink, ShareLinkError }, { importAnswers }]) => {
        try {
          return { ...importAnswers(await decodeShare(fragment)), unchecked: isUncheckedLink(fragment) };
        } catch (e) {
          // An altered or truncated link says so; one too big or from a newer app says that.
          const problem = e instanceof ShareLinkError ? e.problem : 'malformed';
          return { ok: false as const, problem, field: '' };
        }
      })
      .catch(() => ({ ok: false as const, problem: 'malformed', field: '' }))
      .then((result) => {
        if (!result.ok) return setShareMessage(shareRefusal(result));
        keep(result.saved);
        setShareMessage({ key: result.unchecked ? 'share.openedUnchecked' : 'share.opened' });
        open(result.saved);
      });
  }, [initial, open, keep]);

  // Leaving the questionnaire for another page closes it (every answer, sent or not, is saved);
  // coming back to the start resumes the current assessment, which may have changed.
  const route = useRoute();
  const previousRoute = useRef(route);
  useEffect(() => {
    const was = previousRoute.current;
    previousRoute.current = route;
    if (route !== 'start') {
      // Another page (Comparar, the map, the gallery) shows what is stored now: the
      // questionnaire just left has saved its last answers, which this page has not read.
      setSession(null);
      reread();
      return;
    }
    if (was === 'start') return;
    const { store: fresh } = readStore();
    setStore(fresh);
    const current = fresh.assessments.find((a) => a.id === fresh.current);
    const hash = window.location.hash;
    if (current && hash !== SAVED_HASH) open(current, isFlowHash(hash) ? hash : null);
  }, [route, open, reread]);

  // Forward from the start page into the questionnaire it left (Back from its first page)
  // reopens that assessment, where the machine resumes it; nothing else to open: the start page.
  useEffect(() => {
    const onHistory = () => {
      // Only a step from the start page this tab went back to (closed.current); any other
      // entry is the route's to open.
      if (session || closed.current === null || !isFlowHash(window.location.hash)) return;
      const left = reread()?.assessments.find((a) => a.id === closed.current);
      if (!left) return window.history.replaceState(null, '', href('start'));
      update((s) => ({ ...s, current: left.id }));
      open(left, window.location.hash);
    };
    window.addEventListener('popstate', onHistory);
    return () => window.removeEventListener('popstate', onHistory);
  }, [session, reread, open]);

  // The questionnaire resumes from another copy of its record: merged with another tab's
  // answers, or the newer one another tab saved.
  const [flowNotice, setFlowNotice] = useState<'merged' | null>(null);
  const reopen = useCallback(
    (saved: SavedAssessment, notice: 'merged' | null) => {
      reread();
      // Saving on the way out to another page (LEAVE) may merge another tab's answers: the
      // questionnaire is closing, and opens the merged record when the person comes back.
      if (routeOf(window.location.hash) !== 'start') return;
      setFlowNotice(notice);
      setSession({ saved, key: Date.now(), at: null });
    },
    [reread],
  );

  // Opening from the list opens the copy stored now, not the one this page listed: another tab
  // may have changed it since, or deleted it.
  const [gone, setGone] = useState<string | null>(null);
  const openListed = (listed: SavedAssessment) => {
    const fresh = reread()?.assessments.find((a) => a.id === listed.id);
    setGone(fresh ? null : displayName(listed));
    if (!fresh) return;
    update((s) => ({ ...s, current: fresh.id }));
    open(fresh);
  };

  // An example or a copy made on another page becomes the current assessment and opens.
  const add = useCallback(
    (saved: SavedAssessment) => {
      keep(saved);
      window.location.hash = href('start');
    },
    [keep],
  );
  // One already stored becomes the current one, and the start page opens it.
  const openStored = useCallback((saved: SavedAssessment) => {
    setStore(update((s) => (s.assessments.some((a) => a.id === saved.id) ? { ...s, current: saved.id } : s)).store);
    window.location.hash = href('start');
  }, []);

  // Outcome labels of the saved list live with the result texts.
  useEffect(() => {
    if (store.assessments.length > 0) void loadNamespaces(['results']).then(() => setStore((s) => ({ ...s })));
  }, [store.assessments.length]);

  const download = async (saved: SavedAssessment) => {
    const { exportSaved } = await import('../flow/openSaved');
    saveFile(new Blob([exportSaved(saved)], { type: 'application/json' }), `semaforo-ia-${slug(displayName(saved))}.json`);
  };

  const imported = (saved: SavedAssessment) => {
    keep(saved);
    open(saved);
  };

  const Page = route === 'start' ? null : PAGES[route];
  return (
    <Layout route={route}>
      {storage === 'locked' ? (
        <Banner messageKey="storage.locked" action={{ labelKey: 'storage.downloadAll', run: downloadSavedData }} />
      ) : storage !== 'ok' ? (
        <Banner messageKey={`storage.${storage}`} />
      ) : null}
      {setAside ? <Banner messageKey="storage.setAside" onDismiss={() => setSetAside(false)} /> : null}
      {gone ? <Banner messageKey="storage.goneElsewhere" values={{ name: gone }} onDismiss={() => setGone(null)} /> : null}
      {flowNotice && session ? <Banner messageKey={`storage.${flowNotice}`} onDismiss={() => setFlowNotice(null)} /> : null}
      {shareMessage ? (
        <Banner
          messageKey={shareMessage.key}
          values={shareMessage.rejection && rejectionValues(t, shareMessage.rejection)}
          onDismiss={() => setShareMessage(null)}
        />
      ) : null}
      {openFailure ? (
        <Banner messageKey={dataKey(`storage.openFailed.${openFailure.problem}`)} values={openFailure} onDismiss={() => setOpenFailure(null)} />
      ) : null}
      {Page ? (
        <Page store={store} onAdd={add} onOpen={openStored} />
      ) : Flow && session ? (
        <Flow key={session.key} saved={session.saved} at={session.at} onStorageState={onStorageState} onReopen={reopen} onExit={exit} />
      ) : resuming ? (
        <p role="status" className="resuming">
          {t('flow.loading')}
        </p>
      ) : (
        <StartScreen
          store={store}
          loading={loading}
          onBegin={() => open(null)}
          onStoreChange={(next, state) => {
            setStore(next);
            setStorage(state);
          }}
          onOpen={openListed}
          onDownload={(saved) => void download(saved)}
          onImported={imported}
        />
      )}
    </Layout>
  );
}
