// Service worker: after the first visit the whole app (both languages, the gallery, the
// document generators) works with no network. Only same-origin files are cached, all of
// them listed at build time; nothing is ever sent anywhere. The build replaces the two
// placeholders below (src/offline/precachePlugin.ts).
const CACHE = 'semaforo-ia-__BUILD__';
const PRECACHE = __PRECACHE__;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('semaforo-ia-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// Cache first: on a bad connection the cached app answers at once. A new build is picked up
// when the browser re-checks this file, which it does on every visit. Vary is ignored: the
// cached copies were fetched without the Origin header that module scripts send.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  const key = request.mode === 'navigate' ? new URL('index.html', self.registration.scope).href : request;
  event.respondWith(caches.match(key, { ignoreSearch: true, ignoreVary: true }).then((hit) => hit || fetch(request)));
});
