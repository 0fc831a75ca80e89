import { describe, expect, inject, it } from 'vitest';
import { appReady, axeViolations, openPage, screenshot, useBrowser } from './browser';

const baseUrl = inject('baseUrl');
const session = useBrowser();

describe('start page in Chromium', () => {
  it.each([360, 1280])('shows Spanish first and switches to English at %i px, with nothing loaded from elsewhere', async (width) => {
    const { page, foreign, context, errors } = await openPage(session.browser, baseUrl, width);
    await page.goto(baseUrl);
    await expect.poll(() => page.locator('h1').textContent()).toBe('¿Qué dice el Reglamento peruano de IA sobre su sistema?');
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    // The line above every page, then the full notice under «Empezar».
    expect(await page.getByRole('note').allTextContents()).toEqual([
      'Autoevaluación orientativa: no es asesoría legal ni opinión de la SGTD.',
      'Esta es una autoevaluación orientativa. No es asesoría legal ni una opinión de la Secretaría de Gobierno y Transformación Digital (SGTD) de la PCM.',
    ]);
    expect(await axeViolations(page)).toEqual([]);
    // Reflow: nothing wider than the viewport.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await screenshot(page, `start-es-${width}`);

    await page.getByRole('button', { name: 'Read this page in English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe("What does Peru's AI Regulation say about your system?");
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `start-en-${width}`);

    // The choice is remembered locally.
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe("What does Peru's AI Regulation say about your system?");
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('loads the English texts only when English is chosen', async () => {
    const { page, context } = await openPage(session.browser, baseUrl);
    const scripts: string[] = [];
    page.on('request', (r) => scripts.push(r.url()));
    await page.goto(baseUrl);
    await appReady(page);
    const before = scripts.length;
    expect(scripts.some((u) => /\/ui-[\w-]+\.js$/.test(u))).toBe(false);
    await page.getByRole('button', { name: 'Read this page in English' }).click();
    await expect.poll(() => scripts.slice(before).some((u) => /\/ui-[\w-]+\.js$/.test(u))).toBe(true);
    await context.close();
  });

  it('ships a Content-Security-Policy that allows only its own origin', async () => {
    const { page, context } = await openPage(session.browser, baseUrl);
    await page.goto(baseUrl);
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    await context.close();
  });
});
