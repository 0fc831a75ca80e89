// Translation keys are typed from the Spanish texts (the source language): a key that does not
// exist there fails `npm run typecheck`. The parity test keeps English to the same keys.
import 'i18next';
import type documents from '../../locales/es/documents.json';
import type dossier from '../../locales/es/dossier.json';
import type examples from '../../locales/es/examples.json';
import type pages from '../../locales/es/pages.json';
import type questionnaire from '../../locales/es/questionnaire.json';
import type results from '../../locales/es/results.json';
import type ui from '../../locales/es/ui.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: {
      ui: typeof ui;
      questionnaire: typeof questionnaire;
      results: typeof results;
      documents: typeof documents;
      examples: typeof examples;
      pages: typeof pages;
      dossier: typeof dossier;
    };
  }
}
