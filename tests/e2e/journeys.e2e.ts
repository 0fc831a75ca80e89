// Complete journeys in Chromium against the production build: one per outcome (one of them
// in English), each page checked with axe, for reflow, and photographed at 360 and 1280 px.
// Each journey is checked against the machine: the pages and rows the browser shows are the
// ones the machine walks for the same answers.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { defaultAnswer, walk } from '../helpers/journey';
import { Q } from '../helpers/questions';
import { appReady, openPage, resultBadge, useBrowser } from './browser';
import { answer, answerAll, answerPage, answerPages, auditPage, continueFrom, currentPageId, currentQuestionId, visibleRows } from './flow';

const baseUrl = inject('baseUrl');
const session = useBrowser();

async function begin(page: Page, english = false) {
  await page.goto(baseUrl);
  if (english) await page.getByRole('button', { name: 'Read this page in English' }).click();
  await page.getByRole('button', { name: english ? 'Start' : 'Empezar' }).click();
  await page.locator('form[data-page]').waitFor();
}

const h1 = (page: Page) => page.locator('h1').textContent();

const JOURNEYS = [
  {
    name: 'fuera-de-ambito',
    english: false,
    overrides: { [Q.isAiSystem]: 'no' },
    badge: 'Fuera del ámbito',
    clause: 'Art. 6 j.',
  },
  {
    name: 'uso-indebido',
    english: false,
    overrides: {
      [Q.biometricsScreen]: 'si',
      [Q.realTimeIdentification]: 'si',
      [Q.publicCategorisation]: 'si',
      [Q.identityVerification]: 'no',
      [Q.crimeInvestigation]: 'no',
    },
    badge: 'Uso indebido (prohibido)',
    clause: 'Art. 23.1 e)',
  },
  {
    name: 'riesgo-alto-en',
    english: true,
    overrides: { [Q.employmentScreen]: 'si', [Q.workerSelection]: 'si' },
    badge: 'High risk',
    clause: 'Art. 24.1(e)',
  },
  { name: 'riesgo-aceptable', english: false, overrides: {}, badge: 'Riesgo aceptable', clause: 'Art. 22.2' },
  {
    name: 'indeterminado',
    english: false,
    overrides: { [Q.employmentScreen]: 'si', [Q.workerSelection]: 'no_se' },
    badge: 'Indeterminado',
    clause: null,
  },
  {
    // 1.0.0 said «riesgo aceptable» here; the text leaves «solo apoya» open (24.1 e), 28.11, 31.4).
    name: 'indeterminado-solo-apoya',
    english: false,
    overrides: { [Q.employmentScreen]: 'si', [Q.workerSelection]: 'apoya' },
    badge: 'Indeterminado',
    clause: 'Por qué queda abierto: El artículo 24.1 dice «determinar»',
  },
];

describe('journeys to every outcome', () => {
  it.each(JOURNEYS)(
    '$name',
    async ({ name, english, overrides, badge, clause }) => {
      const { page, foreign, context, errors } = await openPage(session.browser, baseUrl);
      await begin(page, english);
      const { shown, pages } = await answerPages(page, overrides, name);
      const model = walk(overrides);
      expect(pages).toEqual(model.pages);
      expect(shown).toEqual(model.asked);

      expect(await h1(page)).toBe(english ? 'Check your answers' : 'Revise sus respuestas');
      await auditPage(page, `${name}-review`);
      await page.getByRole('button', { name: english ? 'See the result' : 'Ver el resultado' }).click();
      await resultBadge(page).waitFor();
      expect(await page.locator('.badge').textContent()).toContain(badge);
      // The reasons quote it; they follow the verdict in a task of their own (useReveal).
      if (clause) await expect.poll(() => page.locator('main').textContent()).toContain(clause);
      // The line above every page, and the full notice on the result.
      const notes = (await page.getByRole('note').allTextContents()).join(' ');
      expect(notes).toContain(english ? 'not legal advice and not an SGTD opinion' : 'no es asesoría legal ni opinión de la SGTD');
      expect(notes).toContain(english ? 'It is not legal advice' : 'No es asesoría legal ni una opinión');
      await auditPage(page, `${name}-result`);
      expect(foreign).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
      // Explicit budget: the first journey audits (axe and two screenshots) every question page it
      // meets, some forty of them, on a busy two-core machine.
    },
    240_000,
  );
});

describe('moving around', () => {
  it('shows a clear error in the current language, focuses the summary, and keeps working', async () => {
    const { page, context } = await openPage(session.browser, baseUrl);
    await begin(page);
    await page.getByRole('button', { name: 'Continuar' }).click();
    await page.locator('.error-summary').waitFor();
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
    expect(await page.locator('.error-summary').textContent()).toContain('Escriba una respuesta.');
    await auditPage(page, 'error-es');
    await page.getByRole('button', { name: 'Read this page in English' }).click();
    await expect.poll(() => page.locator('.error-summary').textContent()).toContain('Enter an answer.');
    // One error per row unanswered; the summary's link moves focus to the row's field.
    expect(await page.locator('.error-summary a').count()).toBe((await visibleRows(page)).length);
    await page.locator('.error-summary a').first().click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(await currentQuestionId(page));
    await context.close();
  });

  it('switching language mid-way keeps every answer and the current page', async () => {
    const { page, context } = await openPage(session.browser, baseUrl);
    await begin(page);
    const stop = Q.biometricsScreen;
    // Answer up to the biometrics page, with a non-default answer on the way.
    const influence = Q.manipulation;
    for (let at = await currentPageId(page); !(await visibleRows(page)).includes(stop); at = await currentPageId(page)) {
      await answerPage(page, (q) => (q === influence ? 'no_se' : defaultAnswer(q)));
      await continueFrom(page, at!);
    }
    const biometrics = await currentPageId(page);
    await answer(page, stop, 'si');
    const titleEs = await h1(page);
    await page.getByRole('button', { name: 'Read this page in English' }).click();
    await expect.poll(() => h1(page)).not.toBe(titleEs);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await currentPageId(page)).toBe(biometrics);
    expect(await page.locator(`[data-question="${stop}"] input[value="si"]`).isChecked()).toBe(true);
    // Back to the page of the earlier "I don't know": the answer given there is kept.
    await page.getByRole('button', { name: 'Back' }).click();
    await expect.poll(() => visibleRows(page)).toContain(influence);
    expect(await page.locator(`[data-question="${influence}"] input[value="no_se"]`).isChecked()).toBe(true);
    expect(await page.locator(`label[for="${influence}-2"]`).textContent()).toBe("I don't know");
    // Forward again: the biometrics answer given before Back is still there.
    await continueFrom(page, (await currentPageId(page))!);
    expect(await page.locator(`[data-question="${stop}"] input[value="si"]`).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Back' }).click();
    await expect.poll(() => visibleRows(page)).toContain(influence);
    await page.locator(`[data-question="${influence}"] details.regulation summary`).click();
    expect(await page.locator('details.regulation blockquote[lang="en"]').first().textContent()).toContain('Influence people');
    expect(await page.locator('details.regulation blockquote[lang="es"]').first().textContent()).toContain('Influir de manera engañosa');
    await auditPage(page, 'language-switch-en-regulation-open');
    await context.close();
  });

  it('goes back from the review to any question and forward again without losing answers', async () => {
    const { page, context } = await openPage(session.browser, baseUrl);
    await begin(page);
    await answerAll(page, {}, null);
    const reviewText = await page.locator('main').textContent();
    // Change one answer from the review: a biometric system opens new rows on its page.
    const biometric = Q.biometricsScreen;
    const row = page.locator('.summary-list__row').filter({ hasText: '¿El sistema procesa datos biométricos' });
    await row.getByRole('button').click();
    await expect.poll(() => visibleRows(page)).toContain(biometric);
    expect(await page.locator(`[data-question="${biometric}"] input[value="no"]`).isChecked()).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    const before = await visibleRows(page);
    await answer(page, biometric, 'si');
    // Only the rows this opens, then straight back to the review.
    const rows = await answerPage(page, defaultAnswer);
    expect(rows.filter((q) => !before.includes(q))).toEqual([Q.biometricInference, Q.realTimeIdentification]);
    await continueFrom(page, (await currentPageId(page))!);
    expect(await h1(page)).toBe('Revise sus respuestas');

    // Back link from the review walks back through the pages with their answers.
    await page.getByRole('button', { name: 'Atrás' }).click();
    const last = await currentPageId(page);
    expect(last).not.toBeNull();
    for (const q of await visibleRows(page)) expect(await page.locator(`[data-question="${q}"] input:checked`).count(), q).toBe(1);
    await page.getByRole('button', { name: 'Atrás' }).click();
    await expect.poll(() => currentPageId(page)).not.toBe(last);
    for (const q of await visibleRows(page)) expect(await page.locator(`[data-question="${q}"] input:checked`).count(), q).toBe(1);
    await continueFrom(page, (await currentPageId(page))!);
    await continueFrom(page, last!);
    expect(await h1(page)).toBe('Revise sus respuestas');
    const after = await page.locator('main').textContent();
    expect(after).toContain('¿El sistema procesa datos biométricos');
    expect(after!.length).toBeGreaterThan(reviewText!.length);
    await context.close();
  });

  it('can be completed with the keyboard alone, at 320 px', async () => {
    const { page, context } = await openPage(session.browser, baseUrl, 320);
    await page.goto(baseUrl);
    await appReady(page);
    // Tab until the start button has focus, then Enter.
    for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.textContent)) !== 'Empezar →'; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('form[data-page]').waitFor();
    const active = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        return { tag: el?.tagName, type: el?.type, name: el?.name, value: el?.value, text: el?.textContent };
      });
    for (let step = 0; step < 30; step++) {
      const at = await currentPageId(page);
      if (at === null) break;
      // The page's heading takes focus in the frame after the page appears (usePageFocus).
      await expect.poll(async () => (await active()).tag).toBe('H1');
      // Row by row: Tab reaches each row's options (past its disclosure of the Regulation's
      // text), then the Continue button.
      for (let i = 0; i < 200; i++) {
        await page.keyboard.press('Tab');
        const el = await active();
        if (el.text === 'Continuar') break;
        if (el.type === 'radio') {
          const value = defaultAnswer(el.name!);
          // Arrow keys move through a radio group and select; Space selects the first one.
          await page.keyboard.press('Space');
          for (let j = 0; j < 10 && (await active()).value !== value; j++) await page.keyboard.press('ArrowDown');
        } else if (el.type === 'text' || el.tag === 'TEXTAREA') {
          await page.keyboard.type(defaultAnswer(el.name!));
        }
      }
      await page.keyboard.press('Enter');
      await page.waitForFunction((prev) => !document.querySelector(`form[data-page="${prev}"]`), at);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    }
    expect(await h1(page)).toBe('Revise sus respuestas');
    for (let i = 0; i < 200 && (await page.evaluate(() => document.activeElement?.textContent)) !== 'Ver el resultado'; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await resultBadge(page).waitFor();
    expect(await page.locator('.badge').textContent()).toContain('Riesgo aceptable');
    await context.close();
  });
});
