import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_NOTE_LENGTH } from '../engine';

interface Props {
  questionId: string;
  /** The question as its row shows it: the note's label names it for screen readers. */
  question: string;
  text: string;
  onChange: (text: string) => void;
}

/**
 * Why an answer was given, behind a disclosure so rows stay short. Saved as it is typed (with
 * the assessment's work, not with the page's answers), so it never waits for «Continuar».
 */
export function AnswerNote({ questionId, question, text, onChange }: Props) {
  const { t } = useTranslation();
  // Open from the start when the row already has a note, so it is seen; after that the person
  // opens and closes it.
  const [openAtFirst] = useState(text !== '');
  const id = `${questionId}-note`;
  return (
    <details className="answer-note" open={openAtFirst}>
      <summary>
        {text ? t('notes.edit') : t('notes.add')}
        <span className="visually-hidden"> {t('notes.about', { question })}</span>
      </summary>
      <label htmlFor={id} className="label">
        {t('notes.label')}
        <span className="visually-hidden"> {t('notes.about', { question })}</span>
      </label>
      <p id={`${id}-hint`} className="hint">
        {t('notes.hint', { max: MAX_NOTE_LENGTH })}
      </p>
      <textarea
        id={id}
        className="input"
        rows={3}
        maxLength={MAX_NOTE_LENGTH}
        aria-describedby={`${id}-hint`}
        value={text}
        onChange={(e) => onChange(e.target.value)}
      />
    </details>
  );
}
