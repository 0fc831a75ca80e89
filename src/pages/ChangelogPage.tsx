import { useTranslation } from 'react-i18next';
import changelog from '../../questionnaire/changelog.json';
import { usePageFocus } from '../app/usePageFocus';
import { longDate } from '../flow/result/format';

export default function ChangelogPage() {
  const { t, i18n } = useTranslation('pages');
  const heading = usePageFocus<HTMLHeadingElement>(t('changelog.title'));
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('changelog.title')}
      </h1>
      <p className="lead">{t('changelog.lead')}</p>
      {changelog.entries.map((entry) => (
        <section key={entry.app}>
          <h2>{t('changelog.entry', { ...entry, date: longDate(entry.date, i18n.language) })}</h2>
          <ul>
            {entry.changes.map((change) => (
              <li key={change}>{t(`changelog.changes.${change}`)}</li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
