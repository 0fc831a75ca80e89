// The result page a person acts on: reasons, what would change it, obligations, deadlines,
// drafts; printed to an A4 PDF by Chromium and read back; downloads opened and read.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parseAnswersFile } from '../../src/engine';
import { content } from '../../src/questionnaire/content';
import { Q } from '../helpers/questions';
import { openPage, resultBadge, SCREENSHOT_DIR, useBrowser } from './browser';
import { answerAll, auditPage } from './flow';

const baseUrl = inject('baseUrl');
const session = useBrowser();
beforeAll(() => {});

const CV = { [Q.employmentScreen]: 'si', [Q.workerSelection]: 'si' };

async function toResult(page: Page, overrides: Record<string, string>, english = false) {
  await page.goto(baseUrl);
  if (english) await page.getByRole('button', { name: 'Read this page in English' }).click();
  await page.getByRole('button', { name: english ? 'Start' : 'Empezar' }).click();
  await page.locator('form[data-page]').first().waitFor();
  await answerAll(page, overrides, null);
  await page.getByRole('button', { name: english ? 'See the result' : 'Ver el resultado' }).click();
  await resultBadge(page).waitFor();
  await page.locator('.draft').first().waitFor();
  // "What would change it" is worked out after the page appears.
  await page.locator('section[aria-labelledby="what-if"] [role="status"]').waitFor({ state: 'detached' });
}

const text = (page: Page, selector: string) => page.locator(selector).innerText();

describe('result page', () => {
  it('shows reasons, what would change it, obligations by theme and deadlines, in Spanish', async () => {
    const { page, context, foreign, errors } = await openPage(session.browser, baseUrl);
    await toResult(page, CV);
    const main = await text(page, 'main');
    expect(main).toContain('Riesgo alto');
    expect(main).toContain('Determinar selección, evaluación, contratación o cese de trabajadores');
    expect(main).toContain('«Determinar procesos de selección, evaluación, contratación y cese de trabajadores');
    expect(main).toContain('Qué cambiaría el resultado');
    // Grouped by the outcome they lead to, each group's answers behind a disclosure.
    const toAcceptable = page.locator('.what-if__group summary', { hasText: /llevarían? a: Riesgo aceptable/ });
    await toAcceptable.click();
    expect(await text(page, 'section[aria-labelledby="what-if"]')).toMatch(
      /Si respondiera «No» a «¿El sistema determina procesos de selección.*», sería: Riesgo aceptable\./,
    );
    expect(main).toContain('Supervisión humana');
    expect(main).toContain('Art. 28.11');
    expect(main).toContain('Art. 30.1');
    expect(main).toContain('Exigible desde el 10 de setiembre de 2026');
    expect(main).toContain('Aviso de transparencia: Sistema de prueba');
    expect(main).toContain('Solicitud de consulta a la SGTD: Sistema de prueba');
    await auditPage(page, 'result-full-es');
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('in English, with the drafts producible in Spanish', async () => {
    const { page, context } = await openPage(session.browser, baseUrl);
    await toResult(page, CV, true);
    expect(await text(page, '.badge')).toContain('High risk');
    expect(await text(page, 'main')).toContain('Applicable since 10 September 2026');
    expect(await text(page, '#draft-notice')).toBe('Transparency notice: Sistema de prueba');
    await page.selectOption('#draft-language', 'es');
    await expect.poll(() => text(page, '#draft-notice')).toBe('Aviso de transparencia: Sistema de prueba');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await auditPage(page, 'result-full-en');
    await context.close();
  });

  it('prints a clean A4 report, with the edited notice, read back from the PDF', async () => {
    const { page, context } = await openPage(session.browser, baseUrl);
    await toResult(page, CV);
    await page.fill('#draft-organisation', 'Municipalidad Distrital de Prueba');
    await page.fill('#draft-contact', 'transparencia@muni.example');
    await page.fill('#notice-notice\\.functions', 'Ordena los CV recibidos según los requisitos del puesto.');
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: `${SCREENSHOT_DIR}/report-es.pdf`, format: 'A4', tagged: true, outline: true, printBackground: true });
    const pdf = execFileSync('pdftotext', ['-layout', `${SCREENSHOT_DIR}/report-es.pdf`, '-'], { encoding: 'utf8' });
    for (const expected of [
      'Informe de autoevaluación',
      'Sistema: Sistema de prueba',
      `Cuestionario ${content.questionnaire.version}`,
      'DS 115-2025-PCM',
      'Riesgo alto',
      'Art. 24.1 e)',
      'Obligaciones',
      'Plazos',
      'Anexo: todas las respuestas',
      'Aviso de transparencia: Sistema de prueba',
      'Municipalidad Distrital de Prueba usa el sistema',
      'Ordena los CV recibidos según los requisitos del puesto.',
      'No es asesoría legal',
    ]) {
      expect(pdf, expected).toContain(expected);
    }
    for (const control of ['Imprimir o guardar en PDF', 'Descargar', 'Empezar una nueva evaluación', '‹ Atrás', 'English']) {
      expect(pdf, control).not.toContain(control);
    }
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [`${SCREENSHOT_DIR}/report-es.pdf`], { encoding: 'utf8' }))![1]);
    expect(pages).toBeGreaterThan(2);
    // The page counter (print.css @page); pdftotext may drop the spaces around the slash.
    expect(pdf).toMatch(new RegExp(`\\b1 ?/ ?${pages}\\b`));
    execFileSync('pdftoppm', ['-png', '-r', '60', `${SCREENSHOT_DIR}/report-es.pdf`, `${SCREENSHOT_DIR}/report-es-page`]);
    await context.close();
  });

  it('prints "what would change it" in full even when printed before it is worked out', async () => {
    const { page, context, errors } = await openPage(session.browser, baseUrl);
    await toResult(page, {});
    // A very slow phone: the reload shows the verdict while the sections below it are still
    // to appear, or "what would change it" still pending.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
    await page.reload();
    await resultBadge(page).waitFor();
    expect(await page.locator('section[aria-labelledby="what-if"]:not(:has([role="status"]))').count()).toBe(0);
    expect(await page.locator('#annex').count()).toBe(0);
    await page.pdf({ path: `${SCREENSHOT_DIR}/report-printed-early.pdf`, format: 'A4' });
    const printed = execFileSync('pdftotext', [`${SCREENSHOT_DIR}/report-printed-early.pdf`, '-'], { encoding: 'utf8' });
    // Condensed on paper: one line per outcome the changes lead to, not every change.
    expect(printed).toMatch(/respuestas cambiadas, cada una por sí sola,\s+llevarían a: Uso indebido/);
    expect(printed).not.toContain('Calculando');
    // Every section below the verdict is printed, down to the last (the drafts).
    expect(printed).toContain('Anexo: todas las respuestas');
    expect(printed).toContain('Aviso de transparencia:');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('downloads the notice as .docx and Markdown, and the answers and result as JSON that imports again', async () => {
    const { page, context } = await openPage(session.browser, baseUrl);
    await toResult(page, CV);
    const download = async (name: RegExp) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).first().click()]);
      const path = `${SCREENSHOT_DIR}/${file.suggestedFilename()}`;
      await file.saveAs(path);
      return path;
    };
    const docx = await download(/Descargar aviso \(\.docx\)/);
    expect(docx).toMatch(/aviso-sistema-de-prueba-es\.docx$/);
    const xml = execFileSync('python3', ['-c', 'import sys,zipfile; print(zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode())', docx], {
      encoding: 'utf8',
    });
    expect(xml.replace(/<[^>]+>/g, '')).toContain('Aviso de transparencia: Sistema de prueba');
    const md = readFileSync(await download(/Descargar consulta \(\.md\)/), 'utf8');
    expect(md).toContain('# Solicitud de consulta a la SGTD: Sistema de prueba');
    const json = readFileSync(await download(/Descargar respuestas y resultado/), 'utf8');
    expect(JSON.parse(json).result.outcome).toBe('riesgo_alto');
    const parsed = parseAnswersFile(content, json);
    expect(parsed.ok).toBe(true);
    await context.close();
  });
});

// The action plan's dates are the deadline section's, for three actors; the expected days are
// argued from the Primera DCF (periods from 10 Sept 2025): Seguro Social, regional governments and
// public universities two years (c)); private uses in health one year (a)); microenterprises three
// years (MYPE b)) beside «demás usos» four years (d)), the text not saying which prevails.
describe('action plan', () => {
  const ACTORS = [
    { name: 'public entity', answers: { [Q.actorType]: 'entidad_publica', [Q.publicGroup]: 'essalud_gore_univ' }, dates: ['10 de setiembre de 2027'] },
    {
      name: 'private developer',
      answers: { [Q.role]: 'desarrollador', [Q.actorType]: 'organizacion_privada', [Q.companySize]: 'mayor', [Q.sectorOfUse]: 'salud' },
      dates: ['10 de setiembre de 2026'],
    },
    {
      name: 'private implementer',
      answers: { [Q.role]: 'implementador', [Q.actorType]: 'organizacion_privada', [Q.companySize]: 'micro', [Q.sectorOfUse]: 'otro' },
      dates: ['10 de setiembre de 2028', '10 de setiembre de 2029'],
    },
  ];

  it.each(ACTORS)('$name: each date in the plan is the one the deadline section gives that row', async ({ answers, dates }) => {
    const { page, context } = await openPage(session.browser, baseUrl);
    await toResult(page, { ...CV, ...answers });
    const deadlines = await text(page, 'section[aria-labelledby="deadlines"]');
    const plan = await page.locator('.plan__when').allInnerTexts();
    expect(plan.length).toBeGreaterThan(1);
    for (const group of plan) {
      // «<status> · <row>» in the plan is «<row>: <status>» in the deadline section.
      for (const piece of group.split('; ')) {
        const [status, row] = piece.replace(/, depende de .*$/, '').split(' · ');
        expect(deadlines, piece).toContain(`${row}: ${status}`);
      }
    }
    for (const date of dates) expect(plan.join('\n')).toContain(date);
    expect(plan.join('\n')).toContain('Exigible desde el 20–22 de enero de 2026');
    await context.close();
  });

  it('saves an owner per obligation across a reload, and prints the summary on page 1 of the credit example', async () => {
    const { page, context } = await openPage(session.browser, baseUrl);
    await page.goto(`${baseUrl}#/ejemplos`);
    await page.locator('#ejemplo-puntaje-credito-fintech button').click();
    await page.locator('.draft').first().waitFor();
    await page.getByRole('textbox', { name: /Responsable — Respetar los principios rectores/ }).fill('Gerencia de Riesgos');
    await page.waitForTimeout(500);
    await page.reload();
    await page.locator('.draft').first().waitFor();
    expect(await page.getByRole('textbox', { name: /Responsable — Respetar los principios rectores/ }).inputValue()).toBe('Gerencia de Riesgos');
    await page.emulateMedia({ media: 'print' });
    const path = `${SCREENSHOT_DIR}/report-credit-es.pdf`;
    await page.pdf({ path, format: 'A4', printBackground: true });
    const first = execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', path, '-'], { encoding: 'utf8' });
    for (const expected of [
      'Informe de autoevaluación',
      'Sistema: Puntaje crediticio de una fintech',
      'Cuestionario 1.1.0',
      'Riesgo alto',
      'Qué hacer y para cuándo',
      'Próximo plazo: 10 de setiembre de 2027',
      'Exigible a partir del 10 de setiembre de 2027',
      'Unidad Impositiva Tributaria',
      'Revisión y firma',
      'Firma:',
    ])
      expect(first, expected).toContain(expected);
    // The owner is written in (its narrow column may wrap it).
    expect(first).toMatch(/Gerencia de\s+Riesgos/);
    // The detail starts on page 2.
    expect(first).not.toContain('Por qué');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))![1]);
    console.log(`credit example report: ${pages} A4 pages`);
    // Issue 16: the credit example within eight A4 pages.
    expect(pages).toBeLessThanOrEqual(8);
    await context.close();
  });
});
