// After one visit the app works with the network cut: a whole journey in the other language,
// the gallery, the printed report and the downloads, all from the service worker's cache.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { appReady, openPage, resultBadge, SCREENSHOT_DIR, useBrowser } from './browser';
import { nextBuild, swappableHost } from './deployServer';
import { answerAll, answerPage, continueFrom, currentPageId } from './flow';
import { writeServiceWorker } from '../../src/offline/serviceWorkerFile';
import { defaultAnswer } from '../helpers/journey';

const baseUrl = inject('baseUrl');
const session = useBrowser();

describe('offline', () => {
  it('serves the prerendered start page before any script runs', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false, locale: 'es-PE' });
    const page = await context.newPage();
    await page.goto(baseUrl);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('¿Qué dice el Reglamento peruano de IA sobre su sistema?');
    expect(await page.locator('body').innerText()).toContain('No es asesoría legal');
    // Until the app takes over, its buttons say so rather than ignoring a tap.
    expect(await page.getByRole('button', { name: 'Empezar' }).isDisabled()).toBe(true);
    await context.close();
  });

  it('says on the start page when the app cannot be stored for use with no network', async () => {
    const { page, context } = await openPage(session.browser, baseUrl);
    // A worker that cannot be fetched (a proxy that blocks it, say) is never installed.
    await context.route('**/sw.js', (route) => route.abort());
    await page.goto(baseUrl);
    await expect
      .poll(() => page.locator('.offline-status').innerText())
      .toBe('Este navegador no guarda la aplicación para usarla sin conexión: hace falta red.');
    await context.close();
  });

  it('completes a journey, prints and downloads with no network after the first visit', async () => {
    const { page, context, foreign, errors } = await openPage(session.browser, baseUrl);
    await page.goto(baseUrl);
    // A trainer checks before leaving for the room: the start page says when it is ready.
    const status = page.locator('.offline-status');
    await expect.poll(() => status.innerText()).toBe('Listo para usar sin conexión: en este navegador, la aplicación funciona aunque no haya red.');
    // The worker takes control of the page; its precache is complete once it is active.
    await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await context.setOffline(true);
    // A same-origin file the worker does not hold can only come from the network, which is gone.
    expect(
      await page.evaluate(() =>
        fetch(`./not-precached-${Date.now()}.txt`).then(
          () => 'online',
          () => 'offline',
        ),
      ),
    ).toBe('offline');
    errors.splice(0); // that failed request is the only error expected
    await page.reload();
    await expect.poll(() => status.innerText()).toContain('Listo para usar sin conexión');
    await page.getByRole('button', { name: 'Read this page in English' }).click();
    await page.getByRole('button', { name: 'Start' }).click();
    await page.locator('form[data-page]').first().waitFor();
    await answerAll(page, {}, null);
    await page.getByRole('button', { name: 'See the result' }).click();
    await resultBadge(page).waitFor();
    await page.locator('.draft').first().waitFor();

    await page.pdf({ path: `${SCREENSHOT_DIR}/offline-report.pdf`, format: 'A4' });
    expect(execFileSync('pdftotext', [`${SCREENSHOT_DIR}/offline-report.pdf`, '-'], { encoding: 'utf8' })).toContain('Self-assessment report');
    const [docx] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('button', { name: /\(\.docx\)/ })
        .first()
        .click(),
    ]);
    expect(docx.suggestedFilename()).toMatch(/\.docx$/);
    await docx.saveAs(`${SCREENSHOT_DIR}/offline-notice.docx`);

    await page.getByRole('link', { name: 'Examples' }).click();
    await page.getByRole('heading', { level: 1, name: 'Examples for workshops' }).waitFor();
    await page.locator('#ejemplo-triaje-emergencias button').click();
    await resultBadge(page).waitFor();
    expect(await page.locator('main .badge').first().innerText()).toContain('High risk');
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a deploy over a returning visitor keeps the old build working and offers the update', async () => {
    const site = await swappableHost('dist');
    const next = nextBuild('dist', 'build B');
    writeServiceWorker(next);
    const { page, context, foreign, errors } = await openPage(session.browser, site.url);
    try {
      await page.goto(site.url);
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      await page.reload();
      const oldCache = await page.evaluate(() => caches.keys().then((keys) => keys.join()));
      // A first visit installs the worker with nothing to update.
      expect(await page.getByRole('button', { name: 'Actualizar' }).count()).toBe(0);

      // The deploy, then the visitor comes back: the page is the old build, from the cache, and
      // the browser finds the new worker. Once that worker has installed, the old build keeps working.
      site.root = next;
      await page.reload();
      await appReady(page);
      const settled = (old: string) =>
        page.evaluate(async (old) => {
          const reg = await navigator.serviceWorker.getRegistration();
          if (!reg || reg.installing) return false;
          // Either the new worker took over (and dropped the old files), or it waits: a worker
          // that still waits half a second after installing is not about to take over.
          if (!(await caches.has(old))) return true;
          if (!reg.waiting) return false;
          await new Promise((resolve) => setTimeout(resolve, 500));
          return reg.waiting !== null && (await caches.has(old));
        }, old);
      await expect.poll(() => settled(oldCache), { timeout: 20_000 }).toBe(true);
      await page.getByRole('button', { name: 'Empezar' }).click();
      // The questionnaire is a chunk of the old build, loaded only now.
      await page.locator('form[data-page], [role="alert"]').first().waitFor();
      const first = await currentPageId(page);
      expect(first, await page.locator('main').innerText()).not.toBeNull();
      await answerPage(page, defaultAnswer);
      await continueFrom(page, first!);
      const second = await currentPageId(page);
      expect(second).not.toBe(first);

      // The visitor is told, and takes the update when they choose: the page reloads into the
      // new build, on the question they were at (every answer is saved as it is given).
      await page.getByRole('button', { name: 'Actualizar' }).click();
      await page.waitForFunction(() => document.documentElement.innerHTML.includes('<!--build B-->'));
      await page.locator(`form[data-page="${second}"]`).waitFor();
      expect(foreign).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await site.close();
      rmSync(next, { recursive: true, force: true });
    }
  });

  it('says so when an on-demand load fails, and loads it on retry', async () => {
    // No worker here: each file comes from the network, where the test cuts it until the retry
    // (a lazy chunk may be asked for twice, as a preload and as the import itself).
    const context = await session.browser.newContext({ locale: 'es-PE', serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const cut = async (file: RegExp) => {
      let down = true;
      await page.route(file, (route) => (down ? route.abort() : route.continue()));
      return () => {
        down = false;
      };
    };
    await page.goto(`${baseUrl}#/ejemplos`);
    await page.locator('#ejemplo-triaje-emergencias button').click();
    await page.locator('.draft').first().waitFor();

    // The drafts in English: their texts are fetched when asked for.
    let restore = await cut(/\/assets\/(documents|questionnaire|results)-[^/]+\.js$/);
    await page.getByLabel('Idioma de los borradores').selectOption('en');
    await page.getByRole('alert').filter({ hasText: 'No se pudieron cargar los textos en inglés.' }).waitFor();
    restore();
    await page.getByRole('button', { name: 'Volver a intentar' }).click();
    await page.locator('.draft[lang="en"]').first().waitFor();

    // The .docx generator.
    restore = await cut(/\/assets\/docx-[^/]+\.js$/);
    await page
      .getByRole('button', { name: /\(\.docx\)/ })
      .first()
      .click();
    await page.getByRole('alert').filter({ hasText: 'No se pudo cargar el generador de documentos Word.' }).waitFor();
    restore();
    const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Volver a intentar' }).click()]);
    expect(docx.suggestedFilename()).toMatch(/-en\.docx$/);

    // The page's own texts in English.
    restore = await cut(/\/assets\/ui-[^/]+\.js$/);
    await page.getByRole('button', { name: 'Read this page in English' }).click();
    await page.getByRole('alert').filter({ hasText: 'No se pudieron cargar los textos en inglés.' }).waitFor();
    restore();
    await page.getByRole('button', { name: 'Volver a intentar' }).click();
    await page.getByRole('link', { name: 'Examples' }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
