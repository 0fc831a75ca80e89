// The accessibility check itself must be able to fail: a page with 5:1 text (AA but not
// the 7:1 the Peruvian guide asks for) and an unlabelled button.
import { expect, it } from 'vitest';
import { axeViolations, useBrowser } from './browser';

const session = useBrowser();

it('reports contrast below 7:1 and a button without a name', async () => {
  const context = await session.browser.newContext();
  const page = await context.newPage();
  await page.setContent(
    '<!doctype html><html lang="es"><head><title>t</title></head><body><main><h1>Prueba</h1>' +
      '<p style="color:#767676">Texto gris</p><button></button></main></body></html>',
  );
  const ids = (await axeViolations(page)).map((v) => v.split(':')[0]);
  expect(ids).toContain('color-contrast-enhanced');
  expect(ids).toContain('button-name');
  await context.close();
});
