// The workshop cases, checked with the schema like the rest of the decision content.
import examplesJson from '../../questionnaire/examples.json';
import { dataFile } from '../questionnaire/dataFile';
import { ExampleFile, type Example } from '../questionnaire/schema';
import { questionForField, type Content } from '../engine';

export const exampleFile = dataFile(ExampleFile, examplesJson);
export const examples = exampleFile.examples;

/** The example's answers completed with its name and description in the reader's language. */
export function exampleAnswers(content: Content, example: Example, texts: { title: string; scenario: string }): Record<string, string> {
  const id = (field: 'systemName' | 'systemDescription') => questionForField(content, field)!.id;
  return { [id('systemName')]: texts.title, [id('systemDescription')]: texts.scenario, ...example.answers };
}
