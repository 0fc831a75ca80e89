// Registers the service worker of the production build once the page has loaded, so the
// precache never competes with the first paint. The app's scripts themselves start after the
// first paint, often after the page's load event.
export function registerOffline() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register('./sw.js').catch(() => {
      // Without a service worker the app still works online; nothing to tell the user.
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register);
}
