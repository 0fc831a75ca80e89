// Saved assessments on the start page, and import of good and broken files.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { parseAnswersFile, toAnswersFile } from '../../src/engine';
import { content } from '../../src/questionnaire/content';
import { walk } from '../helpers/journey';
import { openPage, resultBadge, SCREENSHOT_DIR, useBrowser } from './browser';
import { answerAll } from './flow';
import { Q } from '../helpers/questions';

const baseUrl = inject('baseUrl');
const session = useBrowser();

async function finishOne(page: Page) {
  await page.goto(baseUrl);
  await page.getByRole('button', { name: 'Empezar' }).click();
  await page.locator('form[data-page]').first().waitFor();
  await answerAll(page, {}, null);
  await page.getByRole('button', { name: 'Ver el resultado' }).click();
  await resultBadge(page).waitFor();
  await page.getByRole('button', { name: 'Empezar una nueva evaluación' }).click();
  await page.locator('.saved').waitFor();
}

const items = (page: Page) => page.locator('.saved__item');

describe('saved assessments', () => {
  it('lists, duplicates, renames, opens, downloads and deletes with confirmation', async () => {
    const { page, context } = await openPage(session.browser, baseUrl);
    await finishOne(page);
    expect(await items(page).count()).toBe(1);
    expect(await items(page).first().innerText()).toContain('Sistema de prueba');
    await expect.poll(() => items(page).first().innerText()).toContain('Riesgo aceptable');

    await page.getByRole('button', { name: 'Duplicar «Sistema de prueba»' }).click();
    expect(await items(page).count()).toBe(2);
    await page.getByRole('button', { name: 'Cambiar nombre «Sistema de prueba (copia)»' }).click();
    await page.getByLabel('Nuevo nombre para «Sistema de prueba (copia)»').fill('¿Y si añadimos reconocimiento facial?');
    await page.getByRole('button', { name: 'Guardar' }).click();
    expect(await page.locator('.saved__name').allInnerTexts()).toEqual(['¿Y si añadimos reconocimiento facial?', 'Sistema de prueba']);

    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Descargar (.json) «Sistema de prueba»' }).click()]);
    const path = `${SCREENSHOT_DIR}/${file.suggestedFilename()}`;
    await file.saveAs(path);
    expect(parseAnswersFile(content, readFileSync(path, 'utf8')).ok).toBe(true);

    await page.getByRole('button', { name: 'Eliminar «Sistema de prueba»' }).click();
    expect(await page.getByRole('alertdialog').innerText()).toContain('¿Eliminar «Sistema de prueba»? No se puede deshacer.');
    await page.getByRole('button', { name: 'Cancelar' }).click();
    expect(await items(page).count()).toBe(2);
    await page.getByRole('button', { name: 'Eliminar «Sistema de prueba»' }).click();
    await page.getByRole('button', { name: 'Sí, eliminar' }).click();
    expect(await page.locator('.saved__name').allInnerTexts()).toEqual(['¿Y si añadimos reconocimiento facial?']);

    await page.getByRole('button', { name: 'Abrir «¿Y si añadimos reconocimiento facial?»' }).click();
    await resultBadge(page).waitFor();
    expect(await page.locator('.badge').innerText()).toContain('Riesgo aceptable');
    await context.close();
  });
});

describe('import', () => {
  const good = toAnswersFile(content, walk({}).answers, '2026-11-23T10:00:00.000Z');
  const ai = Q.isAiSystem;
  const broken: [string, string, string][] = [
    ['not JSON', 'esto no es JSON', 'no tiene formato JSON'],
    [
      'another format',
      JSON.stringify({ ...good, format: 'otra-herramienta' }),
      'no es un archivo de respuestas de Semáforo IA: el campo «format» no tiene el valor esperado',
    ],
    ['a newer version', JSON.stringify({ ...good, questionnaireVersion: '9.0.0' }), 'versión más reciente del cuestionario (9.0.0)'],
    [
      'an unknown question',
      JSON.stringify({ ...good, answers: { ...good.answers, qzzz: 'si' } }),
      'una pregunta que este cuestionario no tiene: «answers.qzzz»',
    ],
    [
      'a wrong value type',
      JSON.stringify({ ...good, answers: { ...good.answers, [ai]: 42 } }),
      `una respuesta que no es válida: «answers.${ai}» no es del tipo esperado`,
    ],
    ['more than 1 MB', JSON.stringify({ ...good, padding: 'x'.repeat(1_100_000) }), 'pesa más de 1 MB'],
  ];

  it.each(broken)('a file with %s shows its message and changes nothing', async (_kind, text, message) => {
    const { page, context } = await openPage(session.browser, baseUrl);
    await page.goto(baseUrl);
    await page.setInputFiles('#import-file', { name: 'respuestas.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.getByRole('button', { name: 'Importar' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain(message);
    expect(await alert.innerText()).toContain('Sus evaluaciones guardadas no han cambiado.');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
    expect(await page.evaluate(() => localStorage.getItem('semaforo-ia.assessments'))).toBeNull();
    await context.close();
  });

  it('a good file becomes a saved assessment and opens at the review, with no request elsewhere', async () => {
    const { page, context, foreign, errors } = await openPage(session.browser, baseUrl);
    await page.goto(baseUrl);
    await page.setInputFiles('#import-file', { name: 'respuestas.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
    await page.getByRole('button', { name: 'Importar' }).click();
    await page.getByRole('heading', { name: 'Revise sus respuestas' }).waitFor();
    expect(await page.locator('main').innerText()).toContain('Sistema de prueba');
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
