import { useTranslation } from 'react-i18next';
import { minutesFor, QUESTIONNAIRE_LENGTH } from './questionnaireLength';
import { usePageFocus } from '../ui/usePageFocus';
import { OfflineStatus } from '../offline/OfflineStatus';

/** The facts the questions ask that a person may have to look up, in the order they are asked. */
const BEFORE = ['data', 'use', 'decision', 'role', 'entity', 'sales'] as const;

export function StartPage({ onBegin, busy = false }: { onBegin: () => void; busy?: boolean }) {
  const { t } = useTranslation();
  // The first page a visitor sees keeps the browser's own focus; only the title is set.
  usePageFocus(t('start.title'), false);
  const { questionsMedian, questionsMax, pagesMax } = QUESTIONNAIRE_LENGTH;
  // «Empezar» comes right after the lead, so it is on the first screen of a phone.
  return (
    <>
      <h1>{t('start.title')}</h1>
      <p className="lead">{t('start.lead')}</p>
      <button type="button" className="button button--start" onClick={onBegin} disabled={busy} aria-busy={busy}>
        {busy ? t('flow.loading') : t('flow.begin')}
        <span aria-hidden="true"> →</span>
      </button>
      <p className="disclaimer" role="note">
        {t('disclaimer')}
      </p>
      <h2>{t('start.before.title')}</h2>
      <p>{t('start.before.lead')}</p>
      <ul>
        {BEFORE.map((fact) => (
          <li key={fact}>{t(`start.before.${fact}`)}</li>
        ))}
      </ul>
      <p>
        {t('start.time', {
          pages: pagesMax,
          median: questionsMedian,
          max: questionsMax,
          from: minutesFor(questionsMedian),
          to: minutesFor(questionsMax),
        })}
      </p>
      <p>{t('start.youGet')}</p>
      <ul>
        <li>{t('start.get.class')}</li>
        <li>{t('start.get.why')}</li>
        <li>{t('start.get.next')}</li>
      </ul>
      <p className="notice">{t('start.privacy')}</p>
      <OfflineStatus />
    </>
  );
}
