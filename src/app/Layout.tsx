import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
// Named JSON imports are tree-shaken: the start page gets two fields, not the questionnaire.
import { legalText, version } from '../../questionnaire/questionnaire.json';
import { LanguageSwitch } from './LanguageSwitch';

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <header className="site-header">
        <div className="container site-header__inner">
          <p className="site-header__name">
            <span className="site-header__logo" aria-hidden="true" />
            {t('app.name')}
            <span className="site-header__tagline">{t('app.tagline')}</span>
          </p>
          <LanguageSwitch />
        </div>
      </header>
      <div className="container">
        <aside aria-label={t('disclaimerLabel')}>
          <p className="disclaimer" role="note">
            {t('disclaimer')}
          </p>
        </aside>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer className="site-footer">
        <div className="container">
          <p>{t('footer.version', { version, norm: legalText.norm })}</p>
          <p>{t('footer.independent')}</p>
        </div>
      </footer>
    </>
  );
}
