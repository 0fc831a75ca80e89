// Measures the JavaScript the start page loads before anything is clicked (the entry script
// and what it preloads, which the page's loader names, plus the page's inline scripts),
// gzip-compressed, and fails above the budget of issue #3.
// Run after `vite build`: npm run budget
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { inlineCode } from '../../src/prerender/contentSecurityPolicy';

const BUDGET_KIB = 150;
const dist = 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
// The loader's call: (entry, preloads, files for a visitor who resumes). A first visit loads the
// first two; the third is asked for only when this browser holds an assessment to resume.
const call = /\}\)\(("[^"]+"), (\[[^\]]*\]), (\{.*?\})\);/.exec(html);
const initial = call ? [JSON.parse(call[1]!) as string, ...(JSON.parse(call[2]!) as string[])].map((href) => href.replace(/^\.\//, '')) : [];
const inline = inlineCode(html, 'script');
if (initial.length === 0) {
  console.error('bundle-size: no loader call found in dist/index.html (see firstPaintPlugin)');
  process.exit(1);
}
const gzipKiB = (code: string | Buffer) => gzipSync(code, { level: 9 }).length / 1024;
const kib = (path: string) => gzipKiB(readFileSync(join(dist, path)));
const fmt = (n: number) => `${n.toFixed(1)} KiB`;

let total = 0;
for (const [i, code] of inline.entries()) {
  const size = gzipKiB(code);
  total += size;
  console.log(`initial  ${fmt(size).padStart(10)}  inline script ${i + 1}`);
}
for (const file of initial) {
  const size = kib(file);
  total += size;
  console.log(`initial  ${fmt(size).padStart(10)}  ${file}`);
}
const lazy = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js') && !initial.includes(`assets/${f}`));
for (const f of lazy) console.log(`on demand ${fmt(kib(`assets/${f}`)).padStart(9)}  assets/${f}`);
console.log(`Start page initial JavaScript: ${fmt(total)} gzip (budget ${BUDGET_KIB} KiB)`);

// Every file a chunk names for preloading must exist: a missing one fails the lazy load
// offline and on hosts that answer 404 (the inlined entry stylesheet once was such a file).
const missing = readdirSync(join(dist, 'assets'))
  .filter((f) => f.endsWith('.js'))
  .flatMap((f) => [...readFileSync(join(dist, 'assets', f), 'utf8').matchAll(/"\.\/([\w.-]+\.(?:js|css))"/g)].map((m) => m[1]!))
  .filter((name) => !existsSync(join(dist, 'assets', name)));
if (missing.length) {
  console.error(`bundle-size: chunks name files the build does not have: ${[...new Set(missing)].join(', ')}`);
  process.exit(1);
}
if (total > BUDGET_KIB) {
  console.error(`bundle-size: over budget by ${fmt(total - BUDGET_KIB)}`);
  process.exit(1);
}
