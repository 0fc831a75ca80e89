// Build step: writes dist/sw.js with the exact list of files to precache (every file of the
// build: all chunks, both languages, the document generators, index.html and public/) and a
// version that is a hash of their contents. Run last (src/prerender/prerender.tsx), once
// index.html holds the prerendered page and its Content-Security-Policy: a deploy that changes
// only the page, its policy or a file of public/ is a new worker, and returning visitors get it.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const TEMPLATE = 'src/offline/sw.js';

/** Every file a page of the build may ask for, as paths relative to `dir`: not the worker
 *  itself, not source maps, not hidden files (a host's .htaccess, which it refuses to serve). */
export function precacheList(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => path !== 'sw.js' && !path.endsWith('.map') && !path.split('/').some((part) => part.startsWith('.')))
    .sort();
}

/** A hash of the worker's code and of every listed file's name and contents. */
export function buildVersion(dir: string, files: readonly string[], template: string): string {
  const hash = createHash('sha256').update(template);
  for (const file of files)
    hash.update(`\0${file}\0`).update(
      createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex'),
    );
  return hash.digest('hex').slice(0, 16);
}

export function writeServiceWorker(dir: string): { version: string; files: string[] } {
  const template = readFileSync(TEMPLATE, 'utf8');
  const files = precacheList(dir);
  const version = buildVersion(dir, files, template);
  writeFileSync(join(dir, 'sw.js'), template.replace('__BUILD__', version).replace('__PRECACHE__', JSON.stringify(files)));
  return { version, files };
}
