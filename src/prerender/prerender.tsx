// Build step: renders the Spanish start page into dist/index.html, so that on a cheap phone
// the first paint shows the real page while the JavaScript is still on its way. The app then
// renders over it (in the visitor's language, with their saved assessments).
// Run by `npm run build` after `vite build --ssr`; not part of the app bundle.
import { readFileSync, writeFileSync } from 'node:fs';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { Layout } from '../app/Layout';
import { StartPage } from '../app/StartPage';
import { initI18n } from '../i18n/i18n';

const PLACEHOLDER = '<!--prerender-->';
const page = 'dist/index.html';

const i18n = await initI18n('es');
// Buttons do nothing until the app has loaded: they are shown disabled until it replaces them,
// so a tap on a slow phone is not silently lost.
const html = renderToString(
  <I18nextProvider i18n={i18n}>
    <Layout route="start">
      <StartPage onBegin={() => undefined} />
    </Layout>
  </I18nextProvider>,
).replaceAll('<button ', '<button disabled="" ');
const template = readFileSync(page, 'utf8');
if (!template.includes(PLACEHOLDER)) throw new Error(`${page} has no ${PLACEHOLDER} placeholder`);
writeFileSync(page, template.replace(PLACEHOLDER, html));
console.log(`Prerendered the start page into ${page} (${html.length} characters).`);
