// i18next set-up. Spanish UI text is bundled with the start page; everything else (English,
// and the questionnaire and result texts) is fetched from the same origin only when needed,
// which keeps the first load small on cheap phones.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import esUi from '../../locales/es/ui.json';

export const LANGUAGES = ['es', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const NAMESPACES = ['ui', 'questionnaire', 'results', 'documents', 'examples', 'pages', 'dossier'] as const;
export type Namespace = (typeof NAMESPACES)[number];

// Spelled out again in detectLanguage, which must stay self-contained (tests keep them equal).
const STORAGE_KEY = 'semaforo-ia.language';
const loaders = import.meta.glob<{ default: Record<string, unknown> }>(['../../locales/*/*.json', '!../../locales/es/ui.json']);

/** The stored choice; else Spanish unless the browser asks for English and not for Spanish.
 *  Self-contained on purpose (no outside names): the build inlines its source in the page head,
 *  so the prerendered start page is painted in the visitor's language before any bundle runs. */
export function detectLanguage(): Language {
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem('semaforo-ia.language');
  } catch {
    // Storage may be disabled (private mode); detection then falls back to the browser.
  }
  if (stored === 'es' || stored === 'en') return stored;
  const bases = (navigator.languages ?? [navigator.language]).map((tag) => tag?.toLowerCase().split('-')[0]);
  return bases.includes('en') && !bases.includes('es') ? 'en' : 'es';
}

/** Loads namespaces of a language, e.g. to draft a document in the other language. */
export async function ensureLoaded(lng: Language, namespaces: readonly Namespace[]) {
  await Promise.all(
    namespaces
      .filter((ns) => !i18next.hasResourceBundle(lng, ns))
      .map(async (ns) => {
        const load = loaders[`../../locales/${lng}/${ns}.json`];
        if (!load) throw new Error(`Missing locale file ${lng}/${ns}.json`);
        i18next.addResourceBundle(lng, ns, (await load()).default);
      }),
  );
}

function reflect(lng: Language) {
  // The build-time prerender runs without a document.
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}

export async function initI18n(lng: Language = detectLanguage(), namespaces: readonly Namespace[] = ['ui']) {
  await i18next.use(initReactI18next).init({
    lng,
    fallbackLng: false,
    supportedLngs: [...LANGUAGES],
    ns: ['ui'],
    defaultNS: 'ui',
    resources: { es: { ui: esUi } },
    partialBundledLanguages: true,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  await ensureLoaded(lng, namespaces);
  reflect(lng);
  return i18next;
}

/** Every namespace a page has asked for, loaded yet or not: a switch of language that happens
 *  while a page is still loading must bring that page's texts in the new language too. */
const wanted = new Set<Namespace>();

/** Loads what a page needs in the current language before it renders. */
export function loadNamespaces(namespaces: readonly Namespace[]) {
  namespaces.forEach((ns) => wanted.add(ns));
  return ensureLoaded(i18next.language as Language, namespaces);
}

export async function changeLanguage(lng: Language) {
  const loaded = NAMESPACES.filter((ns) => wanted.has(ns) || i18next.hasResourceBundle(i18next.language, ns));
  await ensureLoaded(lng, loaded);
  await i18next.changeLanguage(lng);
  reflect(lng);
  try {
    window.localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // Not remembered when storage is unavailable; the switch still works for this visit.
  }
}
