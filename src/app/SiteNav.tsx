import { useTranslation } from 'react-i18next';
import { href, ROUTES, type Route } from './routes';

export function SiteNav({ current }: { current: Route }) {
  const { t } = useTranslation();
  return (
    <nav className="site-nav" aria-label={t('nav.label')}>
      <ul>
        {ROUTES.map((route) => (
          <li key={route}>
            <a href={href(route)} aria-current={route === current ? 'page' : undefined}>
              {t(`nav.${route}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
