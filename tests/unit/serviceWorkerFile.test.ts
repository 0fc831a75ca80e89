// The service worker's version must follow the contents of what it precaches: a deploy that
// changes only index.html (its policy, its inline loader) or only a file of public/ has to
// reach returning visitors, and the browser only installs a worker whose bytes changed.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { precacheList, writeServiceWorker } from '../../src/offline/serviceWorkerFile';

let dir: string;
const put = (path: string, text: string) => {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
};
const worker = () => readFileSync(join(dir, 'sw.js'), 'utf8');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'semaforo-sw-'));
  put('index.html', '<meta http-equiv="Content-Security-Policy" content="default-src \'self\'">');
  put('assets/index-abc.js', 'console.log(1)');
  put('assets/index-abc.js.map', '{}');
  put('manifest.webmanifest', '{"name":"Semáforo IA"}');
  put('.htaccess', 'Header set X-Content-Type-Options nosniff');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('service worker file', () => {
  it('precaches every file a page may ask for, but not itself, source maps or hidden files', () => {
    writeServiceWorker(dir);
    expect(precacheList(dir)).toEqual(['assets/index-abc.js', 'index.html', 'manifest.webmanifest']);
    expect(worker()).toContain('const PRECACHE = ["assets/index-abc.js","index.html","manifest.webmanifest"];');
  });

  it('gets a new version when only index.html changes, under the same name', () => {
    const before = writeServiceWorker(dir).version;
    put('index.html', '<meta http-equiv="Content-Security-Policy" content="default-src \'self\'; frame-ancestors \'none\'">');
    const after = writeServiceWorker(dir).version;
    expect(after).not.toBe(before);
    expect(worker()).toContain(`\`\${PREFIX}${after}\``);
  });

  it('gets a new version when only a file of public/ changes', () => {
    const before = writeServiceWorker(dir).version;
    put('manifest.webmanifest', '{"name":"Semáforo IA","short_name":"Semáforo"}');
    expect(writeServiceWorker(dir).version).not.toBe(before);
  });

  it('keeps its version when nothing a page uses changed (a rebuild that changes nothing is no update)', () => {
    const before = writeServiceWorker(dir);
    put('assets/index-abc.js.map', '{"changed":true}');
    const after = writeServiceWorker(dir);
    expect(after.version).toBe(before.version);
    expect(worker()).not.toContain('__BUILD__');
    expect(worker()).not.toContain('__PRECACHE__');
  });
});
