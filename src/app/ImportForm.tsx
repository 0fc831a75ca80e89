import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedAssessment } from '../storage/assessments';
import { MAX_IMPORT_BYTES } from '../storage/importLimit';
import { rejectionValues, type Rejection } from './rejection';
import { dataText } from '../questionnaire/texts';

type Failure = Rejection;

/** Imports an answers file as a new saved assessment; a refused file changes nothing. */
export function ImportForm({ onImported }: { onImported: (saved: SavedAssessment) => void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const [failure, setFailure] = useState<Failure | null>(null);

  async function submit() {
    const file = input.current?.files?.[0];
    if (!file) return;
    let result: { ok: true; saved: SavedAssessment } | ({ ok: false } & Failure);
    if (file.size > MAX_IMPORT_BYTES) result = { ok: false, problem: 'too_large', field: '' };
    else {
      const [{ importAnswers }, text] = await Promise.all([import('../machine/importAssessment'), file.text()]);
      result = importAnswers(text);
    }
    if (result.ok) {
      setFailure(null);
      onImported(result.saved);
    } else {
      setFailure(result);
    }
  }

  useEffect(() => {
    if (failure) summary.current?.focus();
  }, [failure]);

  return (
    <section aria-labelledby="import" className="import">
      <h2 id="import">{t('import.title')}</h2>
      {failure ? (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summary} aria-labelledby="import-error-title">
          <h3 id="import-error-title" className="error-summary__title">
            {t('import.errorTitle')}
          </h3>
          <p>{dataText(t)(`import.errors.${failure.problem}`, rejectionValues(t, failure))}</p>
          <p>{t('import.unchanged')}</p>
        </div>
      ) : null}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label htmlFor="import-file" className="label">
          {t('import.label')}
        </label>
        <input id="import-file" ref={input} type="file" accept=".json,application/json" className="file-input" />
        <button type="submit" className="button button--secondary">
          {t('import.submit')}
        </button>
      </form>
    </section>
  );
}
