import { useEffect, useMemo, useRef, useState, type MutableRefObject } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { pageById, pageRows, withValidValues } from '../engine';
import { content } from '../questionnaire/content';
import { ErrorSummary } from './ErrorSummary';
import { useFlowActor } from './FlowContext';
import { pageResolver, type PageValues } from './pageForm';
import { Progress } from './Progress';
import { QuestionRow, rowFieldId } from './QuestionRow';
import { dataText, questionTitle } from '../questionnaire/texts';
import { usePageFocus } from '../ui/usePageFocus';

interface Props {
  pageId: string;
  /** Every answer given so far, on this page and the others. */
  answers: Record<string, string>;
  /** Set to read the values on the page, for leaving it by the browser's history. */
  valuesRef?: MutableRefObject<(() => Record<string, string>) | null>;
  /** The notes behind the answers, by question ID, and where a changed one goes. */
  notes?: Readonly<Record<string, string>>;
  onNote?: (questionId: string, text: string) => void;
}

/**
 * A page of related questions, one row each. Rows appear as the answers above them call for
 * them, and a row that disappears takes its value with it (the form unregisters it), as the
 * flow drops the answer to a question it no longer asks.
 */
export function GroupPage({ pageId, answers, valuesRef, notes, onNote }: Props) {
  const { t } = useTranslation();
  const actor = useFlowActor();
  const page = pageById(content, pageId)!;
  const form = useForm<PageValues>({
    resolver: useMemo(() => pageResolver(content, answers, pageId), [answers, pageId]),
    // '' selects no radio, so a question is never pre-answered.
    defaultValues: Object.fromEntries(page.questions.map((id) => [id, answers[id] ?? ''])),
    shouldUnregister: true,
    shouldFocusError: false,
  });
  // `compute` makes useWatch hand back a new object only when a value changed (it compares them):
  // without it, the form's own re-render as it mounts brings a copy equal to the first, and
  // everything worked out from the values (the progress, the rows) would be worked out again.
  const values = useWatch({ control: form.control, compute: (all: PageValues) => all });
  useEffect(() => {
    if (!valuesRef) return;
    valuesRef.current = form.getValues;
    return () => {
      valuesRef.current = null;
    };
  }, [valuesRef, form.getValues]);
  // Kept while the answers and the values stay the same: the form renders its page again as it
  // mounts (inside React's commit, one uninterrupted task), and the progress and rows need not
  // be worked out again then.
  const given = useMemo(() => withValidValues(content, answers, values), [answers, values]);
  const rows = useMemo(() => pageRows(content, given, pageId), [given, pageId]);
  const { errors, submitCount } = form.formState;

  // Rows revealed by an answer appear below it, out of sight of a screen-reader user who is on
  // that answer: say so, politely.
  const [added, setAdded] = useState(0);
  const shown = useRef(rows.length);
  useEffect(() => {
    setAdded(rows.length > shown.current ? rows.length - shown.current : 0);
    shown.current = rows.length;
  }, [rows.length]);

  const title = dataText(t)(`pages.${pageId}.title`, { ns: 'questionnaire' });
  const heading = usePageFocus<HTMLHeadingElement>(title);
  const summary = useRef<HTMLDivElement>(null);
  const failed = Object.keys(errors).length > 0;
  useEffect(() => {
    if (submitCount > 0 && failed) summary.current?.focus();
  }, [submitCount, failed]);

  const errorOf = (id: string) => {
    const message = errors[id]?.message;
    const question = rows.find((q) => q.id === id);
    return message ? dataText(t)(`errors.${message}`, { max: question?.kind === 'text' ? question.maxLength : 0 }) : null;
  };
  // In the summary each error names its row: several rows can share the same message.
  const listed = rows.flatMap((q) => {
    const message = errorOf(q.id);
    return message ? [{ fieldId: rowFieldId(q), message: t('errors.inRow', { question: questionTitle(t, q), message }) }] : [];
  });

  return (
    <>
      <button type="button" className="back-link" onClick={() => actor.send({ type: 'BACK', values: form.getValues() })}>
        {t('flow.back')}
      </button>
      <Progress answers={given} values={form.getValues} />
      <ErrorSummary ref={summary} errors={listed} />
      <h1 ref={heading} tabIndex={-1} className="page-title">
        {title}
      </h1>
      <form noValidate data-page={pageId} onSubmit={form.handleSubmit((data) => actor.send({ type: 'SUBMIT_PAGE', values: data }))}>
        {rows.map((question, i) => (
          <QuestionRow
            key={question.id}
            question={question}
            register={form.register}
            error={errorOf(question.id)}
            terms={(question.terms ?? []).filter((term) => !rows.slice(0, i).some((above) => above.terms?.includes(term)))}
            note={onNote ? (notes?.[question.id] ?? '') : undefined}
            onNote={onNote}
          />
        ))}
        <p role="status" className="visually-hidden">
          {added > 0 ? t('flow.rowsAdded', { count: added }) : ''}
        </p>
        <button type="submit" className="button">
          {t('flow.continue')}
        </button>
      </form>
    </>
  );
}
