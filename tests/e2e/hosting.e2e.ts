// The nginx configuration shipped in deploy/, run by the real nginx (Debian's, installed by
// `npm run browser:install`) over dist/: it sends the promised headers, and the app loads and
// starts under them with no Content-Security-Policy violation.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverPolicy } from '../../src/prerender/serverPolicy';
import { appReady, openPage, useBrowser } from './browser';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
// nginx runs for this file only; past this it is killed whatever happens.
const NGINX_BUDGET_MS = 60_000;
const session = useBrowser();
let nginx: ChildProcess | undefined;
let dir: string;
let base: string;

const freePort = () =>
  new Promise<number>((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });

beforeAll(async () => {
  const port = await freePort();
  dir = mkdtempSync(join(tmpdir(), 'semaforo-nginx-'));
  // The shipped server block as a host would use it, on a loopback port over this dist/.
  const site = readFileSync('deploy/nginx.conf', 'utf8')
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
    .replace(/root [^;]+;/, `root ${resolve('dist')};`);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${dir}/${t};`).join('\n  ');
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off;\nmaster_process off;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nevents {}\nhttp {\n  include /etc/nginx/mime.types;\n  default_type application/octet-stream;\n  access_log off;\n  ${temp}\n${site}\n}\n`,
  );
  nginx = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'ignore', timeout: NGINX_BUDGET_MS, killSignal: 'SIGKILL' });
  base = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    const up = await fetch(base).then(
      () => true,
      () => false,
    );
    if (up) break;
    if (nginx.exitCode !== null || Date.now() > deadline) throw new Error(`nginx did not start: ${readFileSync(join(dir, 'error.log'), 'utf8')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
});

afterAll(() => {
  nginx?.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

describe('hosting on nginx with deploy/nginx.conf', () => {
  it('sends the security and cache headers', async () => {
    const page = await fetch(base);
    expect(page.headers.get('content-security-policy')).toBe(serverPolicy());
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    // The page's own policy still carries the hashes of its inline code.
    expect(await page.text()).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-/);

    const worker = await fetch(`${base}sw.js`);
    expect(worker.headers.get('cache-control')).toBe('no-cache');
    expect(worker.headers.get('content-type')).toMatch(/javascript/);
    const asset = (readFileSync('dist/sw.js', 'utf8').match(/"(assets\/[^"]+\.js)"/) ?? [])[1];
    const hashed = await fetch(`${base}${asset}`);
    expect(hashed.status).toBe(200);
    expect(hashed.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(hashed.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await fetch(`${base}manifest.webmanifest`)).headers.get('content-type')).toBe('application/manifest+json');
    const missing = await fetch(`${base}nothing-here.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(serverPolicy());
  });

  it('serves the app, which starts with no policy violation', async () => {
    const { page, context, foreign, errors } = await openPage(session.browser, base);
    await page.goto(base);
    await appReady(page);
    await page.getByRole('button', { name: 'Empezar' }).click();
    await page.locator('form[data-page]').waitFor();
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
