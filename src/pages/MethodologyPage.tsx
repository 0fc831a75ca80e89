import { useTranslation } from 'react-i18next';
import { PageTitle } from './PageTitle';
import { versions } from '../about/versions';

interface Section {
  title: string;
  paragraphs: string[];
}

export default function MethodologyPage() {
  const { t } = useTranslation('pages');
  const sections = t('methodology.sections', { returnObjects: true }) as Section[];
  return (
    <>
      <PageTitle>{t('methodology.title')}</PageTitle>
      <p className="lead">{t('methodology.versions', versions)}</p>
      {sections.map((s) => (
        <section key={s.title}>
          <h2>{s.title}</h2>
          {s.paragraphs.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </section>
      ))}
    </>
  );
}
