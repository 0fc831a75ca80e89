import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { versions } from '../about/versions';
import { UpdateNotice } from '../offline/UpdateNotice';
import { LanguageSwitch } from './LanguageSwitch';
import { PresenterToggle } from '../ui/PresenterToggle';
import { href, type Route } from '../ui/routes';
import { SiteNav } from './SiteNav';

export function Layout({ route, children }: { route: Route; children: ReactNode }) {
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
          <div className="site-header__tools">
            <PresenterToggle />
            <LanguageSwitch />
          </div>
        </div>
        <div className="container">
          <SiteNav current={route} />
        </div>
      </header>
      <div className="container">
        <aside aria-label={t('disclaimerLabel')}>
          {/* One line on every page; the start and result pages carry the full text. */}
          <p className="disclaimer disclaimer--short" role="note">
            {t('disclaimerShort')}
          </p>
        </aside>
        <UpdateNotice />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer className="site-footer">
        <div className="container">
          <p>
            {t('footer.version', { app: versions.app, version: versions.questionnaire, norm: versions.norm })}{' '}
            <a href={href('methodology')}>{t('nav.methodology')}</a> · <a href={href('changelog')}>{t('nav.changelog')}</a>
          </p>
          <p>{t('footer.independent')}</p>
        </div>
      </footer>
    </>
  );
}
