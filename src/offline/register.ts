// Registers the service worker of the production build once the page has loaded, so the
// precache never competes with the first paint. The app's scripts themselves start after the
// first paint, often after the page's load event.
//
// After a deploy the new worker waits (src/offline/sw.js) and this page keeps running its own
// build. The person is told an update is ready and takes it when they choose: the page then
// reloads into the new build, which is safe because every answer is saved as it is given.

type Listener = () => void;

/** A value the page's components follow with useSyncExternalStore. */
function observable<T>(initial: T) {
  let value = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => value,
    set(next: T) {
      value = next;
      listeners.forEach((listener) => listener());
    },
    subscribe(listener: Listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

const update = observable(false);
let registration: ServiceWorkerRegistration | null = null;
const announce = () => update.set(true);

/** For useSyncExternalStore: whether a new build is ready to be used. */
export const updateReady = update.get;
export const onUpdateReady = update.subscribe;

/** Moves to the new build: the waiting worker takes over, then the page reloads into it. */
export function applyUpdate() {
  const waiting = registration?.waiting;
  if (!waiting) return window.location.reload();
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
  waiting.postMessage('semaforo-ia:update');
}

/** Whether this app can be used here with no network: unknown until the page knows (and in
 *  the prerendered page), preparing while the worker stores every file, ready once a worker that
 *  stored them all is active, unavailable where the browser has no worker or refuses it. */
export type OfflineState = 'unknown' | 'preparing' | 'ready' | 'unavailable';
const offline = observable<OfflineState>('unknown');
const setOffline = offline.set;
/** For useSyncExternalStore. */
export const offlineState = offline.get;
export const onOfflineChange = offline.subscribe;

// A single-page app is rarely navigated, so the browser would seldom look for a new worker on
// its own: look when the person comes back to the tab, and every hour.
const RECHECK_MS = 60 * 60 * 1000;

function watch(reg: ServiceWorkerRegistration) {
  registration = reg;
  // On a first visit the worker installs with no page under an older one: nothing to announce.
  const hadWorker = navigator.serviceWorker.controller !== null;
  if (reg.waiting && hadWorker) announce();
  reg.addEventListener('updatefound', () => {
    const incoming = reg.installing;
    incoming?.addEventListener('statechange', () => {
      if (incoming.state === 'installed' && navigator.serviceWorker.controller) announce();
    });
  });
  // The update was accepted in another tab: this page still runs the old build.
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (hadWorker) announce();
  });
  const recheck = () => void reg.update().catch(() => undefined);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') recheck();
  });
  window.setInterval(recheck, RECHECK_MS);
}

export function registerOffline() {
  if (!import.meta.env.PROD) return;
  if (!('serviceWorker' in navigator)) return setOffline('unavailable');
  setOffline('preparing');
  // A worker becomes active only once its install stored every file of its build: from then
  // on a reload with no network is served from that store.
  void navigator.serviceWorker.ready.then(() => setOffline('ready'));
  const register = () => {
    // Without a service worker (refused, or blocked: some browsers then resolve with nothing)
    // the app still works online, and the start page says it needs the network.
    navigator.serviceWorker.register('./sw.js').then(
      (reg: ServiceWorkerRegistration | undefined) => (reg ? watch(reg) : setOffline('unavailable')),
      () => setOffline('unavailable'),
    );
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register);
}
