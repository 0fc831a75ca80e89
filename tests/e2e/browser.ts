// The Debian Chromium driven by playwright-core: test tools may not download browsers here.
import type { run, RunOptions } from 'axe-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    // Without these Chromium keeps trying to reach Google services, which this network refuses.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** One Chromium for the tests of a file, closed after them. */
export function useBrowser() {
  const session = {} as { browser: Browser };
  beforeAll(async () => {
    session.browser = await launch();
  });
  afterAll(async () => {
    await session.browser?.close();
  });
  return session;
}

/** A page that records every request leaving for another origin, and every error the page
 *  reports (script errors, failed hydration, Content-Security-Policy violations). */
export async function openPage(browser: Browser, baseUrl: string, width = 1280, locale = 'es-PE') {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale });
  const page = await context.newPage();
  const foreign: string[] = [];
  const errors: string[] = [];
  const origin = new URL(baseUrl).origin;
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, foreign, errors };
}

/** Waits until the app has taken over the page: the HTML holds the start page in both
 *  languages, and until then a heading may be found twice and buttons are disabled. */
export async function appReady(page: Page) {
  await page.locator('#root > :not([data-prerender]) h1').waitFor();
}

/** The result page's badge. The gallery and compare pages show badges too, so right after a
 *  click there a bare `.badge` may still find theirs, many at once, until the result replaces them. */
export const resultBadge = (page: Page) => page.locator('.no-print-heading ~ .badge');

/** Screenshots are for a person to look at, so they are taken only when asked for
 *  (`E2E_SCREENSHOTS=1`): a full-page picture of every audited page costs CI half a minute. */
export const SCREENSHOTS = process.env.E2E_SCREENSHOTS === '1';
/** Where the browser tests leave what they produce (PDFs, downloads, screenshots) for a person to open. */
export const SCREENSHOT_DIR = 'tests/e2e/screenshots';
mkdirSync(SCREENSHOT_DIR, { recursive: true });

export async function screenshot(target: Page | Locator, name: string) {
  if (!SCREENSHOTS) return;
  const path = `${SCREENSHOT_DIR}/${name}.png`;
  await ('goto' in target ? target.screenshot({ path, fullPage: true }) : target.screenshot({ path }));
}

/** axe with WCAG 2.2 AA plus the enhanced (7:1) contrast rule the Peruvian guide asks for. */
const AXE_OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  rules: { 'color-contrast-enhanced': { enabled: true } },
};
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The page's axe violations, one line each (rule: elements). axe is evaluated through the DevTools
 *  protocol, so the app's Content-Security-Policy (scripts from its own origin only) does not stop it. */
export async function axeViolations(page: Page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate((options) => (window as unknown as { axe: { run: typeof run } }).axe.run(document, options), AXE_OPTIONS);
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
