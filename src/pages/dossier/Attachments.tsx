// Documents kept elsewhere, referenced by name and date: nothing is uploaded.
import { useTranslation } from 'react-i18next';
import { MAX_ATTACHMENTS, MAX_DOSSIER_LINE, type DossierAttachment } from '../../engine/dossierWork';
import { givenDate } from '../../ui/format';

interface Props {
  idPrefix: string;
  attachments: readonly DossierAttachment[];
  onChange: (attachments: DossierAttachment[]) => void;
}

export function Attachments({ idPrefix, attachments, onChange }: Props) {
  const { t, i18n } = useTranslation('dossier');
  const set = (index: number, change: Partial<DossierAttachment>) => onChange(attachments.map((a, i) => (i === index ? { ...a, ...change } : a)));
  const listed = attachments.filter((a) => a.name.trim());
  return (
    <div className="dossier__attachments">
      <h3>{t('attachments.heading')}</h3>
      <p className="hint no-print">{t('attachments.lead')}</p>
      {attachments.map((a, i) => {
        const id = `${idPrefix}-attachment-${i}`;
        const n = i + 1;
        return (
          <fieldset key={i} className="dossier__item no-print">
            <legend>{t('attachments.item', { n })}</legend>
            <label className="label" htmlFor={`${id}-name`}>
              {t('attachments.name')}
            </label>
            <input
              id={`${id}-name`}
              type="text"
              className="input"
              maxLength={MAX_DOSSIER_LINE}
              value={a.name}
              onChange={(e) => set(i, { name: e.target.value })}
            />
            <label className="label" htmlFor={`${id}-date`}>
              {t('attachments.date')}
            </label>
            <input id={`${id}-date`} type="date" className="input input--short" value={a.date} onChange={(e) => set(i, { date: e.target.value })} />
            <button type="button" className="inline-link" onClick={() => onChange(attachments.filter((_, j) => j !== i))}>
              {t('attachments.remove', { n })}
            </button>
          </fieldset>
        );
      })}
      <ul className="print-only">
        {listed.length ? (
          listed.map((a, i) => <li key={i}>{t('doc.attachment', { name: a.name, date: a.date ? givenDate(a.date, i18n.language) : t('doc.empty') })}</li>)
        ) : (
          <li>{t('doc.noAttachments')}</li>
        )}
      </ul>
      {attachments.length < MAX_ATTACHMENTS ? (
        <button type="button" className="button button--secondary no-print" onClick={() => onChange([...attachments, { name: '', date: '' }])}>
          {t('attachments.add')}
        </button>
      ) : (
        <p className="hint">{t('attachments.limit', { max: MAX_ATTACHMENTS })}</p>
      )}
    </div>
  );
}
