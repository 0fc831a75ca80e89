import { useTranslation } from 'react-i18next';
import { PageTitle } from './PageTitle';
import changelog from '../../questionnaire/changelog.json';
import { longDate } from '../ui/format';
import { dataText } from '../questionnaire/texts';

export default function ChangelogPage() {
  const { t, i18n } = useTranslation('pages');
  return (
    <>
      <PageTitle>{t('changelog.title')}</PageTitle>
      <p className="lead">{t('changelog.lead')}</p>
      {changelog.entries.map((entry) => (
        <section key={entry.app}>
          <h2>{t('changelog.entry', { ...entry, date: longDate(entry.date, i18n.language) })}</h2>
          <ul>
            {entry.changes.map((change) => (
              <li key={change}>{dataText(t)(`changelog.changes.${change}`)}</li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
