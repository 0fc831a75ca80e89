import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toAnswersFile, type Answers } from '../../engine';
import { content } from '../../questionnaire/content';
import { encodeShare, MAX_LINK_LENGTH } from '../../share/shareLink';

export function ShareLink({ answers }: { answers: Answers }) {
  const { t } = useTranslation();
  const [state, setState] = useState<{ link: string; copied: boolean } | { tooLong: number } | null>(null);

  async function create() {
    const json = JSON.stringify(toAnswersFile(content, answers));
    const link = `${window.location.origin}${window.location.pathname}${await encodeShare(json)}`;
    if (link.length > MAX_LINK_LENGTH) return setState({ tooLong: link.length });
    let copied = false;
    try {
      await navigator.clipboard.writeText(link);
      copied = true;
    } catch {
      // Clipboard access may be refused; the link stays in the box to copy by hand.
    }
    setState({ link, copied });
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
          </p>
        </div>
      ) : null}
    </div>
  );
}
