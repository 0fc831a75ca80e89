// The 1.0.0 fixtures opened with a questionnaire that has moved past 1.0.0. Until the content
// of the next version is published, that questionnaire is the current one with the version of
// the first step of questionnaire/migrations.json and without the questions that version
// removes: it proves the whole carrying-over path (files, links, saved records) now. Once the
// current questionnaire is past 1.0.0, it is used as it is.
import { describe, expect, it, vi } from 'vitest';
import { openSaved } from '../../src/flow/openSaved';
import { resumable } from '../../src/machine/snapshots';
import { content } from '../../src/questionnaire/content';
import { decodeShare } from '../../src/share/shareLink';
import { expectFileOpens, expectOpened, fixtureFiles, fixtureLinks, fixtureStore, FIXTURE_VERSION } from '../helpers/fixtures100';

/** The questions questionnaire 1.1.0 removes (issue #11). */
const { REMOVED } = vi.hoisted(() => ({ REMOVED: ['qk8q', 'quyv', 'qgyv', 'qujb'] }));

vi.mock('../../src/questionnaire/content', async (importOriginal) => {
  const real = (await importOriginal<typeof import('../../src/questionnaire/content')>()).content;
  if (real.questionnaire.version !== '1.0.0') return { content: real };
  const { migrations } = await import('../../src/questionnaire/migrations');
  const questionnaire = {
    ...real.questionnaire,
    version: migrations.steps[0]!.to,
    questions: real.questionnaire.questions.filter((q) => !REMOVED.includes(q.id)),
  };
  return { content: { ...real, questionnaire } };
});

describe(`questionnaire ${FIXTURE_VERSION} data, opened with questionnaire ${content.questionnaire.version}`, () => {
  it('is a questionnaire past 1.0.0 without the removed questions', () => {
    expect(content.questionnaire.version).not.toBe(FIXTURE_VERSION);
    for (const id of REMOVED) expect(content.questionnaire.questions.map((q) => q.id)).not.toContain(id);
  });

  it.each(fixtureFiles.map((f) => [f.name, f.text]))('answers file %s', (_name, text) => expectFileOpens(content, text));

  it.each(fixtureLinks.map((l) => [l.name, l.fragment]))('share link %s', async (_name, fragment) => expectFileOpens(content, await decodeShare(fragment)));

  it.each(fixtureStore().assessments.map((a) => [a.id, a]))('saved record %s', (_id, saved) => {
    const opened = openSaved(saved);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expectOpened(content, saved, opened.saved, opened.migrated);
    expect(resumable(opened.saved.snapshot)).not.toBeNull();
    // Opening it again changes nothing more: it is of the current version now.
    expect(openSaved(opened.saved)).toEqual({ ok: true, saved: opened.saved, migrated: false });
  });

  it('a record sitting on a removed question opens on a page that exists', () => {
    const onRemoved = fixtureStore().assessments.find((a) => REMOVED.includes((a.snapshot as { value: string }).value))!;
    const opened = openSaved(onRemoved);
    const value = opened.ok ? (opened.saved.snapshot as { value: string }).value : null;
    expect(content.questionnaire.pages.map((p) => p.id)).toContain(value);
  });
});
