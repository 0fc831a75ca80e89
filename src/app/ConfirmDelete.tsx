// The in-place confirmation before anything saved is deleted for good: the question, a
// destructive button and a cancel button that has the focus, so Enter never deletes by accident.
import { useTranslation } from 'react-i18next';

interface Props {
  id: string;
  message: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDelete({ id, message, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <div className="saved__confirm" role="alertdialog" aria-labelledby={id}>
      <p id={id}>{message}</p>
      <div className="button-group">
        <button type="button" className="button button--warning" onClick={onConfirm}>
          {t('saved.confirmDeleteYes')}
        </button>
        {/* The dialog opens on the person's own click: focus goes to the safe choice (WAI-ARIA alertdialog). */}
        {/* eslint-disable-next-line jsx-a11y/no-autofocus */}
        <button type="button" className="button button--secondary" autoFocus onClick={onCancel}>
          {t('saved.cancel')}
        </button>
      </div>
    </div>
  );
}
