// The decision map as a trainer projects and prints it: the diagram drawn from the data with
// the open example's path marked by line and text (not colour alone), zoomed by buttons and
// keys, accessible, in presenter mode at 1280×720, and printed landscape with its numbers.
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { content } from '../../src/questionnaire/content';
import { Q } from '../helpers/questions';
import { axeViolations, openPage, resultBadge, screenshot, SCREENSHOT_DIR, useBrowser } from './browser';

const baseUrl = inject('baseUrl');
const session = useBrowser();
const { questionnaire } = content;

async function openMapWithFintech(page: Page) {
  await page.goto(`${baseUrl}#/ejemplos`);
  await page.locator('#ejemplo-puntaje-credito-fintech button').click();
  await resultBadge(page).waitFor();
  await page.getByRole('link', { name: 'Mapa de decisión' }).click();
  await page.getByRole('heading', { level: 1, name: 'Mapa de decisión' }).waitFor();
  await page.locator('.map-diagram__svg').waitFor();
}

const svgWidth = (page: Page) => page.locator('.map-diagram__svg').evaluate((el) => el.getBoundingClientRect().width);

describe('decision map diagram', () => {
  it('draws every question, rule and outcome, with the fintech path marked by line weight, a double line and ✓', async () => {
    const { page, context, errors } = await openPage(session.browser, baseUrl);
    await openMapWithFintech(page);
    const boxes = page.locator('.map-diagram__svg [data-node]');
    // Questions, rules, the one named condition (in_scope) and the five outcomes.
    expect(await boxes.count()).toBe(questionnaire.questions.length + questionnaire.rules.length + 1 + 5);
    // The fintech scores credit: its credit question, the credit rule (24.1 g)) and «Riesgo alto»
    // are on the path, each with its ✓ in text.
    const credit = questionnaire.rules.find((r) => JSON.stringify(r.when).includes(Q.creditScoring))!;
    for (const id of [Q.creditScoring, credit.id, 'out:riesgo_alto']) {
      const box = page.locator(`.map-diagram__svg [data-node="${id}"]`);
      expect(await box.getAttribute('class'), id).toContain('map-box--path');
      expect(await box.textContent(), id).toContain('✓');
    }
    expect(await page.locator('[data-node="out:uso_indebido"]').getAttribute('class')).not.toContain('map-box--path');
    // The path edge is a heavier line with a second line inside it, not only another colour.
    const onPath = page.locator(`[data-edge="leadsTo:${credit.id}>out:riesgo_alto"]`);
    expect(await onPath.getAttribute('class')).toContain('map-edge--path');
    expect(await onPath.locator('path').count()).toBe(2);
    const strokeOf = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).strokeWidth));
    expect(await strokeOf('.map-edge--path .map-edge__line')).toBeGreaterThanOrEqual(3 * (await strokeOf('.map-edge:not(.map-edge--path) .map-edge__line')));
    // One image to a screen reader, described with the path in words.
    expect(await page.locator('.map-diagram__svg').getAttribute('role')).toBe('img');
    expect(await page.locator('#map-diagram-desc').textContent()).toContain('resultado: Riesgo alto');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'map-diagram-es');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('zooms by buttons and keys, and leads to the map in text', async () => {
    const { page, context } = await openPage(session.browser, baseUrl);
    await openMapWithFintech(page);
    const fitted = await svgWidth(page);
    await page.getByRole('button', { name: 'Acercar el diagrama' }).click();
    await expect.poll(() => svgWidth(page)).toBeGreaterThan(fitted * 1.2);
    expect(await page.locator('.map-diagram__level').textContent()).toMatch(/Tamaño: \d+ %/);
    // The viewport scrolls once the drawing is larger than it.
    const viewport = page.getByRole('region', { name: /Diagrama del mapa de decisión/ });
    expect(await viewport.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await viewport.focus();
    const zoomed = await svgWidth(page);
    await page.keyboard.press('+');
    await expect.poll(() => svgWidth(page)).toBeGreaterThan(zoomed);
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await expect.poll(() => svgWidth(page)).toBeLessThan(zoomed);
    await page.keyboard.press('0');
    await expect.poll(() => svgWidth(page)).toBeCloseTo(fitted, 0);
    await page.getByRole('button', { name: 'Ir al mapa en texto' }).click();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('El mapa en texto');
    await context.close();
  });

  it('projects at 1280×720 in presenter mode, reads at 360 px, and in English numbers its questions Q1…', async () => {
    const { page, context } = await openPage(session.browser, baseUrl);
    await openMapWithFintech(page);
    await page.getByRole('button', { name: 'Modo presentación' }).click();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.reload();
    await page.locator('.map-diagram__svg').waitFor();
    // Presenting, the diagram opens at a size read from the back of the room (numbers of
    // 20 px and more), and «Ajustar» shows the whole in the window.
    expect(await page.locator('.map-diagram__level').textContent()).toBe('Tamaño: 125 %');
    const numberHeight = await page
      .locator('.map-box--question .map-box__head')
      .first()
      .evaluate((el) => el.getBoundingClientRect().height);
    expect(numberHeight).toBeGreaterThanOrEqual(20);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('.map-diagram').screenshot({ path: `${SCREENSHOT_DIR}/map-diagram-presenter-1280.png` });
    await page.getByRole('button', { name: 'Ajustar a la pantalla' }).click();
    expect(await svgWidth(page)).toBeLessThanOrEqual(1280);
    await page.getByRole('button', { name: 'Modo presentación' }).click();
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(page, 'map-diagram-360');
    await page.getByRole('button', { name: 'Read this page in English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Decision map' }).waitFor();
    const numbers = await page.locator('.map-box--question .map-box__head').allTextContents();
    expect(numbers).toEqual(questionnaire.questions.map((_, i) => `Q${i + 1}`));
    await context.close();
  });

  it('prints on landscape pages, the diagram with every question number first', async () => {
    const { page, context } = await openPage(session.browser, baseUrl);
    await openMapWithFintech(page);
    for (const format of ['A4', 'A3'] as const) {
      const file = `${SCREENSHOT_DIR}/map-diagram-${format}.pdf`;
      await page.pdf({ path: file, format, preferCSSPageSize: true, printBackground: true });
      const size = execFileSync('pdfinfo', [file], { encoding: 'utf8' }).match(/Page size:\s+([\d.]+) x ([\d.]+)/)!;
      expect(Number(size[1]), format).toBeGreaterThan(Number(size[2]));
      // The first page is the diagram: every question's number is on it.
      const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
      const printed = new Set(first.match(/\bP\d+\b/g));
      for (let n = 1; n <= questionnaire.questions.length; n++) expect(printed.has(`P${n}`), `${format} P${n}`).toBe(true);
      // The text version follows.
      expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).toContain('El mapa en texto');
    }
    await context.close();
  });
});
