// Registers the service worker of the production build once the page has loaded, so the
// precache never competes with the first paint.
export function registerOffline() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch(() => {
      // Without a service worker the app still works online; nothing to tell the user.
    });
  });
}
