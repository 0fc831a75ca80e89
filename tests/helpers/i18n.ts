// A separate i18next instance with every locale file, for composing documents in tests.
import { readdirSync, readFileSync } from 'node:fs';
import i18next, { type Resource } from 'i18next';

export async function fixedT(lang: 'es' | 'en') {
  const instance = i18next.createInstance();
  const resources: Resource = {};
  for (const l of ['es', 'en']) {
    resources[l] = Object.fromEntries(readdirSync(`locales/${l}`).map((f) => [f.replace('.json', ''), JSON.parse(readFileSync(`locales/${l}/${f}`, 'utf8'))]));
  }
  await instance.init({ lng: lang, resources, interpolation: { escapeValue: false } });
  return {
    t: instance.getFixedT(lang, 'documents'),
    tq: instance.getFixedT(lang, 'questionnaire'),
    tr: instance.getFixedT(lang, 'results'),
  };
}
