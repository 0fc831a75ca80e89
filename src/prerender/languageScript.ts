import { detectLanguage } from '../i18n/i18n';

/** Runs in the page head, before the first paint: sets <html lang>, which shows the prerendered
 *  start page of that language and hides the other (see [data-prerender] in base.css). The
 *  app's own detection is inlined, so page and app cannot disagree. */
export const languageScript = `document.documentElement.lang=(${detectLanguage.toString()})();`;
