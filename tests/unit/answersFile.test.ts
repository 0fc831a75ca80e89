import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify, parseAnswersFile, toAnswersFile } from '../../src/engine';
import { content } from '../../src/questionnaire/content';
import { walk } from '../helpers/journey';
import { Q } from '../helpers/questions';

const face = Q.biometricsScreen;
const { answers } = walk({ [face]: 'si' });
const file = toAnswersFile(content, answers, '2026-11-23T10:00:00.000Z');
const ai = Q.isAiSystem;

describe('answers file', () => {
  it('stores profile answers by field name and the rest by question ID, and reads them back', () => {
    expect(file).toMatchObject({
      format: 'semaforo-ia/answers',
      formatVersion: 1,
      questionnaireVersion: content.questionnaire.version,
      profile: { systemName: 'Sistema de prueba', actorType: 'entidad_publica', personalData: 'si' },
    });
    expect(file.answers[face]).toBe('si');
    expect(Object.keys(file.answers)).not.toContain(content.questionnaire.questions[0]!.id);
    expect(parseAnswersFile(content, JSON.stringify(file))).toEqual({ ok: true, answers, migration: null, recordedOutcome: null });
  });

  const broken: [string, string, string][] = [
    ['not JSON', '{"format": ', 'not valid JSON'],
    ['another format', JSON.stringify({ ...file, format: 'otra-cosa' }), 'format: Invalid input: expected "semaforo-ia/answers"'],
    ['another format version', JSON.stringify({ ...file, formatVersion: 2 }), 'formatVersion: Invalid input: expected 1'],
    [
      'a newer questionnaire',
      JSON.stringify({ ...file, questionnaireVersion: '9.0.0' }),
      `questionnaireVersion: "9.0.0" is newer than this questionnaire (${content.questionnaire.version})`,
    ],
    [
      'an older questionnaire with no migration',
      JSON.stringify({ ...file, questionnaireVersion: '0.1.0' }),
      `questionnaireVersion: no migration from "0.1.0" to "${content.questionnaire.version}"`,
    ],
    ['an unknown question', JSON.stringify({ ...file, answers: { ...file.answers, qzzz: 'si' } }), 'answers.qzzz: unknown question in questionnaire'],
    [
      'a value of the wrong type',
      JSON.stringify({ ...file, answers: { ...file.answers, [face]: true } }),
      `answers.${face}: Invalid input: expected string, received boolean`,
    ],
    [
      'an option that does not exist',
      JSON.stringify({ ...file, answers: { ...file.answers, [face]: 'tal vez' } }),
      `answers.${face}: expected one of si, no, no_se, got "tal vez"`,
    ],
    ['an unknown profile field', JSON.stringify({ ...file, profile: { ...file.profile, budget: '1' } }), 'profile.budget: unexpected field'],
    [
      'a name that is too long',
      JSON.stringify({ ...file, profile: { ...file.profile, systemName: 'x'.repeat(121) } }),
      'profile.systemName: expected at most 120 characters, got 121',
    ],
    ['a missing section', JSON.stringify({ ...file, answers: undefined }), 'answers: Invalid input: expected record, received undefined'],
  ];

  it.each(broken)('rejects %s with one line naming the field', (_what, text, message) => {
    const result = parseAnswersFile(content, text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain(message);
      expect(result.error).not.toContain('\n');
    }
  });

  // What the import form and the link banner show: a problem, the field and a reason code,
  // each rendered in the user's language (locales/*/ui.json import.errors and import.reasons).
  it.each([
    ['a top-level unknown key', { ...file, extra: 1 }, { problem: 'structure', field: 'extra', reason: 'unexpected' }],
    ['an unknown profile field', { ...file, profile: { budget: '1' } }, { problem: 'structure', field: 'profile.budget', reason: 'unexpected' }],
    ['a missing section', { ...file, answers: undefined }, { problem: 'structure', field: 'answers', reason: 'missing' }],
    ['a section of the wrong type', { ...file, profile: [] }, { problem: 'structure', field: 'profile', reason: 'wrong_type' }],
    ['another format', { ...file, format: 'x' }, { problem: 'format', field: 'format', reason: 'invalid' }],
    ['an option that does not exist', { ...file, answers: { [face]: 'tal vez' } }, { problem: 'bad_value', field: `answers.${face}`, reason: 'not_an_option' }],
    ['a value of the wrong type', { ...file, answers: { [face]: 1 } }, { problem: 'bad_value', field: `answers.${face}`, reason: 'wrong_type' }],
    ['an over-long name', { ...file, profile: { systemName: 'x'.repeat(121) } }, { problem: 'bad_value', field: 'profile.systemName', reason: 'too_long' }],
    ['an array instead of a file', [], { problem: 'not_object', field: '' }],
    ['null instead of a file', null, { problem: 'not_object', field: '' }],
  ])('names the field and the reason for %s', (_what, value, expected) => {
    const result = parseAnswersFile(content, JSON.stringify(value));
    expect(result).toMatchObject({ ok: false, ...expected });
    // Only a refusal of the whole file has no field; its message has no «()» to fill.
    if (!result.ok && result.field === '') expect(['not_json', 'not_object']).toContain(result.problem);
  });

  it('never echoes a long key or value whole', () => {
    const long = 'q'.repeat(200_000);
    for (const value of [
      { ...file, answers: { [long]: 'si' } },
      { ...file, answers: { [face]: long } },
      { ...file, [long]: 1 },
      { ...file, questionnaireVersion: long },
    ]) {
      const result = parseAnswersFile(content, JSON.stringify(value));
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.length).toBeLessThan(200);
        expect(result.field.length).toBeLessThanOrEqual(70);
        expect((result.version ?? '').length).toBeLessThanOrEqual(30);
        expect(`${result.error}${result.field}`).toContain('…');
      }
    }
  });

  it('classifies an incomplete file as undetermined, never as acceptable', () => {
    const parsed = parseAnswersFile(content, JSON.stringify({ ...file, answers: { [ai]: 'si' }, profile: {} }));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      const result = classify(content, parsed.answers, { today: '2026-11-23' });
      expect(result.complete).toBe(false);
      expect(result.outcome).toBe('indeterminado');
    }
  });
});

// Each test spawns tsx processes (about a second each, several on a busy two-core machine):
// an explicit budget instead of the 5 s default, and each process is killed well inside it so
// a hung child fails its test instead of stalling the run.
const SPAWN = { encoding: 'utf8', timeout: 20_000 } as const;
describe('npm run classify', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'semaforo-cli-'));
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const cli = (...args: string[]) => spawnSync('node_modules/.bin/tsx', ['src/cli/classify.ts', ...args], SPAWN);

  it('prints the result as JSON', () => {
    const run = spawnSync('npm', ['run', '-s', 'classify', '--', write('ok.json', JSON.stringify(file)), '--today', '2026-11-23'], SPAWN);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toEqual(JSON.parse(JSON.stringify(classify(content, answers, { today: '2026-11-23' }))));
    expect(result.outcome).toBe('riesgo_aceptable');
  });

  it.each([
    ['not JSON', 'x', 'not valid JSON'],
    ['wrong version', JSON.stringify({ ...file, questionnaireVersion: '0.1.0' }), 'questionnaireVersion: no migration from "0.1.0"'],
    ['unknown question', JSON.stringify({ ...file, answers: { qzzz: 'si' } }), 'answers.qzzz: unknown question'],
    ['wrong value type', JSON.stringify({ ...file, answers: { [face]: 1 } }), `answers.${face}: Invalid input: expected string`],
  ])('exits non-zero with one line for a file with %s', (name, text, message) => {
    const run = cli(write(`${name}.json`, text));
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
  });

  it('reads a file that starts with a UTF-8 byte order mark, as the app does', () => {
    const run = cli(write('bom.json', `\uFEFF${JSON.stringify(file)}`), '--today', '2026-11-23');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).outcome).toBe('riesgo_aceptable');
  });

  it('explains its usage and a missing file in one line', () => {
    expect(cli().stderr.trim()).toBe('semaforo-ia: usage: npm run classify -- <answers.json> [--today YYYY-MM-DD]');
    const missing = cli(join(dir, 'nope.json'));
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim()).toBe(`semaforo-ia: cannot read ${join(dir, 'nope.json')}: ENOENT`);
    expect(cli(write('d.json', JSON.stringify(file)), '--today', '23/11/2026').stderr).toContain('--today: expected a date');
  });
});
