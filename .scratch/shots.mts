import { chromium } from 'playwright-core';
import { preview } from 'vite';
const PORT = 4198, base = `http://127.0.0.1:${PORT}/`;
const server = await preview({ preview: { port: PORT, strictPort: true, host: '127.0.0.1' }, logLevel: 'error' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const out = '/work/scratch/shots';
for (const [w, h] of [[360, 740], [1280, 720]]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, serviceWorkers: 'block' });
  const page = await ctx.newPage();
  await page.goto(base);
  await page.getByRole('button', { name: /Empezar/ }).waitFor();
  await page.screenshot({ path: `${out}/start-${w}.png` });
  await page.goto(`${base}#/ejemplos`);
  await page.locator('#ejemplo-credito-fintech button, .card button').first().click();
  await page.locator('.badge').first().waitFor();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${out}/result-${w}.png` });
  await page.goto(`${base}#/evaluar/practicas`);
  await page.locator('fieldset').first().waitFor();
  await page.screenshot({ path: `${out}/practicas-${w}.png` });
  await page.screenshot({ path: `${out}/practicas-full-${w}.png`, fullPage: true });
  await ctx.close();
}
await browser.close();
await server.close();
