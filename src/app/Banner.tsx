import { useTranslation } from 'react-i18next';

/** A message about saving that stays until dismissed; announced politely. */
export function Banner({ messageKey, values, onDismiss }: { messageKey: string; values?: Record<string, string>; onDismiss?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="banner" role="status">
      <p>{t(messageKey, values)}</p>
      {onDismiss ? (
        <button type="button" className="inline-link" onClick={onDismiss}>
          {t('storage.dismiss')}
        </button>
      ) : null}
    </div>
  );
}
