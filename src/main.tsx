import { breathe } from './app/breathe';
import { mount } from './app/mount';
import { detectLanguage, initI18n } from './i18n/i18n';
import { registerOffline } from './offline/register';
// Styles by concern. The order is the cascade: print.css overrides the screen rules above it.
import './styles/base.css';
import './styles/questions.css';
import './styles/components.css';
import './styles/result.css';
import './styles/print.css';
import './styles/notices.css';
import './styles/start.css';

// Starting up is done in steps, each its own short task, not one long one (which a slow phone
// feels as a page that does not answer): the bundle's own evaluation, the texts, then the
// stored assessments and the first render (mount).
async function start() {
  await breathe();
  registerOffline();
  const language = detectLanguage();
  await initI18n(language);
  await breathe();
  mount(document.getElementById('root')!, language);
}
void start();
