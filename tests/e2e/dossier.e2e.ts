// The compliance file (#/expediente) as a person completes it, in Spanish and in English: a
// high-risk public system (household targeting: art. 30 impact analysis and art. 29 security,
// mandatory) and a high-risk private one (the fintech credit score: 31.1 record, voluntary 32.1
// assessment). Every required field is filled, a reload keeps it all, the summary says
// complete, axe finds nothing, the .docx and Markdown carry the text, the printed PDF reads
// back with pdftotext, and typed markup stays text.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { appReady, axeViolations, openPage, resultBadge, screenshot, SCREENSHOT_DIR, useBrowser } from './browser';

const baseUrl = inject('baseUrl');
const session = useBrowser();
const HOSTILE = '<img src=x onerror="window.__pwned=1">';

async function openFile(page: Page, example: string, english: boolean) {
  await page.goto(`${baseUrl}#/ejemplos`);
  await page.getByRole('heading', { level: 1, name: 'Ejemplos para talleres' }).waitFor();
  if (english) {
    await page.getByRole('button', { name: 'Read this page in English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Examples for workshops' }).waitFor();
  }
  await page.locator(`#ejemplo-${example} button`).click();
  await page.getByRole('link', { name: english ? 'Prepare the compliance file' : 'Preparar el expediente de cumplimiento' }).click();
  await page.getByRole('heading', { level: 1, name: english ? 'Compliance file' : 'Expediente de cumplimiento' }).waitFor();
}

/** Fills every empty field of the file, one risk and one attachment, one field with markup. */
async function fillAll(page: Page) {
  await page.locator('#dossier-version').fill('1.0');
  const fields = page.locator('.dossier__section textarea:not([id*="-risk-"])');
  for (let i = 0; i < (await fields.count()); i++) {
    const field = fields.nth(i);
    if (!(await field.inputValue())) await field.fill(i === 0 ? HOSTILE : `Texto ${i}`);
  }
  const dates = page.locator('.dossier__field input[type="date"]');
  for (let i = 0; i < (await dates.count()); i++) await dates.nth(i).fill('2026-11-20');
  await page.locator('#dossier-impact').scrollIntoViewIfNeeded();
  await page.locator('.dossier__risks > button').click();
  await page.locator('#dossier-impact-risk-0-kind').selectOption('bias');
  await page.locator('#dossier-impact-risk-0-description').fill('Sesgo contra hogares rurales');
  await page.locator('#dossier-impact-risk-0-measure').selectOption('data');
  await page.locator('#dossier-impact-risk-0-mitigation').fill('Reequilibrar los datos de entrenamiento');
  await page.locator('#dossier-impact-risk-0-owner').fill('Oficina de datos');
  await page.locator('#dossier-impact-risk-0-due').fill('2026-12-15');
  await page.locator('section:has(#dossier-impact) .dossier__attachments > button').click();
  await page.locator('#dossier-impact-attachment-0-name').fill('Informe de auditoría de sesgos');
  await page.locator('#dossier-impact-attachment-0-date').fill('2026-11-18');
}

const states = (page: Page) =>
  page.locator('.dossier__summary li').evaluateAll((lis) => lis.map((li) => `${li.getAttribute('data-section')}:${li.getAttribute('data-state')}`));

describe('compliance file', () => {
  // Each system in both languages; the expected texts are the clause's people (dossier.json) and
  // the retention line the actor's chapter gives (32.3 for private actors, none in art. 30).
  const systems = [
    {
      example: 'focalizacion-hogares',
      sections: ['impact', 'record', 'oversight', 'security', 'transparency', 'personalData'],
      groups: { es: 'Hogares focalizados', en: 'Targeted households' },
      retention: { es: /art\. 30 no fija un plazo de conservación/, en: /Art\. 30 sets no retention period/ },
    },
    {
      example: 'puntaje-credito-fintech',
      sections: ['impact', 'record', 'oversight', 'transparency', 'personalData'],
      groups: { es: 'evaluación crediticia', en: 'credit assessment' },
      retention: { es: /Conservar hasta al menos/, en: /Keep until at least/ },
    },
  ];
  const cases = systems.flatMap((s) => [false, true].map((english) => ({ ...s, english })));
  for (const { example, english, sections, groups, retention } of cases) {
    const lang = english ? 'en' : 'es';
    it(`${example} (${lang}): filled, reloaded, complete, printed and downloaded`, async () => {
      const { page, context, errors, foreign } = await openPage(session.browser, baseUrl);
      await openFile(page, example, english);
      expect((await states(page)).map((s) => s.split(':')[0])).toEqual(sections);
      expect(await states(page)).not.toContain('impact:complete');
      // Taken from the answers: the people the clauses met name.
      expect(await page.locator('#dossier-impact-groups').inputValue()).toContain(groups[lang]);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `dossier-empty-${lang}-1280`);

      await fillAll(page);
      expect(await states(page)).toEqual(sections.map((s) => `${s}:${s === 'personalData' ? 'pointer' : 'complete'}`));
      await page.reload();
      await page.getByRole('heading', { level: 1, name: english ? 'Compliance file' : 'Expediente de cumplimiento' }).waitFor();
      expect(await states(page)).toEqual(sections.map((s) => `${s}:${s === 'personalData' ? 'pointer' : 'complete'}`));
      expect(await page.locator('[data-dossier-complete]').innerText()).toBe(
        english ? 'Every section with fields is complete.' : 'Todas las secciones que llevan campos están completas.',
      );
      expect(await page.locator('#dossier-impact-risk-0-owner').inputValue()).toBe('Oficina de datos');
      expect(await page.locator('#dossier-impact-attachment-0-name').inputValue()).toBe('Informe de auditoría de sesgos');
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `dossier-filled-${lang}-1280`);
      await page.setViewportSize({ width: 360, height: 740 });
      await screenshot(page, `dossier-filled-${lang}-360`);

      const [md] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: english ? 'Download as Markdown' : 'Descargar en Markdown' }).click(),
      ]);
      const markdown = readFileSync((await md.path())!, 'utf8');
      expect(markdown).toContain('Reequilibrar los datos de entrenamiento');
      expect(markdown).toContain('\\<img src=x onerror="window.\\_\\_pwned=1"\\>');
      const [docx] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: english ? 'Download as Word (.docx)' : 'Descargar en Word (.docx)' }).click(),
      ]);
      const xml = execFileSync('unzip', ['-p', (await docx.path())!, 'word/document.xml'], { encoding: 'utf8' });
      expect(xml).toContain('Oficina de datos');
      expect(xml).toContain('&lt;img src=x');

      await page.setViewportSize({ width: 1280, height: 900 });
      const pdfPath = `${SCREENSHOT_DIR}/dossier-${example}-${lang}.pdf`;
      await page.pdf({ path: pdfPath, format: 'A4', printBackground: true });
      const pdf = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
      expect(pdf).toMatch(
        english ? /Compliance file — Regulation of Law\s+No\.\s+31814/ : /Expediente de cumplimiento — Reglamento de la Ley\s+N\.\s*°\s*31814/,
      );
      expect(pdf).toContain('Reequilibrar los datos de entrenamiento');
      expect(pdf).toContain('<img src=x');
      expect(pdf).toMatch(retention[lang]);
      expect(pdf).not.toContain(english ? 'Download as Markdown' : 'Descargar en Markdown');
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
      await context.close();
    });
  }

  it('travels in the answers file to a browser that never saw it, and «Comparar» sets it beside the untouched example', async () => {
    const { page, context } = await openPage(session.browser, baseUrl);
    await openFile(page, 'puntaje-credito-fintech', false);
    await page.locator('#dossier-version').fill('2.1');
    await page.locator('#dossier-record-functioning').fill('Puntúa solicitudes con un modelo de gradiente');
    await expect.poll(() => states(page)).toContain('record:in_progress');
    await page.goBack();
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Descargar respuestas y resultado (.json)' }).click()]);
    const exported = readFileSync((await json.path())!, 'utf8');
    expect(JSON.parse(exported).work.dossier).toMatchObject({
      version: '2.1',
      sections: { record: { fields: { functioning: 'Puntúa solicitudes con un modelo de gradiente' } } },
    });
    await context.close();

    const other = await openPage(session.browser, baseUrl);
    await other.page.goto(baseUrl);
    await appReady(other.page);
    // Edited by hand on the way: a date no calendar has. It is shown as written, never as the day
    // a date format would roll it over to (2 March), and the section still lacks its date.
    const edited = JSON.parse(exported);
    edited.work.dossier.sections.impact = { fields: { issued: '2026-02-30' } };
    await other.page.setInputFiles('#import-file', { name: 'respuestas.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(edited)) });
    await other.page.getByRole('button', { name: 'Importar' }).click();
    await other.page.getByRole('heading', { level: 1, name: 'Revise sus respuestas' }).waitFor();
    await other.page.goto(`${baseUrl}#/expediente`);
    await other.page.getByRole('heading', { level: 1, name: 'Expediente de cumplimiento' }).waitFor();
    expect(await other.page.locator('#dossier-version').inputValue()).toBe('2.1');
    expect(await other.page.locator('#dossier-record-functioning').inputValue()).toBe('Puntúa solicitudes con un modelo de gradiente');
    expect(await other.page.locator('.dossier__summary li[data-section="impact"]').innerText()).toContain('Fecha de emisión');
    await other.page.emulateMedia({ media: 'print' });
    const printedImpact = await other.page.locator('section:has(#dossier-impact)').innerText();
    expect(printedImpact).toContain('2026-02-30');
    expect(printedImpact).not.toContain('marzo de 2026');
    await other.page.emulateMedia({ media: 'screen' });

    // The same example opened afresh has no file written: the record of 31.1 asks for five
    // things (functioning, data sources, logic, expected impacts, date), one is written.
    await other.page.goto(`${baseUrl}#/ejemplos`);
    await other.page.locator('#ejemplo-puntaje-credito-fintech button').click();
    await resultBadge(other.page).waitFor();
    await other.page.getByRole('link', { name: 'Comparar' }).click();
    await other.page.getByRole('heading', { level: 2, name: 'Expediente de cumplimiento' }).waitFor();
    // Which side is which depends on the list's order; each file is on one side.
    const table = other.page.locator('[data-compare="dossier"]');
    const record = await table.locator('tr[data-section="record"] td').allInnerTexts();
    expect(record).toHaveLength(2);
    expect(record.filter((c) => c.endsWith('Sin empezar'))).toHaveLength(1);
    expect(record.filter((c) => c.endsWith('En curso · faltan 4 datos'))).toHaveLength(1);
    expect(await table.locator('tr[data-section="record"] th').innerText()).toMatch(/^Diferente:/);
    expect(await table.locator('tr[data-section="oversight"] th').innerText()).not.toMatch(/^Diferente:/);
    expect((await table.locator('tr[data-section="version"] td').allInnerTexts()).sort()).toEqual(['2.1', 'Sin número de versión']);
    expect(await axeViolations(other.page)).toEqual([]);
    await screenshot(other.page, 'compare-dossier-es');
    expect(other.errors).toEqual([]);
    await other.context.close();
  });

  it('is not offered for an acceptable-risk system, and says why', async () => {
    const { page, context } = await openPage(session.browser, baseUrl);
    await page.goto(`${baseUrl}#/ejemplos`);
    await page.locator('#ejemplo-chatbot-municipal button').click();
    await page.getByRole('heading', { level: 1, name: 'Resultado de la autoevaluación' }).waitFor();
    expect(await page.getByRole('link', { name: /expediente de cumplimiento/ }).count()).toBe(0);
    await page.goto(`${baseUrl}#/expediente`);
    await page.getByRole('heading', { level: 1, name: 'Expediente de cumplimiento' }).waitFor();
    expect(await page.locator('main .notice').innerText()).toMatch(/no se ofrece .* «Riesgo aceptable»/);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('is offered as a preview for an undetermined system that could be high risk', async () => {
    const { page, context } = await openPage(session.browser, baseUrl);
    await page.goto(`${baseUrl}#/ejemplos`);
    await page.locator('#ejemplo-resumen-cv-comite button').click();
    await page.getByRole('link', { name: 'Ver una vista previa del expediente de cumplimiento' }).click();
    await page.getByRole('heading', { level: 1, name: 'Expediente de cumplimiento' }).waitFor();
    expect(await page.locator('main').innerText()).toContain('Vista previa: la clasificación es indeterminada.');
    expect(await page.locator('.dossier__tag--conditional').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'dossier-preview-es-1280');
    await context.close();
  });
});
