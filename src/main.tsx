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

registerOffline();
const language = detectLanguage();
void initI18n(language).then(() => mount(document.getElementById('root')!, language));
