// The drafts section as a person sees and prints it, for one example of each classification
// that changes what the transparency notice rests on: high risk (art. 25), acceptable risk
// (voluntary) and improper use (no notice). Screenshots at 1280 px in both languages.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { examples } from '../../src/examples/examples';
import type { Outcome } from '../../src/questionnaire/schema';
import { axeViolations, openPage, screenshot, SCREENSHOT_DIR, useBrowser } from './browser';
import { answerAll } from './flow';

const baseUrl = inject('baseUrl');
const session = useBrowser();
// High risk without an open prohibition (the fintech score), so the notice rests on art. 25 alone.
const CHOSEN: Partial<Record<Outcome, string>> = { riesgo_alto: 'puntaje-credito-fintech' };
const exampleWith = (outcome: Outcome) => CHOSEN[outcome] ?? examples.find((e) => e.outcome === outcome)!.id;

async function openDrafts(page: Page, outcome: Outcome, english: boolean) {
  await page.goto(`${baseUrl}#/ejemplos`);
  // Switch only once the gallery and its texts are in: the switch loads the namespaces loaded so far.
  await page.getByRole('heading', { level: 1, name: 'Ejemplos para talleres' }).waitFor();
  if (english) {
    await page.getByRole('button', { name: 'Read this page in English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Examples for workshops' }).waitFor();
  }
  await page.locator(`#ejemplo-${exampleWith(outcome)} button`).click();
  await page.locator('.draft').first().waitFor();
  return page.locator('section.drafts');
}

describe('drafts by classification', () => {
  for (const english of [false, true]) {
    const lang = english ? 'en' : 'es';
    it(`high risk: the art. 25 notice with its placeholders flagged, printed highlighted (${lang})`, async () => {
      const { page, context, errors } = await openPage(session.browser, baseUrl);
      const drafts = await openDrafts(page, 'riesgo_alto', english);
      expect(await page.locator('.draft__kind').first().innerText()).toBe(
        english ? 'Transparency notice (article 25)' : 'Aviso de transparencia (artículo 25)',
      );
      expect(await page.locator('.draft__text--todo').count()).toBeGreaterThan(3);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(drafts, `drafts-riesgo-alto-${lang}`);
      await page.emulateMedia({ media: 'print' });
      const marks = await page.locator('.draft__print mark.placeholder').allInnerTexts();
      expect(marks.length).toBeGreaterThan(3);
      expect(marks.every((m) => m.startsWith('[') && m.endsWith(']'))).toBe(true);
      await page.pdf({ path: `${SCREENSHOT_DIR}/drafts-riesgo-alto-${lang}.pdf`, format: 'A4', printBackground: true });
      const pdf = execFileSync('pdftotext', ['-layout', `${SCREENSHOT_DIR}/drafts-riesgo-alto-${lang}.pdf`, '-'], { encoding: 'utf8' });
      expect(pdf).toContain(english ? '[Describe what decisions the system takes' : '[Describa qué decisiones toma el sistema');
      expect(pdf).not.toMatch(english ? /does not take decisions/ : /no toma decisiones/);
      expect(errors).toEqual([]);
      await context.close();
    });

    it(`acceptable risk: a voluntary notice, not resting on art. 25 (${lang})`, async () => {
      const { page, context } = await openPage(session.browser, baseUrl);
      const drafts = await openDrafts(page, 'riesgo_aceptable', english);
      expect(await page.locator('.draft__kind').first().innerText()).toMatch(english ? /^Voluntary transparency notice/ : /^Aviso de transparencia voluntario/);
      expect(await page.locator('#notice-notice\\.basis').inputValue()).toMatch(
        english ? /^Voluntary notice\..*article 7 i\)/ : /^Aviso voluntario\..*artículo 7 i\)/,
      );
      await screenshot(drafts, `drafts-riesgo-aceptable-${lang}`);
      await context.close();
    });

    it(`improper use: no notice, the reason and the art. 23.3 consultation (${lang})`, async () => {
      const { page, context } = await openPage(session.browser, baseUrl);
      const drafts = await openDrafts(page, 'uso_indebido', english);
      expect(await page.locator('textarea[id^="notice-"]').count()).toBe(0);
      expect(await drafts.innerText()).toContain(english ? 'No transparency notice is offered.' : 'No se ofrece un aviso de transparencia.');
      expect(await drafts.innerText()).not.toMatch(/\.title\b/);
      expect(await page.getByRole('button', { name: english ? /Download the notice/ : /Descargar aviso/ }).count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(drafts, `drafts-uso-indebido-${lang}`);
      await context.close();
    });
  }

  it('a high-risk result with an open prohibition: «como mínimo», never «permitido», on the page and in print', async () => {
    const { page, context } = await openPage(session.browser, baseUrl);
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Empezar' }).click();
    await page.locator('form[data-page]').first().waitFor();
    await answerAll(page, JSON.parse(readFileSync('tests/golden/safety-high-with-open-prohibition.json', 'utf8')).answers, null);
    await page.getByRole('button', { name: 'Ver el resultado' }).click();
    await page.locator('.draft').first().waitFor();
    expect(await page.locator('main .badge').innerText()).toBe('Riesgo alto como mínimo: podría ser uso indebido (prohibido)');
    await screenshot(page, 'result-open-prohibition-es');
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: `${SCREENSHOT_DIR}/result-open-prohibition-es.pdf`, format: 'A4' });
    const pdf = execFileSync('pdftotext', [`${SCREENSHOT_DIR}/result-open-prohibition-es.pdf`, '-'], { encoding: 'utf8' });
    expect(pdf).toContain('numeral 23.3');
    expect(pdf).not.toMatch(/permitid/i);
    await context.close();
  });

  it('keeps draft edits, draft details and ticked obligations across a reload and a review, and downloads the edited text', async () => {
    const { page, context, errors } = await openPage(session.browser, baseUrl);
    await openDrafts(page, 'riesgo_alto', false);
    const purpose = page.locator('#notice-notice\\.purpose');
    await page.getByLabel('Nombre de la organización').fill('Fintech SAC');
    await purpose.fill('Texto del aviso escrito a mano.');
    await page.locator('.checklist input[type="checkbox"]').first().check();
    await page.reload();
    await purpose.waitFor();
    expect(await purpose.inputValue()).toBe('Texto del aviso escrito a mano.');
    expect(await page.getByLabel('Nombre de la organización').inputValue()).toBe('Fintech SAC');
    expect(await page.locator('.checklist input[type="checkbox"]').first().isChecked()).toBe(true);

    await page.getByRole('button', { name: 'Revisar o cambiar respuestas' }).click();
    await page.getByRole('button', { name: 'Ver el resultado' }).click();
    await purpose.waitFor();
    expect(await purpose.inputValue()).toBe('Texto del aviso escrito a mano.');
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Descargar aviso \(\.md\)/ }).click()]);
    await file.saveAs(`${SCREENSHOT_DIR}/aviso-editado.md`);
    expect(readFileSync(`${SCREENSHOT_DIR}/aviso-editado.md`, 'utf8')).toContain('Texto del aviso escrito a mano.');
    expect(errors).toEqual([]);
    await context.close();
  });
});
