// Navigation a person expects on a phone (issue 13, item 5): «Empezar» on the first screen,
// progress in screens, answered screens one click away, «Mis evaluaciones» from every page and
// the disclaimer in one line above a question page.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { defaultAnswer } from '../helpers/journey';
import { appReady, axeViolations, openPage, useBrowser } from './browser';
import { answer, answerPage, begin, continueFrom, currentPageId } from './flow';

const baseUrl = inject('baseUrl');
const session = useBrowser();

const progress = (page: Page) => page.locator('.progress__now').innerText();

describe('navigation on a phone', () => {
  it.each([
    [360, 740, 'es', 'Empezar'],
    [360, 740, 'en', 'Start'],
    [1280, 720, 'es', 'Empezar'],
  ])('shows «Empezar» on the first screen at %i×%i (%s), then what to have at hand', async (width, height, lang, label) => {
    const { page, context } = await openPage(session.browser, baseUrl, width, lang === 'es' ? 'es-PE' : 'en-GB');
    await page.setViewportSize({ width, height });
    await page.goto(baseUrl);
    await appReady(page);
    const box = (await page.getByRole('button', { name: label }).boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(height);
    await page.getByRole('heading', { level: 2, name: lang === 'es' ? 'Antes de empezar' : 'Before you start' }).waitFor();
    expect(await page.locator('main').innerText()).toContain(lang === 'es' ? 'ventas anuales en UIT' : 'annual sales in UIT');
    await context.close();
  });

  it('counts screens, lowering the total as answers rule pages out', async () => {
    const { page, context } = await openPage(session.browser, baseUrl, 360);
    await begin(page, baseUrl);
    expect(await progress(page)).toContain('Pantalla 1 de 10');
    // Not an AI system (art. 6 j.): only this page and the review are left.
    await answer(page, 'qdy8', 'no');
    await expect.poll(() => progress(page)).toContain('Pantalla 1 de 2');
    await answer(page, 'qdy8', 'si');
    await expect.poll(() => progress(page)).toContain('Pantalla 1 de 10');
    await answerPage(page, defaultAnswer);
    await continueFrom(page, 'sistema');
    expect(await progress(page)).toContain('Pantalla 2 de 10');
    await context.close();
  });

  it('opens an answered screen from the list, keeping the answers given on the page left', async () => {
    const { page, context } = await openPage(session.browser, baseUrl, 360);
    await begin(page, baseUrl);
    await answerPage(page, defaultAnswer);
    await continueFrom(page, 'sistema');
    await answer(page, 'q8q8', 'no');
    await page.getByText('Ver las pantallas').click();
    expect(await axeViolations(page)).toEqual([]);
    const list = page.locator('.progress__list');
    // Only the answered screen is a button; the current one is marked, the rest are text.
    expect(await list.getByRole('button').allTextContents()).toEqual(['✓ El sistema y el ámbito del Reglamento (respondida, abrir)']);
    expect(await list.locator('[aria-current="step"]').innerText()).toContain('¿El sistema hace alguna de estas cosas?');
    await list.getByRole('button', { name: /El sistema y el ámbito del Reglamento/ }).click();
    await expect.poll(() => currentPageId(page)).toBe('sistema');
    expect(await page.evaluate(() => window.location.hash)).toBe('#/evaluar/sistema');
    expect(await page.locator('#qctd').inputValue()).not.toBe('');
    await continueFrom(page, 'sistema');
    expect(await page.locator('[data-question="q8q8"] input[value="no"]').isChecked()).toBe(true);
    await context.close();
  });

  it('reaches «Mis evaluaciones» from a question page in one click, with focus on the saved list', async () => {
    const { page, context } = await openPage(session.browser, baseUrl, 360);
    await begin(page, baseUrl);
    await answerPage(page, (q) => (q === 'qctd' ? 'Chatbot de la mesa de partes' : defaultAnswer(q)));
    await continueFrom(page, 'sistema');
    // The disclaimer line is one line on a wide screen, and says it all on every page.
    const note = page.getByRole('note');
    expect(await note.innerText()).toBe('Autoevaluación orientativa: no es asesoría legal ni opinión de la SGTD.');
    await page.setViewportSize({ width: 1280, height: 720 });
    const lines = await note.evaluate((el) =>
      Math.round((el.clientHeight - 2 * parseFloat(getComputedStyle(el).paddingTop)) / parseFloat(getComputedStyle(el).lineHeight)),
    );
    expect(lines).toBe(1);
    await page.setViewportSize({ width: 360, height: 740 });

    await page.getByRole('link', { name: 'Mis evaluaciones' }).click();
    const heading = page.getByRole('heading', { level: 2, name: 'Sus evaluaciones guardadas en este navegador' });
    await heading.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('saved');
    expect(await heading.isVisible()).toBe(true);
    expect(await page.locator('.saved').innerText()).toContain('Chatbot de la mesa de partes');
    expect(await page.evaluate(() => window.location.hash)).toBe('#/evaluaciones');
    expect(await axeViolations(page)).toEqual([]);

    // From another page too, without reopening the assessment.
    await page.getByRole('link', { name: 'Ejemplos' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ejemplos para talleres' }).waitFor();
    await page.getByRole('link', { name: 'Mis evaluaciones' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('saved');
    expect(await page.locator('form[data-page]').count()).toBe(0);
    await context.close();
  });
});
