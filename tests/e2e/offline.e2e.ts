// After one visit the app works with the network cut: a whole journey in the other language,
// the gallery, the printed report and the downloads, all from the service worker's cache.
import { execFileSync } from 'node:child_process';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './browser';
import { answerAll } from './flow';

const baseUrl = inject('baseUrl');
const session = useBrowser();
const OUT = 'tests/e2e/screenshots';

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

  it('completes a journey, prints and downloads with no network after the first visit', async () => {
    const { page, context, foreign, errors } = await openPage(session.browser, baseUrl);
    await page.goto(baseUrl);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // The worker takes control of the page; its precache is complete once it is active.
    await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await context.setOffline(true);
    // A same-origin file the worker does not hold can only come from the network, which is gone.
    expect(await page.evaluate(() => fetch(`./not-precached-${Date.now()}.txt`).then(() => 'online', () => 'offline'))).toBe('offline');
    errors.splice(0); // that failed request is the only error expected
    await page.reload();
    await page.getByRole('button', { name: 'Read this page in English' }).click();
    await page.getByRole('button', { name: 'Start' }).click();
    await page.locator('form[data-page]').first().waitFor();
    await answerAll(page, {}, null);
    await page.getByRole('button', { name: 'See the result' }).click();
    await page.locator('.badge').waitFor();
    await page.locator('.draft').first().waitFor();

    await page.pdf({ path: `${OUT}/offline-report.pdf`, format: 'A4' });
    expect(execFileSync('pdftotext', [`${OUT}/offline-report.pdf`, '-'], { encoding: 'utf8' })).toContain('Self-assessment report');
    const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /\(\.docx\)/ }).first().click()]);
    expect(docx.suggestedFilename()).toMatch(/\.docx$/);
    await docx.saveAs(`${OUT}/offline-notice.docx`);

    await page.getByRole('link', { name: 'Examples' }).click();
    await page.getByRole('heading', { level: 1, name: 'Examples for workshops' }).waitFor();
    await page.locator('#ejemplo-triaje-emergencias button').click();
    await page.locator('.badge').waitFor();
    expect(await page.locator('main .badge').first().innerText()).toContain('High risk');
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
