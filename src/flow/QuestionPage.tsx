import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { optionsOf } from '../engine';
import { content } from '../questionnaire/content';
import type { Question } from '../questionnaire/schema';
import { answerSchema } from './answerSchema';
import { ErrorSummary } from './ErrorSummary';
import { useFlowActor } from './FlowContext';
import { Progress } from './Progress';
import { QuestionHelp } from './QuestionHelp';
import { optionLabel, questionHint, questionTitle } from './texts';
import { usePageFocus } from '../app/usePageFocus';

interface Props {
  question: Question;
  value: string | undefined;
}

export function QuestionPage({ question, value }: Props) {
  const { t } = useTranslation();
  const actor = useFlowActor();
  const schema = useMemo(() => answerSchema(content, question), [question]);
  const form = useForm({
    resolver: zodResolver(schema),
    // '' selects no radio, so a question is never pre-answered.
    defaultValues: { answer: value ?? '' },
    shouldFocusError: false,
  });
  const { errors, submitCount } = form.formState;
  const title = questionTitle(t, question);
  const heading = usePageFocus<HTMLHeadingElement>(title);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (submitCount > 0 && errors.answer) summary.current?.focus();
  }, [submitCount, errors.answer]);

  const id = question.id;
  const firstField = question.kind === 'text' ? id : `${id}-0`;
  const error = errors.answer?.message;
  const errorText = error ? t(`errors.${error}`, { max: question.kind === 'text' ? question.maxLength : 0 }) : null;
  const describedBy = [`${id}-hint`, errorText ? `${id}-error` : null].filter(Boolean).join(' ');

  const hint = (
    <p id={`${id}-hint`} className="hint">
      {questionHint(t, question)}
      {question.kind === 'text' ? ` ${t('text.limit', { max: question.maxLength })}` : null}
    </p>
  );
  const inlineError = errorText ? (
    <p id={`${id}-error`} className="error-message">
      <span className="visually-hidden">{t('errors.prefix')}</span> {errorText}
    </p>
  ) : null;

  return (
    <>
      <button type="button" className="back-link" onClick={() => actor.send({ type: 'BACK' })}>
        {t('flow.back')}
      </button>
      <Progress current={question.section} />
      <ErrorSummary ref={summary} errors={errorText ? [{ fieldId: firstField, message: errorText }] : []} />
      <form noValidate onSubmit={form.handleSubmit((data) => actor.send({ type: 'NEXT', value: data.answer }))}>
        <div className={errorText ? 'form-group form-group--error' : 'form-group'}>
          {question.kind === 'text' ? (
            <>
              <h1 ref={heading} tabIndex={-1} className="question-title">
                <label htmlFor={id}>{title}</label>
              </h1>
              {hint}
              {inlineError}
              {question.multiline ? (
                <textarea id={id} rows={5} className="input" aria-describedby={describedBy} aria-invalid={Boolean(errorText)} {...form.register('answer')} />
              ) : (
                <input id={id} type="text" className="input" autoComplete="off" aria-describedby={describedBy} aria-invalid={Boolean(errorText)} {...form.register('answer')} />
              )}
            </>
          ) : (
            <fieldset aria-describedby={describedBy}>
              <legend>
                <h1 ref={heading} tabIndex={-1} className="question-title">
                  {title}
                </h1>
              </legend>
              {hint}
              {inlineError}
              <div className="radios">
                {optionsOf(content, question).map((option, i) => (
                  <div className="radio" key={option.id}>
                    <input type="radio" id={`${id}-${i}`} value={option.id} {...form.register('answer')} />
                    <label htmlFor={`${id}-${i}`}>{optionLabel(t, question, option.id)}</label>
                  </div>
                ))}
              </div>
            </fieldset>
          )}
        </div>
        <QuestionHelp question={question} />
        <button type="submit" className="button">
          {t('flow.continue')}
        </button>
      </form>
    </>
  );
}
