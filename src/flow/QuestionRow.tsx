import type { UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { optionsOf } from '../engine';
import { content } from '../questionnaire/content';
import type { Question } from '../questionnaire/schema';
import type { PageValues } from './pageForm';
import { AnswerNote } from './AnswerNote';
import { QuestionHelp } from './QuestionHelp';
import { QuestionNumber } from '../ui/QuestionNumber';
import { optionLabel, questionHint, questionInFull, questionTitle } from '../questionnaire/texts';

interface Props {
  question: Question;
  register: UseFormRegister<PageValues>;
  /** The translated error of this row, if any. */
  error: string | null;
  /** The legal terms to define here: a page defines each term once, at its first row. */
  terms: readonly string[];
  /** The note behind the answer, where notes can be written (choice rows). */
  note?: { text: string; onChange: (text: string) => void };
}

/** The field a row's error links to: the text input, or its first option. */
export const rowFieldId = (question: Question) => (question.kind === 'text' ? question.id : `${question.id}-0`);

/**
 * One question of a page: a fieldset whose legend is the question (a heading, so screen-reader
 * users can move row by row), its hint and error, its options, then its definitions and clauses.
 */
export function QuestionRow({ question, register, error, terms, note }: Props) {
  const { t } = useTranslation();
  const id = question.id;
  const title = questionTitle(t, question);
  const inFull = questionInFull(t, question);
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ');
  const hint = (
    <p id={`${id}-hint`} className="hint">
      {inFull ? <>{t('help.inFull', { question: inFull })} </> : null}
      {questionHint(t, question)}
      {question.kind === 'text' ? ` ${t('text.limit', { max: question.maxLength })}` : null}
    </p>
  );
  const inlineError = error ? (
    <p id={`${id}-error`} className="error-message">
      <span className="visually-hidden">{t('errors.prefix')}</span> {error}
    </p>
  ) : null;

  return (
    <div className={error ? 'row form-group form-group--error' : 'row form-group'} data-question={id}>
      {question.kind === 'text' ? (
        <>
          <h2 className="row__title">
            <label htmlFor={id}>
              <QuestionNumber questionId={id} />
              {title}
            </label>
          </h2>
          {hint}
          {inlineError}
          {question.multiline ? (
            <textarea id={id} rows={4} className="input" aria-describedby={describedBy} aria-invalid={Boolean(error)} {...register(id)} />
          ) : (
            <input id={id} type="text" className="input" autoComplete="off" aria-describedby={describedBy} aria-invalid={Boolean(error)} {...register(id)} />
          )}
        </>
      ) : (
        <fieldset aria-describedby={describedBy}>
          <legend>
            <h2 className="row__title">
              <QuestionNumber questionId={id} />
              {title}
            </h2>
          </legend>
          {hint}
          {inlineError}
          <div className={question.scale === 'yes_no_unknown' ? 'radios radios--inline' : 'radios'}>
            {optionsOf(content, question).map((option, i) => (
              <div className="radio" key={option.id}>
                <input type="radio" id={`${id}-${i}`} value={option.id} {...register(id)} />
                <label htmlFor={`${id}-${i}`}>{optionLabel(t, question, option.id)}</label>
              </div>
            ))}
          </div>
        </fieldset>
      )}
      {note && question.kind === 'choice' ? <AnswerNote questionId={id} question={title} text={note.text} onChange={note.onChange} /> : null}
      <QuestionHelp question={question} terms={terms} />
    </div>
  );
}
