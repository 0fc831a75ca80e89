import { useTranslation } from 'react-i18next';
import type { ParseKeys } from 'i18next';

/** Code or texts fetched on demand that did not arrive (a dropped connection, a host that
 *  no longer has the file): says what failed, in the page's language, and offers to try again. */
export function LoadFailed({ messageKey, onRetry }: { messageKey: ParseKeys; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="error-summary" role="alert">
      <p>{t(messageKey)}</p>
      <button type="button" className="button button--secondary" onClick={onRetry}>
        {t('loadFailed.retry')}
      </button>
    </div>
  );
}
