// Page-level steps for the browser journeys: what a person sees and clicks. A page of the
// questionnaire is a form (data-page) of rows (data-question), some revealed by answers above.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { questionById } from '../../src/engine';
import { content } from '../../src/questionnaire/content';
import { defaultAnswer } from '../helpers/journey';
import { appReady, axeViolations, screenshot } from './browser';

/** Opens the app at `baseUrl` and presses «Empezar»: the first page of a new assessment. */
export async function begin(page: Page, baseUrl: string) {
  await page.goto(baseUrl);
  await appReady(page);
  await page.getByRole('button', { name: 'Empezar' }).click();
  await page.locator('form[data-page]').waitFor();
}

/** The questionnaire page on screen, or null at the review, the result or elsewhere. */
export async function currentPageId(page: Page): Promise<string | null> {
  const form = page.locator('form[data-page]');
  return (await form.count()) === 0 ? null : form.getAttribute('data-page');
}

/** The rows on screen, in order. */
export const visibleRows = (page: Page): Promise<string[]> =>
  page.locator('[data-question]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-question')!));

/** The first row on screen (the page's first question), or null when no page is shown. */
export async function currentQuestionId(page: Page): Promise<string | null> {
  return (await visibleRows(page))[0] ?? null;
}

/** Whether a row has an answer on screen (a radio checked, or text typed). */
const answered = (page: Page, questionId: string) =>
  page.locator(`[data-question="${questionId}"]`).evaluate((row) => {
    const field = row.querySelector<HTMLInputElement | HTMLTextAreaElement>('input:checked, input[type=text], textarea[name]');
    return field !== null && (field.type === 'radio' || field.value.trim() !== '');
  });

export async function answer(page: Page, questionId: string, value: string) {
  const question = questionById(content, questionId)!;
  const row = page.locator(`[data-question="${questionId}"]`);
  if (question.kind === 'text') {
    await row.locator(`#${questionId}`).fill(value);
  } else {
    const input = row.locator(`input[type=radio][value="${value}"]`);
    await row.locator(`label[for="${await input.getAttribute('id')}"]`).click();
  }
}

/** Answers the rows of the page on screen top to bottom, each as it appears, with `pick`
 *  (rows already answered are left as they are); returns the rows shown. */
export async function answerPage(page: Page, pick: (questionId: string) => string) {
  for (let guard = 0; guard < 50; guard++) {
    // The first unanswered row: rows appear below the one just answered.
    const rows = await visibleRows(page);
    let open: string | undefined;
    for (const id of rows) {
      if (!(await answered(page, id))) {
        open = id;
        break;
      }
    }
    if (open === undefined) return rows;
    await answer(page, open, pick(open));
  }
  throw new Error('A page that never completes');
}

/** Checks a page the way the issue asks: no axe violation, reflow, screenshots at two widths. */
export async function auditPage(page: Page, name: string) {
  expect(await axeViolations(page), name).toEqual([]);
  await page.setViewportSize({ width: 360, height: 800 });
  await screenshot(page, `${name}-360`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} reflows at 360 px`).toBeLessThanOrEqual(360);
  await page.setViewportSize({ width: 1280, height: 900 });
  await screenshot(page, `${name}-1280`);
}

/** Pages already audited in this run: each is checked once, in whichever journey reaches it
 *  first, so the journeys stay within their time budget. */
const audited = new Set<string>();

/** Presses Continue and waits for the next screen. */
export async function continueFrom(page: Page, pageId: string) {
  await page.getByRole('button', { name: /^(Continuar|Continue)$/ }).click();
  await page.waitForFunction((prev) => !document.querySelector(`form[data-page="${prev}"]`), pageId);
}

/**
 * Answers every page until the review page, using `overrides` where given and the golden
 * defaults elsewhere; returns the question IDs in the order they were shown, and the pages.
 */
export async function answerPages(page: Page, overrides: Record<string, string>, journey: string | null) {
  const shown: string[] = [];
  const pages: string[] = [];
  for (let step = 0; step < 30; step++) {
    const pageId = await currentPageId(page);
    if (pageId === null) break;
    pages.push(pageId);
    // Focus is on the page title when the page appears.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    shown.push(...(await answerPage(page, (q) => overrides[q] ?? defaultAnswer(q))));
    if (journey && !audited.has(pageId)) {
      audited.add(pageId);
      await auditPage(page, `${journey}-${String(step + 1).padStart(2, '0')}-${pageId}`);
    }
    await continueFrom(page, pageId);
  }
  return { shown, pages };
}

/** answerPages, returning the questions shown. */
export const answerAll = async (page: Page, overrides: Record<string, string>, journey: string | null) => (await answerPages(page, overrides, journey)).shown;
