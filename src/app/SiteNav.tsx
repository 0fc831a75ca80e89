import { useTranslation } from 'react-i18next';
import { href, ROUTES, SAVED_HASH, type Route } from '../ui/routes';

export function SiteNav({ current }: { current: Route }) {
  const { t } = useTranslation();
  return (
    <nav className="site-nav" aria-label={t('nav.label')}>
      <ul>
        {ROUTES.flatMap((route) => [
          <li key={route}>
            <a href={href(route)} aria-current={route === current ? 'page' : undefined}>
              {t(`nav.${route}`)}
            </a>
          </li>,
          // The saved list sits on the start page, so its link follows the start page's.
          ...(route === 'start'
            ? [
                <li key="saved">
                  <a href={SAVED_HASH}>{t('nav.saved')}</a>
                </li>,
              ]
            : []),
        ])}
      </ul>
    </nav>
  );
}
