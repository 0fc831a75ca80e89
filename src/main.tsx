import { mount } from './app/mount';
import { detectLanguage, initI18n } from './i18n/i18n';
import { registerOffline } from './offline/register';
import './styles/base.css';

registerOffline();
const language = detectLanguage();
void initI18n(language).then(() => mount(document.getElementById('root')!, language));
