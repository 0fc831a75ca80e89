// The start page is in the HTML, in the visitor's language, before any of the app's scripts
// arrive; on a first visit the app then takes over those very nodes instead of painting anew.
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './browser';

const baseUrl = inject('baseUrl');
const session = useBrowser();

const VISITORS = [
  { locale: 'es-PE', lang: 'es', title: '¿Qué dice el Reglamento peruano de IA sobre su sistema?', start: 'Empezar' },
  { locale: 'en-US', lang: 'en', title: "What does Peru's AI Regulation say about your system?", start: 'Start' },
];

describe('first paint', () => {
  it.each(VISITORS)('shows the $lang start page while the app scripts are still missing', async ({ locale, lang, title, start }) => {
    const { page, context, errors } = await openPage(session.browser, baseUrl, 412, locale);
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.goto(baseUrl);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    // Only the visitor's copy is shown, and its buttons say they are not ready yet.
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(title);
    expect(await page.getByRole('button', { name: start }).isDisabled()).toBe(true);
    // The page's own inline code runs under its Content-Security-Policy.
    expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
    await context.close();
  });

  it.each(VISITORS)('keeps the prerendered $lang nodes when the app takes over a first visit', async ({ locale, title, start }) => {
    const { page, context, errors } = await openPage(session.browser, baseUrl, 412, locale);
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { prerendered: Element[] }).prerendered = [...document.querySelectorAll('h1, p.lead')];
      });
    });
    await page.goto(baseUrl);
    await page.locator('.button--start:not([disabled])').waitFor();
    const kept = await page.evaluate(() => {
      const before = (window as unknown as { prerendered: Element[] }).prerendered;
      return { copies: before.length, connected: before.filter((el) => el.isConnected).length, h1: document.querySelectorAll('h1').length };
    });
    // Two copies were in the HTML; the visitor's one stayed (and is what the app uses), the other left.
    expect(kept).toEqual({ copies: 4, connected: 2, h1: 1 });
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(title);
    await page.getByRole('button', { name: start }).click();
    await page.locator('form[data-page]').first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('renders afresh, without errors, where a visitor left presenter mode on', async () => {
    const { page, context, errors } = await openPage(session.browser, baseUrl);
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Modo presentación' }).click();
    await page.reload();
    await page.locator('.button--start:not([disabled])').waitFor();
    expect(await page.getByRole('button', { name: 'Modo presentación' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('h1').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
