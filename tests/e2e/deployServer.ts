// A static host whose folder can be swapped while it runs: one origin that first serves one
// build and then another, as a returning visitor meets a deploy.
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { withPolicy } from '../../src/prerender/contentSecurityPolicy';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export async function swappableHost(root: string) {
  const site = { root, url: '', close: () => Promise.resolve() };
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname)).replace(/^\/+/, '') || 'index.html';
    try {
      const body = readFileSync(join(site.root, path));
      response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  site.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  site.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return site;
}

/** A copy of a build as the next deploy would make it: every hashed file under a new name (the
 *  old names are gone, as after a real rebuild), `marker` added to the page, the page's policy
 *  computed again. The caller writes the new service worker. */
export function nextBuild(dist: string, marker: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'semaforo-next-'));
  cpSync(dist, dir, { recursive: true });
  const assets = readdirSync(join(dir, 'assets'));
  const renamed = new Map(assets.map((name) => [name, name.replace(/(\.\w+)$/, 'n$1')]));
  const texts = [...assets.filter((n) => /\.(js|css)$/.test(n)).map((n) => join('assets', n)), 'index.html'];
  for (const file of texts) {
    let text = readFileSync(join(dir, file), 'utf8');
    for (const [from, to] of renamed) text = text.replaceAll(from, to);
    // The page's inline loader names the entry chunk: its policy hash is computed again.
    if (file === 'index.html')
      text = withPolicy(text.replace(/\n\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '').replace('</body>', `<!--${marker}--></body>`));
    writeFileSync(join(dir, file), text);
  }
  for (const [from, to] of renamed) renameSync(join(dir, 'assets', from), join(dir, 'assets', to));
  return dir;
}
