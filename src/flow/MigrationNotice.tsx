// Shown when an assessment, a file or a link made with an older questionnaire version opens:
// which version it was made with, what changed and why (with articles), which answers will be
// asked again, and the classification then and now. It stays until the person closes it.
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { classify, firstUnanswered, isoDate, questionById, reachableQuestions } from '../engine';
import { content } from '../questionnaire/content';
import type { MigrationRecord } from '../storage/assessments';
import { dataText, questionWordingById } from '../questionnaire/texts';

interface Props {
  migration: MigrationRecord;
  /** The answers as they stand now, so the classification follows the re-asked questions. */
  answers: Record<string, string>;
  onDismiss: () => void;
}

export function MigrationNotice({ migration, answers, onDismiss }: Props) {
  const { t } = useTranslation();
  const region = useRef<HTMLElement>(null);
  // The notice is read first, once: the page's heading leaves focus here (data-focus-first).
  useEffect(() => {
    region.current?.focus();
    // Only the page shown with it leaves focus here: the next page's heading takes it again.
    const timer = setTimeout(() => region.current?.removeAttribute('data-focus-first'), 0);
    return () => clearTimeout(timer);
  }, []);

  const reachable = useMemo(() => new Set(reachableQuestions(content, answers).map((q) => q.id)), [answers]);
  const now = useMemo(
    () => (firstUnanswered(content, answers) === null ? classify(content, answers, { today: isoDate(new Date()) }).outcome : null),
    [answers],
  );
  // Answers to questions that still exist are asked again where the path reaches them; answers
  // to questions that are gone are only counted (the record keeps them).
  const askedAgain = [...new Set(migration.dropped.filter((d) => reachable.has(d.questionId)).map((d) => d.questionId))];
  const removed = migration.dropped.filter((d) => !questionById(content, d.questionId)).length;
  // Questions the new version asks this system that the old one never did.
  const added = [...reachable].filter((id) => answers[id] === undefined && migration.answers[id] === undefined).length;
  const then = migration.outcome;
  const label = (outcome: string) => dataText(t)(`outcomes.${outcome}.label`, { ns: 'results' });
  const verdict =
    then && now
      ? then === now
        ? t('migration.outcomeSame', { outcome: label(now) })
        : t('migration.outcomeChanged', { from: label(then), to: label(now) })
      : then
        ? t('migration.outcomePending', { from: label(then) })
        : now
          ? t('migration.outcomeNow', { outcome: label(now) })
          : t('migration.outcomeLater');

  return (
    <section className="migration-notice" aria-labelledby="migration-notice-title" tabIndex={-1} ref={region} data-focus-first="">
      <h2 id="migration-notice-title" className="migration-notice__title">
        {t('migration.title', { to: migration.to })}
      </h2>
      <p>{t('migration.versions', { from: migration.questionnaireVersion, to: migration.to })}</p>
      <ul>
        {migration.changes.map((change) => (
          <li key={change}>{dataText(t)(`changelog.summaries.${change}`, { ns: 'pages' })}</li>
        ))}
      </ul>
      <details className="migration-notice__detail">
        <summary>{t('migration.detail')}</summary>
        <ul>
          {migration.changes.map((change) => (
            <li key={change}>{dataText(t)(`changelog.changes.${change}`, { ns: 'pages' })}</li>
          ))}
        </ul>
      </details>
      {askedAgain.length > 0 ? (
        <>
          <p>{t('migration.askedAgain', { count: askedAgain.length })}</p>
          <ul>
            {askedAgain.map((id) => (
              <li key={id}>{questionWordingById(t, id)}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('migration.noneAskedAgain')}</p>
      )}
      {added > 0 ? <p>{t('migration.added', { count: added, to: migration.to })}</p> : null}
      {removed > 0 ? <p>{t('migration.removed', { count: removed })}</p> : null}
      <p role="status">{verdict}</p>
      <p>{t('migration.kept')}</p>
      <button type="button" className="button button--secondary" onClick={onDismiss}>
        {t('migration.dismiss')}
      </button>
    </section>
  );
}
