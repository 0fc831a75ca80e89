// The form rule of one row: the same limits the engine applies, with error messages as locale
// keys so they follow the language switch.
import { z } from '../engine/zod';
import { optionsOf, type Content } from '../engine';
import type { Question } from '../questionnaire/schema';

export function answerSchema(content: Content, question: Question) {
  if (question.kind === 'text') return z.string('textRequired').trim().min(1, 'textRequired').max(question.maxLength, 'textTooLong');
  const ids = optionsOf(content, question).map((o) => o.id);
  return z.enum(ids as [string, ...string[]], 'choiceRequired');
}
