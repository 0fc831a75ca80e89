import { useTranslation } from 'react-i18next';
import { versions } from '../about/versions';
import { usePageFocus } from '../app/usePageFocus';

interface Section {
  title: string;
  paragraphs: string[];
}

export default function MethodologyPage() {
  const { t } = useTranslation('pages');
  const heading = usePageFocus<HTMLHeadingElement>(t('methodology.title'));
  const sections = t('methodology.sections', { returnObjects: true }) as Section[];
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('methodology.title')}
      </h1>
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
