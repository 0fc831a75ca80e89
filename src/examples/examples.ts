// The workshop cases, parsed with the schema like the rest of the decision content.
import examplesJson from '../../questionnaire/examples.json';
import { ExampleFile, type Example } from '../questionnaire/schema';
import type { Content } from '../engine/types';

export const exampleFile = ExampleFile.parse(examplesJson);
export const examples = exampleFile.examples;

/** The example's answers completed with its name and description in the reader's language. */
export function exampleAnswers(content: Content, example: Example, texts: { title: string; scenario: string }): Record<string, string> {
  const byField = (field: string) => content.questionnaire.questions.find((q) => q.profileField === field)!.id;
  return { [byField('systemName')]: texts.title, [byField('systemDescription')]: texts.scenario, ...example.answers };
}
