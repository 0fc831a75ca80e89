// The browser's Back and Forward through the questionnaire: each screen has its own address,
// history moves like «Atrás» (no answer lost), a reload stays on the screen, and Back from the
// first page returns to the start page (and Forward into the questionnaire again).
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { content } from '../../src/questionnaire/content';
import { defaultAnswer } from '../helpers/journey';
import { openPage, resultBadge, useBrowser } from './browser';
import { answerPage, answerPages, begin, continueFrom, currentPageId, visibleRows } from './flow';

const baseUrl = inject('baseUrl');
const session = useBrowser();

const hash = (page: Page) => page.evaluate(() => window.location.hash);
/** The rows on screen without an answer (no radio checked, no text typed). */
const unanswered = (page: Page) =>
  page.locator('[data-question]').evaluateAll((rows) =>
    rows
      .filter((row) => {
        const field = row.querySelector<HTMLInputElement | HTMLTextAreaElement>('input:checked, input[type=text], textarea');
        return field === null || (field.type !== 'radio' && field.value.trim() === '');
      })
      .map((row) => row.getAttribute('data-question')),
  );

describe('browser history in the questionnaire', () => {
  it('moves back and forward across two pages keeping every answer, stays on a page after a reload, returns to the start from the first page and forward into it again', async () => {
    const { page, context, errors } = await openPage(session.browser, baseUrl);
    await begin(page, baseUrl);
    const first = (await currentPageId(page))!;
    expect(await hash(page)).toBe(`#/evaluar/${first}`);

    await answerPage(page, defaultAnswer);
    await continueFrom(page, first);
    const second = (await currentPageId(page))!;
    expect(await hash(page)).toBe(`#/evaluar/${second}`);
    // Answers given on the second page but not sent: Back keeps them, as «Atrás» does.
    const rows = await answerPage(page, defaultAnswer);

    await page.goBack();
    await expect.poll(() => currentPageId(page)).toBe(first);
    expect(await unanswered(page)).toEqual([]);
    await page.goForward();
    await expect.poll(() => currentPageId(page)).toBe(second);
    expect(await visibleRows(page)).toEqual(rows);
    expect(await unanswered(page)).toEqual([]);

    await page.reload();
    await expect.poll(() => currentPageId(page)).toBe(second);
    expect(await hash(page)).toBe(`#/evaluar/${second}`);
    expect(await unanswered(page)).toEqual([]);

    await page.goBack();
    await expect.poll(() => currentPageId(page)).toBe(first);
    // A change on the first page, not sent: Back to the start page keeps it too.
    const name = page.locator('main input[type="text"]').first();
    await name.fill('Nombre cambiado antes de volver');
    await page.goBack();
    await page.locator('.saved__item').waitFor();
    expect(await page.locator('.saved__item').innerText()).toContain('Nombre cambiado antes de volver');
    expect(await currentPageId(page)).toBeNull();
    expect(await page.locator('.saved__item').count()).toBe(1);
    // Forward again: the same assessment, on its first page, answers and all.
    await page.goForward();
    await expect.poll(() => currentPageId(page)).toBe(first);
    expect(await hash(page)).toBe(`#/evaluar/${first}`);
    expect(await unanswered(page)).toEqual([]);
    expect(await name.inputValue()).toBe('Nombre cambiado antes de volver');
    await continueFrom(page, first);
    expect(await currentPageId(page)).toBe(second);
    expect(await unanswered(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('moves back and forward across the review and the result', async () => {
    const { page, context, errors } = await openPage(session.browser, baseUrl);
    await begin(page, baseUrl);
    const first = (await currentPageId(page))!;
    // An address the answers do not reach yet is refused: the page stays, and its address says so.
    await page.evaluate(() => (window.location.hash = '#/evaluar/revision'));
    await expect.poll(() => hash(page)).toBe(`#/evaluar/${first}`);
    expect(await currentPageId(page)).toBe(first);
    // So is an address under the questionnaire's prefix that names no screen: it never closes
    // the questionnaire.
    for (const typed of ['#/evaluar/', '#/evaluar/start', '#/evaluar/Nada']) {
      await page.evaluate((h) => (window.location.hash = h), typed);
      await expect.poll(() => hash(page)).toBe(`#/evaluar/${first}`);
      expect(await currentPageId(page)).toBe(first);
    }
    const { pages } = await answerPages(page, {}, null);
    const last = pages.at(-1)!;
    await expect.poll(() => hash(page)).toBe('#/evaluar/revision');

    await page.goBack();
    await expect.poll(() => currentPageId(page)).toBe(last);
    expect(await hash(page)).toBe(`#/evaluar/${last}`);
    await page.goForward();
    await expect.poll(() => hash(page)).toBe('#/evaluar/revision');
    await page.getByRole('button', { name: 'Ver el resultado' }).waitFor();
    expect(await currentPageId(page)).toBeNull();

    await page.getByRole('button', { name: 'Ver el resultado' }).click();
    await resultBadge(page).waitFor();
    expect(await hash(page)).toBe('#/evaluar/resultado');
    await page.goBack();
    await page.getByRole('button', { name: 'Ver el resultado' }).waitFor();
    expect(await hash(page)).toBe('#/evaluar/revision');
    await page.goForward();
    await resultBadge(page).waitFor();
    await page.reload();
    await resultBadge(page).waitFor();
    expect(await hash(page)).toBe('#/evaluar/resultado');
    expect(errors).toEqual([]);
    await context.close();
  });
  it('Back from another page returns to the assessment that was open, not one closed before it', async () => {
    const { page, context, errors } = await openPage(session.browser, baseUrl);
    const name = page.locator('main input[type="text"]').first();
    // A, started and left for the saved list; B, started from there.
    await begin(page, baseUrl);
    await name.fill('Evaluación A');
    await page.getByRole('link', { name: 'Mis evaluaciones' }).click();
    await page.locator('.saved__item').waitFor();
    await page.getByRole('button', { name: 'Empezar' }).click();
    await page.locator('form[data-page]').waitFor();
    const first = (await currentPageId(page))!;
    await answerPage(page, defaultAnswer);
    await name.fill('Evaluación B');
    await continueFrom(page, first);
    const second = (await currentPageId(page))!;
    await page.getByRole('link', { name: 'Mapa de decisión' }).click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: /mapa/i }).waitFor();
    await page.goBack();
    await expect.poll(() => currentPageId(page)).toBe(second);
    await page.goBack();
    await expect.poll(() => currentPageId(page)).toBe(first);
    expect(await name.inputValue()).toBe('Evaluación B');
    expect(errors).toEqual([]);
    await context.close();
  });
  it('an address of the questionnaire typed on another page opens that screen when the answers reach it, else the screen saved', async () => {
    const { page, context, errors } = await openPage(session.browser, baseUrl);
    await page.goto(`${baseUrl}#/ejemplos`);
    await page.locator('#ejemplo-chatbot-municipal button').click();
    await resultBadge(page).waitFor();
    const methodology = async () => {
      await page.getByRole('navigation').getByRole('link', { name: 'Metodología' }).click();
      await page.getByRole('heading', { level: 1, name: /Metodología/ }).waitFor();
    };
    // A complete example reaches the review and its first page.
    await methodology();
    await page.evaluate(() => (window.location.hash = '#/evaluar/revision'));
    await page.getByRole('button', { name: 'Ver el resultado' }).waitFor();
    expect(await hash(page)).toBe('#/evaluar/revision');
    await methodology();
    const first = content.questionnaire.pages[0]!.id;
    await page.evaluate((h) => (window.location.hash = h), `#/evaluar/${first}`);
    await expect.poll(() => currentPageId(page)).toBe(first);
    expect(await hash(page)).toBe(`#/evaluar/${first}`);
    // A screen that does not exist is refused: the assessment opens where it was left.
    await methodology();
    await page.evaluate(() => (window.location.hash = '#/evaluar/nada'));
    await expect.poll(() => hash(page)).toBe(`#/evaluar/${first}`);
    expect(await currentPageId(page)).toBe(first);
    expect(errors).toEqual([]);
    await context.close();
  });
});
