// Carrying answers across questionnaire versions, on a small synthetic questionnaire (so each
// rule of a step is tried alone), and the real questionnaire/migrations.json checked against
// the changelog, its texts and the current content.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareVersions, migrateAnswers, type Content } from '../../src/engine';
import { content } from '../../src/questionnaire/content';
import { MigrationFile } from '../../src/questionnaire/migrationSchema';
import { migrations } from '../../src/questionnaire/migrations';
import changelog from '../../questionnaire/changelog.json';

const yesNo = [{ id: 'si' }, { id: 'no' }, { id: 'no_se', unknown: true }];
/** Version 1.2.0 of a made-up questionnaire: qaaa (yes/no), qbbb (own options, «parcial» gone),
 *  qccc (text), qddd (yes/no). qeee existed in 1.0.0 and is gone. */
const synthetic = {
  questionnaire: {
    version: '1.2.0',
    scales: { yn: yesNo },
    questions: [
      { id: 'qaaa', kind: 'choice', scale: 'yn' },
      { id: 'qbbb', kind: 'choice', options: [{ id: 'total' }, { id: 'ninguna' }] },
      { id: 'qccc', kind: 'text', maxLength: 20 },
      { id: 'qddd', kind: 'choice', scale: 'yn' },
    ],
  },
} as unknown as Content;

const steps: MigrationFile = {
  steps: [
    { from: '1.0.0', to: '1.1.0', changes: ['one'], answers: { qaaa: { drop: 'all' }, qddd: { drop: ['no'] } } },
    { from: '1.1.0', to: '1.2.0', changes: ['two', 'one'], answers: { qccc: { drop: 'all' } } },
  ],
};
const at = (version: string) => ({ ...synthetic, questionnaire: { ...synthetic.questionnaire, version } }) as Content;

describe('migrateAnswers', () => {
  it('leaves answers of the same version untouched, crossing no step', () => {
    const answers = { qaaa: 'si', qzzz: 'anything' };
    expect(migrateAnswers(synthetic, steps, '1.2.0', answers)).toEqual({ ok: true, answers, from: '1.2.0', to: '1.2.0', steps: [], dropped: [] });
  });

  it('carries unlisted answers, drops listed ones (all values or the listed values), removed questions and gone options', () => {
    const result = migrateAnswers(at('1.1.0'), steps, '1.0.0', { qaaa: 'si', qbbb: 'parcial', qccc: 'Chatbot', qddd: 'no', qeee: 'si' });
    expect(result).toEqual({
      ok: true,
      answers: { qccc: 'Chatbot' },
      from: '1.0.0',
      to: '1.1.0',
      steps: [steps.steps[0]],
      dropped: [
        { questionId: 'qaaa', value: 'si', reason: 'changed' },
        { questionId: 'qbbb', value: 'parcial', reason: 'invalid' },
        { questionId: 'qddd', value: 'no', reason: 'changed' },
        { questionId: 'qeee', value: 'si', reason: 'removed' },
      ],
    });
    // A value the step does not list carries over.
    expect(migrateAnswers(at('1.1.0'), steps, '1.0.0', { qddd: 'si', qbbb: 'total' })).toMatchObject({ answers: { qddd: 'si', qbbb: 'total' }, dropped: [] });
  });

  it('chains the steps from an older version to the current one', () => {
    const result = migrateAnswers(synthetic, steps, '1.0.0', { qaaa: 'no', qccc: 'Chatbot', qddd: 'si' });
    expect(result.ok && result.steps.map((s) => `${s.from}→${s.to}`)).toEqual(['1.0.0→1.1.0', '1.1.0→1.2.0']);
    expect(result.ok && result.answers).toEqual({ qddd: 'si' });
    expect(result.ok && result.dropped.map((d) => `${d.questionId}:${d.reason}`)).toEqual(['qaaa:changed', 'qccc:changed']);
  });

  it('refuses a newer version, and a version no chain of steps leads from', () => {
    expect(migrateAnswers(synthetic, steps, '1.3.0', {})).toEqual({ ok: false, problem: 'newer_version' });
    expect(migrateAnswers(synthetic, steps, '2.0.0', {})).toEqual({ ok: false, problem: 'newer_version' });
    expect(migrateAnswers(synthetic, steps, '0.9.0', {})).toEqual({ ok: false, problem: 'unknown_version' });
    expect(migrateAnswers(synthetic, steps, '1.0.5', {})).toEqual({ ok: false, problem: 'unknown_version' });
    expect(migrateAnswers(synthetic, steps, 'uno', {})).toEqual({ ok: false, problem: 'unknown_version' });
    expect(migrateAnswers(synthetic, { steps: [] }, '1.0.0', {})).toEqual({ ok: false, problem: 'unknown_version' });
  });

  it('orders versions numerically', () => {
    expect(compareVersions('1.10.0', '1.9.0')).toBeGreaterThan(0);
    expect(compareVersions('1.0.0', '1.1.0')).toBeLessThan(0);
    expect(compareVersions('1.1.0', '1.1.0')).toBe(0);
  });
});

describe('questionnaire/migrations.json', () => {
  const pages = (lang: string) => JSON.parse(readFileSync(`locales/${lang}/pages.json`, 'utf8')).changelog.changes as Record<string, string>;

  it('refuses steps that do not follow each other', () => {
    expect(MigrationFile.safeParse({ steps: [steps.steps[1], steps.steps[0]] }).success).toBe(false);
    expect(MigrationFile.safeParse(steps).success).toBe(true);
  });

  it('names changes that the changelog entry of the step records, each with a text in both languages', () => {
    for (const step of migrations.steps) {
      // The entry that brought the version: the oldest one naming it (later app releases may
      // keep the same questionnaire version).
      const entry = changelog.entries.findLast((e) => e.questionnaire === step.to);
      expect(entry, `changelog entry for ${step.to}`).toBeDefined();
      for (const change of step.changes) {
        expect(entry!.changes).toContain(change);
        for (const lang of ['es', 'en']) expect(pages(lang)[change], `${lang}: ${change}`).toBeTruthy();
      }
    }
  });

  it('leads every older questionnaire version of the changelog to the current one', () => {
    const current = content.questionnaire.version;
    const older = [...new Set(changelog.entries.map((e) => e.questionnaire))].filter((v) => compareVersions(v, current) < 0);
    for (const version of older) expect(migrateAnswers(content, migrations, version, {}), version).toMatchObject({ ok: true, to: current });
  });
});
