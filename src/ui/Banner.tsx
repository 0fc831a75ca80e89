import { useTranslation } from 'react-i18next';
import type { ParseKeys } from 'i18next';

/** A message about saving that stays until dismissed; announced politely. It may offer one
 *  thing to do about it (download, load, keep). */
export function Banner({
  messageKey,
  values,
  onDismiss,
  action,
}: {
  messageKey: ParseKeys;
  values?: Record<string, string | number>;
  onDismiss?: () => void;
  action?: { labelKey: ParseKeys; run: () => void };
}) {
  const { t } = useTranslation();
  return (
    <div className="banner" role="status">
      <p>{t(messageKey, values)}</p>
      {action ? (
        <button type="button" className="inline-link" onClick={action.run}>
          {t(action.labelKey)}
        </button>
      ) : null}
      {onDismiss ? (
        <button type="button" className="inline-link" onClick={onDismiss}>
          {t('storage.dismiss')}
        </button>
      ) : null}
    </div>
  );
}
