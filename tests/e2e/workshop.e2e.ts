// What a trainer does in a workshop: open examples, change one answer, compare, read the
// decision map with the current path, project in presenter mode, in both languages.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { examples } from '../../src/examples/examples';
import { readFileSync } from 'node:fs';
import { content } from '../../src/questionnaire/content';
import { Q } from '../helpers/questions';
import { OUTCOMES } from '../../src/questionnaire/vocabulary';
import { answer } from './flow';
import { axeViolations, openPage, resultBadge, screenshot, SCREENSHOT_DIR, useBrowser } from './browser';

const baseUrl = inject('baseUrl');
const esExamples = JSON.parse(readFileSync('locales/es/examples.json', 'utf8')) as Record<string, { title: string }>;
const session = useBrowser();

async function openExample(page: Page, id: string) {
  await page.goto(`${baseUrl}#/ejemplos`);
  await page.locator(`#ejemplo-${id} button`).click();
  // The gallery's cards carry badges too: the result is there when its heading is.
  await page.getByRole('heading', { level: 1, name: /^(Resultado de la autoevaluación|Self-assessment result)$/ }).waitFor();
}

describe('workshop pages', () => {
  it('gallery: every example opens on its result with the expected classification', async () => {
    const { page, context, foreign, errors } = await openPage(session.browser, baseUrl);
    await page.goto(`${baseUrl}#/ejemplos`);
    await page.getByRole('heading', { level: 1, name: 'Ejemplos para talleres' }).waitFor();
    expect(await page.locator('.card').count()).toBe(examples.length);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'gallery-es');
    const labels: Record<string, string> = {
      uso_indebido: 'Uso indebido (prohibido)',
      riesgo_alto: 'Riesgo alto',
      riesgo_aceptable: 'Riesgo aceptable',
      fuera_de_ambito: 'Fuera del ámbito',
      indeterminado: 'Indeterminado',
    };
    for (const example of examples) {
      await openExample(page, example.id);
      await page.getByRole('heading', { level: 1, name: 'Resultado de la autoevaluación' }).waitFor();
      expect(await page.locator('main .badge').first().innerText(), example.id).toContain(labels[example.outcome]);
    }
    // Every example is now a saved assessment, titled after it. The start page's address leaves
    // the result for the start page and its saved list, and a reload stays there.
    await page.goto(`${baseUrl}#/`);
    await page.getByRole('heading', { level: 2, name: /evaluaciones guardadas/ }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 2, name: /evaluaciones guardadas/ }).waitFor();
    expect(await page.locator('main').innerText()).toContain('Supervisión automática de exámenes en línea para secundaria');
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('gallery for a room: a filter by outcome, notes hidden while presenting, an example opened again offered, not saved twice', async () => {
    const { page, context } = await openPage(session.browser, baseUrl);
    await page.goto(`${baseUrl}#/ejemplos`);
    await page.getByRole('heading', { level: 1, name: 'Ejemplos para talleres' }).waitFor();
    const high = examples.filter((e) => e.outcome === 'riesgo_alto');
    await page.getByLabel('Mostrar', { exact: true }).selectOption('riesgo_alto');
    expect(await page.locator('.card').count()).toBe(high.length);
    expect(await page.getByRole('status').first().innerText()).toBe(`${high.length} ejemplos`);
    expect(await page.locator('.gallery__index li').count()).toBe(high.length);
    // The sector narrows the outcome's list; «all outcomes» then shows the whole sector.
    const finance = examples.filter((e) => e.sector === 'finanzas');
    await page.getByLabel('Sector', { exact: true }).selectOption('finanzas');
    expect(await page.locator('.card').count()).toBe(finance.filter((e) => e.outcome === 'riesgo_alto').length);
    await page.getByLabel('Mostrar', { exact: true }).selectOption('all');
    expect(await page.locator('.card h2').allInnerTexts()).toEqual(finance.map((e) => esExamples[e.id]!.title));
    expect(await page.locator('.gallery__sector').first().innerText()).toBe('Sector: Finanzas y crédito');
    await page.getByLabel('Sector', { exact: true }).selectOption('all');
    await page.getByLabel('Mostrar', { exact: true }).selectOption('riesgo_alto');
    // Presenting: the facilitator's answer key is not projected until asked for.
    expect(await page.locator('.card h3', { hasText: 'Nota para quien facilita' }).count()).toBe(high.length);
    await page.getByRole('button', { name: 'Modo presentación' }).click();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Ejemplos para talleres' }).waitFor();
    expect(await page.locator('.card h3', { hasText: 'Nota para quien facilita' }).count()).toBe(0);
    await page.getByLabel('Mostrar las notas para quien facilita').check();
    expect(await page.locator('.card h3', { hasText: 'Nota para quien facilita' }).count()).toBe(examples.length);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'gallery-presenter-es');
    // The same example twice: the saved copy is offered; opening it saves nothing new.
    const stored = () => page.evaluate(() => JSON.parse(localStorage.getItem('semaforo-ia.assessments') ?? '{"assessments":[]}').assessments.length as number);
    await openExample(page, 'triaje-emergencias');
    expect(await stored()).toBe(1);
    await page.goto(`${baseUrl}#/ejemplos`);
    await page.locator('#ejemplo-triaje-emergencias button', { hasText: 'Abrir como evaluación nueva' }).click();
    expect(await page.locator('#ejemplo-triaje-emergencias').innerText()).toContain('Este ejemplo ya está guardado en este navegador');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Abrir la copia guardada');
    await page.getByRole('button', { name: 'Abrir la copia guardada' }).click();
    await resultBadge(page).waitFor();
    expect(await stored()).toBe(1);
    await page.goto(`${baseUrl}#/ejemplos`);
    await page.locator('#ejemplo-triaje-emergencias button', { hasText: 'Abrir como evaluación nueva' }).click();
    await page.getByRole('button', { name: 'Abrir una copia nueva' }).click();
    await resultBadge(page).waitFor();
    expect(await stored()).toBe(2);
    await context.close();
  });

  it('compare: an example against a copy with one answer changed shows the flip and the difference', async () => {
    const { page, context } = await openPage(session.browser, baseUrl);
    await openExample(page, 'correccion-examen');
    expect(await page.locator('main .badge').first().innerText()).toContain('Riesgo aceptable');
    await openExample(page, 'supervision-examen-en-linea');
    await page.getByRole('link', { name: 'Comparar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Comparar dos evaluaciones' }).waitFor();
    const main = await page.locator('main').innerText();
    expect(main).toContain('Riesgo alto');
    expect(main).toContain('Riesgo aceptable');
    expect(main).toContain('Excepción aplicada: Art. 24.1 b), excepción');
    // Marked in words, not only by colour.
    const answers = page.locator('[data-compare="answers"]');
    const marked = await answers.locator('.compare__diff').count();
    expect(marked).toBeGreaterThan(0);
    expect(await answers.locator('.compare__diff th').first().innerText()).toContain('Diferente:');
    expect(main).toMatch(new RegExp(`${marked} respuestas diferentes`));
    // Only the high-risk one has a compliance file: the other says why not, and so every section.
    const table = page.locator('[data-compare="dossier"]');
    expect(await table.locator('tr[data-section="file"]').innerText()).toContain('No se ofrece: la clasificación es «Riesgo aceptable».');
    const sections = table.locator('tr[data-section]:not([data-section="file"], [data-section="version"])');
    expect(await sections.count()).toBeGreaterThan(0);
    for (const row of await sections.all()) expect((await row.innerText()).match(/No se ofrece\./g)).toHaveLength(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'compare-es');
    await context.close();
  });

  it('compare from the menu reads what is saved now: a copy changed a moment ago, on a page not yet sent', async () => {
    // The workshop demo: an example, its copy with one answer changed, «Comparar» from the menu.
    const { page, context } = await openPage(session.browser, baseUrl);
    await openExample(page, 'puntaje-credito-fintech');
    const title = esExamples['puntaje-credito-fintech']!.title;
    await page.getByRole('link', { name: 'Mis evaluaciones' }).click();
    await page.getByRole('button', { name: `Duplicar «${title}»` }).click();
    await page.getByRole('button', { name: `Abrir «${title} (copia)»` }).click();
    await resultBadge(page).waitFor();
    // Change whether the score decides the credit (art. 24.1 g), and leave without «Continuar».
    await page.getByRole('button', { name: 'Revisar o cambiar respuestas' }).click();
    await page.locator(`.summary-list__row[data-review-question="${Q.creditScoring}"] button`).click();
    await answer(page, Q.creditScoring, 'no');
    await page.getByRole('link', { name: 'Comparar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Comparar dos evaluaciones' }).waitFor();
    // The changed answer, and the follow-up it no longer asks (fraud detection, 24.1 g): two
    // differences, and only they are listed, each with what it does by itself.
    await expect.poll(() => page.locator('main h2').allInnerTexts()).toContain('2 respuestas diferentes');
    const rows = page.locator('[data-compare="answers"] tbody tr');
    expect(await rows.count()).toBe(2);
    const credit = await rows.filter({ hasText: 'evaluación crediticia' }).innerText();
    expect(credit).toMatch(/^Diferente:/);
    expect(credit).toContain('Con esta diferencia, la primera tendría otras preguntas por responder.');
    const fraud = await rows.filter({ hasText: 'fraude' }).innerText();
    expect(fraud).toContain('Sin respuesta');
    expect(fraud).toContain('En la primera esta pregunta no se hace: la diferencia viene de otras respuestas.');
    await page.getByLabel('Mostrar solo las respuestas diferentes').uncheck();
    expect(await rows.count()).toBeGreaterThan(1);
    // Back in the copy, the answer changed on the way out is still there.
    await page.getByRole('link', { name: 'Mis evaluaciones' }).click();
    await page.getByRole('button', { name: `Abrir «${title} (copia)»` }).click();
    await page.locator('form[data-page]').waitFor();
    expect(await page.locator(`[data-question="${Q.creditScoring}"] input[value="no"]`).isChecked()).toBe(true);
    await context.close();
  });

  it('decision map: every question and rule from the data, the current path highlighted, in English too', async () => {
    const { page, context } = await openPage(session.browser, baseUrl);
    await openExample(page, 'puntaje-credito-fintech');
    await page.getByRole('link', { name: 'Mapa de decisión' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mapa de decisión' }).waitFor();
    const { questions, rules } = content.questionnaire;
    expect(await page.locator('.map__node').count()).toBe(questions.length);
    // Every rule, plus the two outcomes no rule establishes: undetermined and acceptable.
    expect(await page.locator('.map__rule').count()).toBe(rules.length + 2);
    // The fintech score decides credit (24.1 g)) and evaluates income, sensitive data on the
    // tool's reading of 24.1 i) (Ley 29733 art. 2.5).
    const met = page.locator('.map__rule--met');
    expect(await met.count()).toBe(2);
    const metText = (await met.allInnerTexts()).join('\n');
    expect(metText).toContain('Art. 24.1 g)');
    expect(metText).toContain('Art. 24.1 i)');
    expect(await met.first().innerText()).toContain('Se cumple en su evaluación.');
    expect(await page.locator('.map__node--path').count()).toBeGreaterThan(10);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'map-es');
    await page.getByRole('button', { name: 'Read this page in English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Decision map' }).waitFor();
    expect(await met.first().innerText()).toContain('Met in your assessment.');
    await page.pdf({ path: `${SCREENSHOT_DIR}/map-en.pdf`, format: 'A4', printBackground: true });
    await context.close();
  });

  it('presenter mode: larger type from any page, remembered, and still accessible', async () => {
    const { page, context } = await openPage(session.browser, baseUrl);
    await page.goto(`${baseUrl}#/metodologia`);
    await page.getByRole('heading', { level: 1, name: 'Metodología' }).waitFor();
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    const before = await size();
    const toggle = page.getByRole('button', { name: 'Modo presentación' });
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await size()).toBeGreaterThanOrEqual(before * 1.3);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Metodología' }).waitFor();
    expect(await size()).toBeGreaterThanOrEqual(before * 1.3);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'methodology-presenter-es');
    await context.close();
  });

  it("presenter mode at 1280×720: every outcome's badge and its sentence on the first screen, the disclaimer on one line", async () => {
    const { page, context } = await openPage(session.browser, baseUrl);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(baseUrl);
    await page.evaluate(() => localStorage.setItem('semaforo-ia.presenter', 'on'));
    const oneOfEach = OUTCOMES.map((o) => examples.find((e) => e.outcome === o)!);
    for (const [lang, example] of [...oneOfEach.map((e) => ['es', e] as const), ['en', examples.filter((e) => e.outcome === 'riesgo_alto')[1]!] as const]) {
      if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
      await openExample(page, example.id);
      await page.evaluate(() => window.scrollTo(0, 0));
      // The sentence right after the badge is the verdict's reason (src/flow/result/Summary.tsx).
      const bottom = await page.locator('main .badge + .lead').evaluate((p) => p.getBoundingClientRect().bottom);
      expect(bottom, `${example.id} ${lang}`).toBeLessThanOrEqual(720);
      const line = await page.locator('.disclaimer--short').evaluate((p) => ({ height: p.clientHeight, line: parseFloat(getComputedStyle(p).lineHeight) }));
      expect(line.height, `${example.id} ${lang}`).toBeLessThan(2 * line.line);
    }
    await screenshot(page, 'result-presenter-1280-en');
    await context.close();
  });

  it('methodology and changelog name the versions the footer and documents carry', async () => {
    const { page, context } = await openPage(session.browser, baseUrl);
    await page.goto(`${baseUrl}#/cambios`);
    await page.getByRole('heading', { level: 1, name: 'Historial de cambios' }).waitFor();
    const footer = await page.locator('footer').innerText();
    // The versions are stated once, in that order.
    expect(footer.match(/Semáforo IA/g)).toHaveLength(1);
    const [, app, questionnaire] = footer.match(/Semáforo IA (\S+) · Cuestionario (\S+)/)!;
    const main = await page.locator('main').innerText();
    expect(main).toContain(`Semáforo IA ${app} · Cuestionario ${questionnaire}`);
    await page.getByRole('link', { name: 'Metodología' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Metodología' }).waitFor();
    expect(await page.locator('main').innerText()).toContain(`Semáforo IA ${app}, cuestionario ${questionnaire}, texto legal DS 115-2025-PCM`);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
