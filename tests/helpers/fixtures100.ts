// The data saved with questionnaire 1.0.0 (tests/fixtures/questionnaire-1.0.0, made by the
// 1.0.0 app before any content change), and what opening it with the current content must do.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { firstUnansweredPage, migrateAnswers, parseAnswersFile, type Content } from '../../src/engine';
import { RESULT, REVIEW } from '../../src/machine/questionnaireMachine';
import { migrations } from '../../src/questionnaire/migrations';
import { answersOf, type SavedAssessment, type Store } from '../../src/storage/assessments';

export const FIXTURE_VERSION = '1.0.0';
const dir = 'tests/fixtures/questionnaire-1.0.0';

export const fixtureFiles = readdirSync(join(dir, 'answers'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ name: f.replace(/\.json$/, ''), text: readFileSync(join(dir, 'answers', f), 'utf8') }));
export const fixtureLinks: { name: string; fragment: string }[] = JSON.parse(readFileSync(join(dir, 'links.json'), 'utf8'));
export const fixtureStoreText = readFileSync(join(dir, 'store.json'), 'utf8').trim();
export const fixtureStore = (): Store => JSON.parse(fixtureStoreText);

/** The 1.0.0 answers of a file, by question ID (profile fields through the content's mapping). */
export function fileAnswers(content: Content, text: string): Record<string, string> {
  const file = JSON.parse(text) as { profile: Record<string, string>; answers: Record<string, string> };
  const byField = new Map(content.questionnaire.questions.flatMap((q) => (q.profileField ? [[q.profileField, q.id]] : [])));
  return { ...file.answers, ...Object.fromEntries(Object.entries(file.profile).map(([f, v]) => [byField.get(f as never) ?? `profile.${f}`, v])) };
}

/** What the version steps must leave of these 1.0.0 answers under `content`. */
export function expectedAnswers(content: Content, answers: Record<string, string>) {
  const result = migrateAnswers(content, migrations, FIXTURE_VERSION, answers);
  if (!result.ok) throw new Error(`no migration from ${FIXTURE_VERSION} to ${content.questionnaire.version}`);
  return result;
}

/** A 1.0.0 record opened with `content`: same record, carried over if the version moved on,
 *  every carried answer kept, the answers as they were kept beside them, placed where the
 *  answers now lead (the page of the first question left to answer). */
export function expectOpened(content: Content, original: SavedAssessment, opened: SavedAssessment, migrated: boolean) {
  const current = content.questionnaire.version;
  const before = answersOf(original);
  expect(opened.id).toBe(original.id);
  expect(opened.title).toBe(original.title);
  expect(migrated).toBe(current !== FIXTURE_VERSION);
  if (!migrated) return expect(opened).toEqual(original);
  const expected = expectedAnswers(content, before);
  expect(opened.questionnaireVersion).toBe(current);
  expect(answersOf(opened)).toEqual(expected.answers);
  expect(opened.migratedFrom).toMatchObject({
    questionnaireVersion: FIXTURE_VERSION,
    answers: before,
    outcome: original.outcome,
    to: current,
    dropped: expected.dropped,
  });
  const unanswered = firstUnansweredPage(content, expected.answers);
  const wasAtResult = (original.snapshot as { value: string }).value === RESULT;
  expect((opened.snapshot as { value: string }).value).toBe(unanswered ?? (wasAtResult ? RESULT : REVIEW));
}

/** A 1.0.0 answers file read with `content`: accepted, its recorded classification returned,
 *  carried over (if the version moved on) exactly as the version steps say. */
export function expectFileOpens(content: Content, text: string) {
  const current = content.questionnaire.version;
  const parsed = parseAnswersFile(content, text, migrations);
  expect(parsed.ok, parsed.ok ? '' : parsed.error).toBe(true);
  if (!parsed.ok) return;
  const recorded = (JSON.parse(text) as { result?: { outcome: string } }).result?.outcome ?? null;
  expect(parsed.recordedOutcome).toBe(recorded);
  const before = fileAnswers(content, text);
  if (current === FIXTURE_VERSION) return expect(parsed).toMatchObject({ answers: before, migration: null });
  const expected = expectedAnswers(content, before);
  expect(parsed.answers).toEqual(expected.answers);
  expect(parsed.migration).toMatchObject({ from: FIXTURE_VERSION, to: current, dropped: expected.dropped, original: before });
}
