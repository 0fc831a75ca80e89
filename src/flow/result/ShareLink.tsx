import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers, AssessmentWork } from '../../engine';
import { shareLinkFor } from './shareLinkFor';

export function ShareLink({ answers, work }: { answers: Answers; work: AssessmentWork }) {
  const { t } = useTranslation();
  const [state, setState] = useState<{ link: string; copied: boolean; withoutWork: boolean } | { tooLong: number } | null>(null);

  async function create() {
    const made = await shareLinkFor(`${window.location.origin}${window.location.pathname}`, answers, work);
    if ('tooLong' in made) return setState(made);
    let copied = false;
    try {
      await navigator.clipboard.writeText(made.link);
      copied = true;
    } catch {
      // Clipboard access may be refused; the link stays in the box to copy by hand.
    }
    setState({ ...made, copied });
  }

  return (
    <div className="share no-print">
      <button type="button" className="button button--secondary" onClick={() => void create()}>
        {t('share.button')}
      </button>
      {state && 'tooLong' in state ? (
        <p className="share__message" role="status">
          {t('share.tooLong', { length: state.tooLong })}
        </p>
      ) : null}
      {state && 'link' in state ? (
        <div className="form-group--compact">
          <label htmlFor="share-link" className="label">
            {t('share.label')}
          </label>
          <input id="share-link" className="input" readOnly value={state.link} onFocus={(e) => e.target.select()} />
          <p className="share__message" role="status">
            {state.copied ? t('share.copied') : t('share.copyManually')}
            {state.withoutWork ? ` ${t('share.withoutWork')}` : null}
            {work.notes ? ` ${t('share.withoutNotes')}` : null}
          </p>
        </div>
      ) : null}
    </div>
  );
}
