import { memo } from 'react';
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
  /** The note behind the answer, and where a changed one goes, where notes can be written (choice rows). */
  note?: string;
  onNote?: (questionId: string, text: string) => void;
}

/** The field a row's error links to: the text input, or its first option. */
export const rowFieldId = (question: Question) => (question.kind === 'text' ? question.id : `${question.id}-0`);

/**
 * One question of a page: a fieldset whose legend is the question (a heading, so screen-reader
 * users can move row by row), its hint and error, its options, then its definitions and clauses.
 */
function Row({ question, register, error, terms, note, onNote }: Props) {
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
      {onNote && note !== undefined && question.kind === 'choice' ? (
        <AnswerNote questionId={id} question={title} text={note} onChange={(text) => onNote(id, text)} />
      ) : null}
      <QuestionHelp question={question} terms={terms} />
    </div>
  );
}

const sameTerms = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((term, i) => term === b[i]);

/** A row renders again only when what it shows changes: the page renders again at each answer
 *  (and once more as its form mounts), and re-rendering every row each time is most of the cost
 *  of a page on a slow phone. Its texts follow a change of language on their own (useTranslation). */
export const QuestionRow = memo(
  Row,
  (a, b) =>
    a.question === b.question && a.register === b.register && a.error === b.error && a.note === b.note && a.onNote === b.onNote && sameTerms(a.terms, b.terms),
);
