// The note behind an answer as a person writes and keeps it: typed on the question page, kept
// across a reload, shown on the review (counted, marked in words) and in the printed annex,
// exported and imported in the answers file, carried over from files and records of older
// versions (a note on a question that is gone is shown, not dropped), and carried into the
// consultation letter, whose .docx is opened and read section by section.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { questionById } from '../../src/engine';
import { content } from '../../src/questionnaire/content';
import { STORE_KEY } from '../../src/storage/assessments';
import { expectedAnswers, fileAnswers, fixtureFiles } from '../helpers/fixtures100';
import { Q } from '../helpers/questions';
import { appReady, axeViolations, openPage, resultBadge, screenshot, SCREENSHOT_DIR, useBrowser } from './browser';
import { defaultAnswer } from '../helpers/journey';
import { answerPage, continueFrom, currentPageId } from './flow';

const baseUrl = inject('baseUrl');
const session = useBrowser();
const DATA = Q.personalData;
// Typed text with markup: it must stay text wherever it is shown.
const NOTE = 'Lo confirmó el área legal <img src=x onerror="window.hacked=1"> [acta 12].';

const review = (page: Page) => page.getByRole('heading', { level: 1, name: 'Revise sus respuestas' });
const docText = (path: string) =>
  execFileSync('python3', ['-c', 'import sys,zipfile; print(zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode())', path], { encoding: 'utf8' })
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

async function importFile(page: Page, text: string) {
  await page.goto(baseUrl);
  await appReady(page);
  await page.setInputFiles('#import-file', { name: 'respuestas.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.getByRole('button', { name: 'Importar' }).click();
}

describe('a note behind an answer', () => {
  it('is written on the question page, survives a reload, shows on the review and in the annex, goes out and back in the answers file, and stays out of the letter (a profile question)', async () => {
    const { page, context, errors } = await openPage(session.browser, baseUrl);
    await page.goto(`${baseUrl}#/ejemplos`);
    await page.getByRole('heading', { level: 1, name: 'Ejemplos para talleres' }).waitFor();
    await page.locator('#ejemplo-puntaje-credito-fintech button').click();
    await resultBadge(page).waitFor();
    await page.getByRole('button', { name: 'Revisar o cambiar respuestas' }).click();
    await review(page).waitFor();
    await page.locator(`[data-review-question="${DATA}"] button`).click();

    const row = page.locator(`[data-question="${DATA}"]`);
    await row.getByText('Añadir una nota').click();
    // The textarea's name says which question it is about.
    const note = row.getByRole('textbox', { name: /^Por qué respondió así \(nota opcional\) sobre «¿El sistema trata datos personales/ });
    await note.fill(NOTE);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(row, 'note-row-es');
    await page.reload();
    await row.waitFor();
    expect(await row.locator(`#${DATA}-note`).inputValue()).toBe(NOTE);
    expect(await row.getByText('Ver o cambiar la nota').isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Continuar' }).click();
    await review(page).waitFor();
    expect(await page.locator('[data-review-flags]').innerText()).toContain('1 respuesta con nota.');
    const reviewed = page.locator(`[data-review-question="${DATA}"]`);
    expect(await reviewed.getAttribute('class')).toContain('summary-list__row--flagged');
    expect(await reviewed.innerText()).toContain(`Nota: ${NOTE}`);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Ver el resultado' }).click();
    await page.locator('.draft').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.annex').innerText()).toContain(NOTE);
    await page.emulateMedia({ media: 'screen' });

    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Descargar respuestas y resultado (.json)' }).click()]);
    await json.saveAs(`${SCREENSHOT_DIR}/notes-answers.json`);
    const exported = readFileSync(`${SCREENSHOT_DIR}/notes-answers.json`, 'utf8');
    expect(JSON.parse(exported).work.notes).toEqual({ [DATA]: NOTE });

    await page.getByLabel('Ciudad donde se firma la carta').fill('Lima');
    await page.getByLabel('RUC de la organización').fill('20100000001');
    await page.getByLabel('Nombre del representante legal').fill('Rosa Huamán');
    const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Descargar consulta (.docx)' }).click()]);
    expect(docx.suggestedFilename()).toMatch(/^consulta-.*-es\.docx$/);
    await docx.saveAs(`${SCREENSHOT_DIR}/notes-consulta.docx`);
    const letter = docText(`${SCREENSHOT_DIR}/notes-consulta.docx`);
    const sections = [
      'Lugar y fecha',
      'Destinatario',
      'Asunto',
      'Solicitante',
      'Base normativa',
      'El sistema',
      'Puntos en consulta',
      'Solicitud',
      'Anexos',
      'Firma',
    ];
    const at = sections.map((heading) => letter.indexOf(`\n${heading}\n`));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(letter).toMatch(/\nLima, \d+ de \w+ de \d{4}\n/);
    expect(letter).toContain('con RUC 20100000001, representada por Rosa Huamán');
    // A profile question is no point for the SGTD (arts. 23.3 and 24.2 consult only on 23.1 and
    // the high-risk uses): its note stays in the report's annex, not in the letter.
    expect(letter).not.toMatch(/\n\d+\. ¿El sistema trata datos personales/);
    expect(letter).not.toContain(`Nuestra nota: ${NOTE}`);
    expect(letter).toContain('Representante legal de');
    expect(letter).not.toContain('No es asesoría legal');

    expect(errors).toEqual([]);
    await context.close();

    // Imported in a browser that never saw it.
    const other = await openPage(session.browser, baseUrl);
    await importFile(other.page, exported);
    await review(other.page).waitFor();
    expect(await other.page.locator(`[data-review-question="${DATA}"]`).innerText()).toContain(`Nota: ${NOTE}`);
    expect(await other.page.evaluate(() => (window as { hacked?: number }).hacked)).toBeUndefined();
    expect(other.errors).toEqual([]);
    await other.context.close();
  });

  it('in a file of questionnaire 1.0.0 is kept: beside a question asked again, and listed when its question is gone', async () => {
    const file = fixtureFiles.find((f) => f.name === 'puntaje-credito-fintech')!;
    const before = fileAnswers(content, file.text);
    const after = expectedAnswers(content, before).answers;
    // An answer the version change drops: its question is asked again, with the note beside it.
    const reasked = Object.keys(before).find((id) => !(id in after) && questionById(content, id)?.kind === 'choice')!;
    expect(reasked).toBeDefined();
    const withNotes = {
      ...JSON.parse(file.text),
      work: { notes: { [reasked]: 'Nota sobre una respuesta que se vuelve a preguntar.', qzzz: 'Nota sobre una pregunta que ya no existe.' } },
    };
    const { page, context, errors } = await openPage(session.browser, baseUrl);
    await importFile(page, JSON.stringify(withNotes));
    await page.locator('form[data-page]').waitFor();
    // The questions asked again, answered as the golden defaults answer them.
    for (let pageId = await currentPageId(page); pageId !== null; pageId = await currentPageId(page)) {
      await answerPage(page, defaultAnswer);
      await continueFrom(page, pageId);
    }
    await review(page).waitFor();
    const text = await page.locator('main').innerText();
    expect(text).toContain('Nota sobre una respuesta que se vuelve a preguntar.');
    const gone = page.locator('[data-unasked-note="qzzz"]');
    expect(await gone.innerText()).toContain('Una pregunta que esta versión del cuestionario ya no tiene');
    expect(await gone.innerText()).toContain('Nota sobre una pregunta que ya no existe.');
    await gone.getByRole('button', { name: /^Borrar la nota/ }).click();
    expect(await gone.count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('in a record saved with questionnaire 1.1.0 before pages opens beside its question', async () => {
    const fixtures: { name: string; at: string; snapshot: unknown }[] = JSON.parse(readFileSync('tests/fixtures/questionnaire-1.1.0/snapshots.json', 'utf8'));
    const fixture = fixtures.find((f) => questionById(content, f.at)?.kind === 'choice')!;
    const record = {
      id: 'notes-110',
      name: 'Con nota',
      updatedAt: '2026-11-20T10:00:00.000Z',
      outcome: null,
      snapshot: fixture.snapshot,
      questionnaireVersion: '1.1.0',
      work: { notes: { [fixture.at]: 'Nota guardada con la 1.1.0.' } },
    };
    const { page, context, errors } = await openPage(session.browser, baseUrl);
    await page.goto(baseUrl);
    await appReady(page);
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key!, value!),
      [STORE_KEY, JSON.stringify({ format: 'semaforo-ia/store', version: 1, current: record.id, assessments: [record] })],
    );
    await page.reload();
    const row = page.locator(`[data-question="${fixture.at}"]`);
    await row.waitFor();
    expect(await row.locator(`#${fixture.at}-note`).inputValue()).toBe('Nota guardada con la 1.1.0.');
    expect(errors).toEqual([]);
    await context.close();
  });
});
