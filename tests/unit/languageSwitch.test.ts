// Switching language while a page is still loading its texts: the page's namespaces must come
// in the new language too, or it renders raw keys (seen on the gallery: an example opened then
// was saved with "chatbot-municipal.title" as its system name).
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { changeLanguage, initI18n, loadNamespaces } from '../../src/i18n/i18n';

describe('language switch during a page load', () => {
  it('loads, in the new language, the namespaces a page asked for but had not received yet', async () => {
    await initI18n('es');
    const pending = loadNamespaces(['examples', 'pages']);
    await changeLanguage('en');
    await pending;
    expect(i18next.hasResourceBundle('en', 'examples')).toBe(true);
    expect(i18next.t('chatbot-municipal.title', { ns: 'examples' })).not.toBe('chatbot-municipal.title');
  });
});
