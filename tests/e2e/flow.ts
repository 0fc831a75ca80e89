// Page-level steps for the browser journeys: what a person sees and clicks.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { questionById } from '../../src/engine';
import { content } from '../../src/questionnaire/content';
import { defaultAnswer } from '../helpers/journey';
import { axeViolations, screenshot } from './browser';

export const byAbout = (about: string) => content.questionnaire.questions.find((q) => q.about === about)!.id;

/** The question on screen, read from its field IDs ("q123" or "q123-0"). */
export async function currentQuestionId(page: Page): Promise<string | null> {
  const field = page.locator('[name="answer"]').first();
  if ((await field.count()) === 0) return null;
  const id = (await field.getAttribute('id')) ?? '';
  return id.replace(/-\d+$/, '');
}

export async function answer(page: Page, questionId: string, value: string) {
  const question = questionById(content, questionId)!;
  if (question.kind === 'text') {
    await page.locator(`#${questionId}`).fill(value);
  } else {
    const input = page.locator(`input[type=radio][value="${value}"]`);
    await page.locator(`label[for="${await input.getAttribute('id')}"]`).click();
  }
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

/** Question pages already audited in this run: each is checked once, in whichever journey
 *  reaches it first, so the journeys stay within their time budget as questions are added. */
const audited = new Set<string>();

/**
 * Answers every question until the review page, using `overrides` where given and the
 * golden defaults elsewhere; returns the question IDs in the order they were shown.
 */
export async function answerAll(page: Page, overrides: Record<string, string>, journey: string | null) {
  const shown: string[] = [];
  for (let step = 0; step < 100; step++) {
    const q = await currentQuestionId(page);
    if (q === null) break;
    shown.push(q);
    // Focus is on the question heading when the page appears.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await answer(page, q, overrides[q] ?? defaultAnswer(q));
    if (journey && !audited.has(q)) {
      audited.add(q);
      await auditPage(page, `${journey}-${String(step + 1).padStart(2, '0')}-question`);
    }
    await page.getByRole('button', { name: /^(Continuar|Continue)$/ }).click();
    await page.waitForFunction((prev) => !document.querySelector(`[id^="${prev}"]`), q);
  }
  return shown;
}
