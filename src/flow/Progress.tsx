import { useTranslation } from 'react-i18next';
import { content } from '../questionnaire/content';

/** The last step of the progress list, after every section. */
export const RESULT_STEP = '__result';

/** Sections in order, then the result; the current one named in words, not only by colour. */
export function Progress({ current }: { current: string }) {
  const { t } = useTranslation();
  const steps = [...content.questionnaire.sections, RESULT_STEP];
  const at = steps.indexOf(current);
  const name = (s: string) => (s === RESULT_STEP ? t('flow.resultSection') : t(`sections.${s}`, { ns: 'questionnaire' }));
  return (
    <nav className="progress" aria-label={t('flow.progressLabel')}>
      <p className="progress__now">{t('flow.sectionOf', { current: at + 1, total: steps.length, name: name(current) })}</p>
      <ol className="progress__list" aria-hidden="true">
        {steps.map((s, i) => (
          <li key={s} className={i < at ? 'progress__step is-done' : i === at ? 'progress__step is-current' : 'progress__step'}>
            {i < at ? '✓ ' : i === at ? '▶ ' : ''}
            {name(s)}
          </li>
        ))}
      </ol>
    </nav>
  );
}
