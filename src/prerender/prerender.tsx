// Build step: writes the start page, as a first visit sees it, into dist/index.html in both
// languages, so that on a cheap phone the first paint shows the real page in the visitor's
// language while the JavaScript is still on its way. The app then takes over these very nodes
// (src/app/mount.tsx). Also adds the page's Content-Security-Policy, once all inline code is in,
// checks the data files of questionnaire/ against their schemas, and last writes the service
// worker, whose version hashes the finished files.
// Run by `npm run build` after `vite build --ssr`; not part of the app bundle.
import { readFileSync, writeFileSync } from 'node:fs';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { Layout } from '../app/Layout';
import { StartScreen } from '../app/StartScreen';
import { changeLanguage, initI18n, LANGUAGES, type Language } from '../i18n/i18n';
import { exampleFile } from '../examples/examples';
import { clauses } from '../questionnaire/clauses';
import { content } from '../questionnaire/content';
import { checkDataFiles } from '../questionnaire/checkData';
import { migrations } from '../questionnaire/migrations';
import { writeServiceWorker } from '../offline/serviceWorkerFile';
import { emptyStore } from '../storage/assessments';
import { withPolicy } from './contentSecurityPolicy';
import { languageScript } from './languageScript';

const PLACEHOLDER = '<!--prerender-->';
const page = 'dist/index.html';
const nothing = () => undefined;

const i18n = await initI18n('es');
async function render(language: Language) {
  await changeLanguage(language);
  const html = renderToString(
    <I18nextProvider i18n={i18n}>
      <Layout route="start">
        <StartScreen store={emptyStore()} loading="idle" onBegin={nothing} onStoreChange={nothing} onOpen={nothing} onDownload={nothing} onImported={nothing} />
      </Layout>
    </I18nextProvider>,
  );
  // Buttons do nothing until the app has taken over: they are disabled until then, so a tap on
  // a slow phone is not silently lost (the app removes the attribute as it takes over).
  return `<div data-prerender="${language}">${html.replaceAll('<button ', '<button disabled="" ')}</div>`;
}

// The app in the browser trusts the bundled data files; this is where the build checks them
// against their schemas (a malformed one stops the build).
checkDataFiles();
const { questions, rules } = content.questionnaire;
console.log(
  `Checked the data: ${questions.length} questions, ${rules.length} rules, ${clauses.length} clauses, ${exampleFile.examples.length} examples, ${migrations.steps.length} version steps.`,
);

const template = readFileSync(page, 'utf8');
if (!template.includes(PLACEHOLDER)) throw new Error(`${page} has no ${PLACEHOLDER} placeholder`);
let body = '';
for (const language of LANGUAGES) body += await render(language);
const html = withPolicy(template.replace(PLACEHOLDER, body).replace('</head>', `  <script>${languageScript}</script>\n  </head>`));
writeFileSync(page, html);
console.log(`Prerendered the start page (${LANGUAGES.join(', ')}) into ${page} (${html.length} characters).`);
const worker = writeServiceWorker('dist');
console.log(`Wrote dist/sw.js: version ${worker.version}, ${worker.files.length} files to precache.`);
