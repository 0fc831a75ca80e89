// Service worker: after the first visit the whole app (both languages, the gallery, the
// document generators) works with no network. Only same-origin files are cached, all of
// them listed at build time; nothing is ever sent anywhere. The build replaces the two
// placeholders below (src/offline/serviceWorkerFile.ts): the version is a hash of every
// listed file's contents, so any change to any file, index.html and public/ included, is a
// new worker that browsers pick up.
const PREFIX = 'semaforo-ia-';
const CACHE = `${PREFIX}__BUILD__`;
const PRECACHE = __PRECACHE__;

// A new build waits while pages of the old one are open: those pages still load their files
// (the questionnaire, the other language, the .docx generator) from the old cache. The page
// tells the person an update is ready and sends this message when they accept it.
self.addEventListener('message', (event) => {
  if (event.data === 'semaforo-ia:update') void self.skipWaiting();
});

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

// Older builds' caches go once no page can be using them. When the update was accepted in one
// tab, another tab may still run the build that was active until now, so with pages open that
// build's cache stays (and every other goes): at most two builds are ever stored. A build that
// installed but never activated (a newer deploy replaced it while it waited) serves no page.
// Which build was active is written down at each activation, in a cache outside the prefix;
// a worker of before this note keeps the newest older cache, as it did.
const ACTIVE = 'semaforo-ia:active';
const ACTIVE_KEY = 'active-build';
async function dropOldCaches() {
  const note = await caches.open(ACTIVE);
  const previous = await note.match(ACTIVE_KEY).then((hit) => (hit ? hit.text() : null));
  const old = (await caches.keys()).filter((k) => k.startsWith(PREFIX) && k !== CACHE);
  const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const inUse = previous ?? old.at(-1);
  const doomed = pages.length === 0 ? old : old.filter((k) => k !== inUse);
  await Promise.all(doomed.map((k) => caches.delete(k)));
  await note.put(ACTIVE_KEY, new Response(CACHE));
}

self.addEventListener('activate', (event) => {
  event.waitUntil(dropOldCaches().then(() => self.clients.claim()));
});

// Cache first: on a bad connection the cached app answers at once. A page opens this build's
// index.html; a file of an older build, asked for by a page still running it, comes from the
// older cache it was kept in. Vary is ignored: the cached copies were fetched without the
// Origin header that module scripts send.
const MATCH = { ignoreSearch: true, ignoreVary: true };
async function respond(request) {
  if (request.mode === 'navigate') {
    const page = await caches.open(CACHE).then((cache) => cache.match(new URL('index.html', self.registration.scope).href, MATCH));
    return page ?? fetch(request);
  }
  const own = await caches.open(CACHE).then((cache) => cache.match(request, MATCH));
  return own ?? (await caches.match(request, MATCH)) ?? fetch(request);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(respond(request));
});
