// The form of a page: one field per row, named by question ID. Which rows exist depends on the
// answers given so far on the page (a screening row reveals its follow-ups), so the resolver
// asks the engine for the rows shown with the values being submitted and checks each with its
// own rule: a row that is not shown is never required, and its value is never sent.
import type { FieldErrors, Resolver } from 'react-hook-form';
import { isValidAnswer, pageRows, type Content } from '../engine';
import { answerSchema } from './answerSchema';

export type PageValues = Record<string, string>;

/** The saved answers with the page's valid values put in: what decides which rows show. */
export function givenAnswers(content: Content, answers: Record<string, string>, values: PageValues): Record<string, string> {
  const valid = Object.entries(values).filter(([id, value]) => isValidAnswer(content, id, value));
  return { ...answers, ...Object.fromEntries(valid) };
}

export function pageResolver(content: Content, answers: Record<string, string>, pageId: string): Resolver<PageValues> {
  return async (values) => {
    const rows = pageRows(content, givenAnswers(content, answers, values), pageId);
    const parsed: PageValues = {};
    const errors: FieldErrors<PageValues> = {};
    for (const row of rows) {
      const result = answerSchema(content, row).safeParse(values[row.id]);
      if (result.success) parsed[row.id] = result.data;
      else errors[row.id] = { type: 'validate', message: result.error.issues[0]?.message ?? 'choiceRequired' };
    }
    return Object.keys(errors).length > 0 ? { values: {}, errors } : { values: parsed, errors: {} };
  };
}
