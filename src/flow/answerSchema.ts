// The form rule of one row: the same limits the engine applies, with error messages as locale
// keys so they follow the language switch.
import { z } from '../questionnaire/zod';
import { cleanText, isBlankText, optionsOf, type Content } from '../engine';
import type { Question } from '../questionnaire/schema';

export function answerSchema(content: Content, question: Question) {
  if (question.kind === 'text') {
    // What the person typed, without the characters cleanText removes; a text of only
    // invisible characters counts as empty, as the engine sees it.
    return z
      .string('textRequired')
      .transform((s) => cleanText(s).trim())
      .pipe(
        z
          .string()
          .refine((s) => !isBlankText(s), 'textRequired')
          .max(question.maxLength, 'textTooLong'),
      );
  }
  const ids = optionsOf(content, question).map((o) => o.id);
  return z.enum(ids as [string, ...string[]], 'choiceRequired');
}
