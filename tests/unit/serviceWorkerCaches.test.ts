// Which caches a new service worker deletes when it activates (issue 12, item 7): never the one
// a page still running the previous build loads its files from, even when a deploy in between
// installed a worker that never activated. The worker's code runs here against an in-memory
// Cache Storage, with the pages that are open.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const source = readFileSync('src/offline/sw.js', 'utf8');

function cacheStorage() {
  const stores = new Map<string, Map<string, string>>();
  const open = async (name: string) => {
    if (!stores.has(name)) stores.set(name, new Map());
    const entries = stores.get(name)!;
    return {
      addAll: async () => {},
      match: async (key: string) => (entries.has(key) ? new Response(entries.get(key)) : undefined),
      put: async (key: string, response: Response) => void entries.set(key, await response.text()),
    };
  };
  return {
    names: () => [...stores.keys()].filter((k) => k.startsWith('semaforo-ia-')),
    api: { open, keys: async () => [...stores.keys()], delete: async (name: string) => stores.delete(name), match: async () => undefined },
  };
}

/** A worker of `build`; `pages` are the windows open when it runs. */
function worker(caches: ReturnType<typeof cacheStorage>, build: string, pages: string[]) {
  const handlers: Record<string, (event: unknown) => void> = {};
  const self = {
    addEventListener: (type: string, handler: (event: unknown) => void) => (handlers[type] = handler),
    skipWaiting: async () => {},
    clients: { matchAll: async () => pages, claim: async () => {} },
    registration: { scope: 'http://127.0.0.1/' },
    location: { origin: 'http://127.0.0.1' },
  };
  new Function('self', 'caches', source.replace('__BUILD__', build).replace('__PRECACHE__', '[]'))(self, caches.api);
  const run = async (type: string) => {
    let done: Promise<unknown> = Promise.resolve();
    handlers[type]!({ waitUntil: (p: Promise<unknown>) => (done = p), data: null });
    await done;
  };
  return { install: () => run('install'), activate: () => run('activate') };
}

describe('service worker caches on activation', () => {
  it('keep the build a page still runs when a deploy in between never activated', async () => {
    const caches = cacheStorage();
    const first = worker(caches, 'b1', ['X']);
    await first.install();
    await first.activate();
    // Build 2 installs and waits (tab X is open); build 3 replaces it before anyone accepts.
    await worker(caches, 'b2', ['X']).install();
    const third = worker(caches, 'b3', ['X', 'Y']);
    await third.install();
    // The person accepts the update in tab Y; tab X still runs build 1.
    await third.activate();
    expect(caches.names()).toEqual(['semaforo-ia-b1', 'semaforo-ia-b3']);
  });

  it('keep only the new build once no page is open', async () => {
    const caches = cacheStorage();
    const first = worker(caches, 'b1', []);
    await first.install();
    await first.activate();
    const second = worker(caches, 'b2', []);
    await second.install();
    await second.activate();
    expect(caches.names()).toEqual(['semaforo-ia-b2']);
  });
});
