// Share links, hostile free text, and no request to another origin throughout.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { Q } from '../helpers/questions';
import { openPage, resultBadge, SCREENSHOT_DIR, useBrowser } from './browser';
import { answerAll } from './flow';
import { encodeShare } from '../../src/share/shareLink';

const baseUrl = inject('baseUrl');
const session = useBrowser();

const CV = { [Q.employmentScreen]: 'si', [Q.workerSelection]: 'si' };

async function toResult(page: Page, overrides: Record<string, string>) {
  await page.goto(baseUrl);
  await page.getByRole('button', { name: 'Empezar' }).click();
  await page.locator('form[data-page]').first().waitFor();
  await answerAll(page, overrides, null);
  await page.getByRole('button', { name: 'Ver el resultado' }).click();
  await resultBadge(page).waitFor();
}

describe('share link', () => {
  it('opens the same assessment in another browser, and a damaged link loads nothing', async () => {
    const sender = await openPage(session.browser, baseUrl);
    await toResult(sender.page, CV);
    await sender.page.getByRole('button', { name: 'Crear enlace para compartir' }).click();
    const link = await sender.page.locator('#share-link').inputValue();
    expect(link.startsWith(`${baseUrl}#s=`)).toBe(true);

    const receiver = await openPage(session.browser, baseUrl);
    await receiver.page.goto(link);
    await receiver.page.getByRole('heading', { name: 'Revise sus respuestas' }).waitFor();
    expect(await receiver.page.locator('.banner').innerText()).toContain('abierta desde un enlace compartido');
    // The answers leave the address bar; it names the screen shown.
    expect(receiver.page.url()).toBe(`${baseUrl}#/evaluar/revision`);
    await receiver.page.getByRole('button', { name: 'Ver el resultado' }).click();
    expect(await receiver.page.locator('.badge').innerText()).toContain('Riesgo alto');

    const third = await openPage(session.browser, baseUrl);
    await third.page.goto(link.slice(0, link.length - 30));
    await third.page.locator('.banner').waitFor();
    expect(await third.page.locator('.banner').innerText()).toContain('El enlace está incompleto o fue alterado: no se cargó nada.');
    expect(await third.page.evaluate(() => localStorage.getItem('semaforo-ia.assessments'))).toBeNull();
    expect(await third.page.locator('h1').innerText()).toBe('¿Qué dice el Reglamento peruano de IA sobre su sistema?');

    for (const { foreign, errors, context } of [sender, receiver, third]) {
      expect(foreign).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});

describe('links of other versions', () => {
  const file = (questionnaireVersion: string) =>
    JSON.stringify({ format: 'semaforo-ia/answers', formatVersion: 1, questionnaireVersion, profile: { systemName: 'Enlace antiguo' }, answers: {} });

  it('opens a link made before checksums, and calls a newer questionnaire newer, not altered', async () => {
    const { page, context, foreign, errors } = await openPage(session.browser, baseUrl);
    const current = JSON.parse(readFileSync('questionnaire/questionnaire.json', 'utf8')).version as string;
    await page.goto(`${baseUrl}#s=${deflateRawSync(Buffer.from(file(current))).toString('base64url')}`);
    await page.locator('.banner').first().waitFor();
    expect(await page.locator('.banner').first().innerText()).toContain('abierta desde un enlace compartido');

    await page.goto('about:blank');
    await page.goto(`${baseUrl}${await encodeShare(file('9.0.0'))}`);
    await page.locator('.banner', { hasText: 'enlace' }).waitFor();
    const banner = await page.locator('.banner', { hasText: 'enlace' }).innerText();
    expect(banner).toContain('versión más reciente del cuestionario (9.0.0)');
    expect(banner).not.toContain('alterado');
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('hostile free text', () => {
  const NAME = '<img src=x onerror="window.__pwned=1">';
  const DESCRIPTION = '<script>window.__pwned=1</script> =HYPERLINK("http://evil.example/","clic") ' + 'Ω'.repeat(900);

  it('stays inert text on the page, in print, in .docx and in Markdown, and nothing leaves the page', async () => {
    const { page, context, foreign, errors } = await openPage(session.browser, baseUrl);
    await toResult(page, { [Q.systemName]: NAME, [Q.systemDescription]: DESCRIPTION });
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.locator('main').innerText()).toContain(`Sistema evaluado: ${NAME}`);

    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: `${SCREENSHOT_DIR}/hostile.pdf`, format: 'A4' });
    const pdf = execFileSync('pdftotext', [`${SCREENSHOT_DIR}/hostile.pdf`, '-'], { encoding: 'utf8' });
    expect(pdf).toContain('<img src=x onerror="window.__pwned=1">');
    expect(pdf).toContain('<script>window.__pwned=1</script>');
    await page.emulateMedia({ media: 'screen' });

    const save = async (name: RegExp) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).first().click()]);
      const path = `${SCREENSHOT_DIR}/hostile-${file.suggestedFilename()}`;
      await file.saveAs(path);
      return path;
    };
    const md = readFileSync(await save(/Descargar aviso \(\.md\)/), 'utf8');
    expect(md).toContain('\\<script\\>window.\\_\\_pwned=1\\</script\\>');
    expect(md).not.toMatch(/<script>/);
    const docx = await save(/Descargar aviso \(\.docx\)/);
    const xml = execFileSync('python3', ['-c', 'import sys,zipfile; print(zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode())', docx], {
      encoding: 'utf8',
    });
    expect(xml).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
    expect(xml).toContain('=HYPERLINK(');
    expect(xml).not.toContain('<w:fldSimple');
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
