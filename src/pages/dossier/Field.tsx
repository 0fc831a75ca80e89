// One field of the file: a label, whether it is needed to complete the section, a hint, the
// control, and the value as printed. A value taken from the answers is shown as such until
// the person changes it.
import { useTranslation } from 'react-i18next';
import { MAX_DOSSIER_TEXT } from '../../engine/dossierWork';
import { dataText } from '../../questionnaire/texts';
import { givenDate } from '../../ui/format';
import { Printed } from './Printed';

interface Props {
  id: string;
  field: string;
  required: boolean;
  /** What the person wrote, or undefined if they never touched the field. */
  value: string | undefined;
  /** What the answers say, shown until the person writes their own. */
  prefilled: string | undefined;
  /** Where the prefilled value comes from. */
  source?: string;
  date?: boolean;
  onChange: (value: string) => void;
}

/** Enough rows for the text at about 70 characters a line. */
const rows = (text: string) =>
  Math.min(
    10,
    Math.max(
      3,
      text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / 70)), 0),
    ),
  );

export function Field({ id, field, required, value, prefilled, source, date, onChange }: Props) {
  const { t, i18n } = useTranslation('dossier');
  const text = dataText(t);
  const hint = text(`fields.${field}.hint`, { ns: 'dossier', defaultValue: '' });
  const shown = value ?? prefilled ?? '';
  const fromAnswers = value === undefined && prefilled !== undefined;
  const described = [hint ? `${id}-hint` : '', fromAnswers ? `${id}-source` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="form-group form-group--compact dossier__field">
      <label htmlFor={id} className="label">
        {text(`fields.${field}.label`, { ns: 'dossier' })} <span className="dossier__need">({required ? t('required') : t('optionalField')})</span>
      </label>
      {hint ? (
        <p className="hint no-print" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {date ? (
        <input
          id={id}
          type="date"
          className="input input--short no-print"
          aria-describedby={described}
          value={shown}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        <textarea
          id={id}
          className="input no-print"
          rows={rows(shown)}
          maxLength={MAX_DOSSIER_TEXT}
          aria-describedby={described}
          value={shown}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {fromAnswers ? (
        <p className="dossier__source" id={`${id}-source`}>
          {source ?? t('header.fromAnswers')}
        </p>
      ) : null}
      <Printed text={date && shown ? givenDate(shown, i18n.language) : shown} placeholder={t('header.placeholder')} />
    </div>
  );
}
