// The workshop cases, checked against their schema by the build and the tests like the rest
// of the decision content (src/questionnaire/checkData.ts).
import examplesJson from '../../questionnaire/examples.json';
import type { Example, ExampleFile } from '../questionnaire/schema';
import { questionForField, type Content } from '../engine';

export const exampleFile = examplesJson as unknown as ExampleFile;
export const examples = exampleFile.examples;

/** The example's answers completed with its name and description in the reader's language. */
export function exampleAnswers(content: Content, example: Example, texts: { title: string; scenario: string }): Record<string, string> {
  const id = (field: 'systemName' | 'systemDescription') => questionForField(content, field)!.id;
  return { [id('systemName')]: texts.title, [id('systemDescription')]: texts.scenario, ...example.answers };
}
