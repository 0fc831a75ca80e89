// Writes the service worker at build time with the exact list of files to precache: every
// file of the build (all chunks, both languages, the document generators) and every file of
// public/. The cache name changes with that list, so a new build replaces the old cache.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export function precachePlugin(): Plugin {
  return {
    name: 'semaforo-precache',
    apply: 'build',
    // After the bundle is written, when the HTML page is part of it.
    writeBundle(options, bundle) {
      // The server-side prerender build has no page: nothing to cache there.
      if (!bundle['index.html']) return;
      const files = [...Object.keys(bundle), ...readdirSync('public')].filter((f) => !f.endsWith('.map')).sort();
      const build = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
      const source = readFileSync('src/offline/sw.js', 'utf8').replace('__BUILD__', build).replace('__PRECACHE__', JSON.stringify(files));
      writeFileSync(join(options.dir ?? 'dist', 'sw.js'), source);
    },
  };
}
