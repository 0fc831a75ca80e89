import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify, parseAnswersFile, toAnswersFile } from '../../src/engine';
import { content } from '../../src/questionnaire/content';
import { walk } from '../helpers/journey';

const face = content.questionnaire.questions.find((q) => q.about === 'screen: biometrics')!.id;
const { answers } = walk({ [face]: 'si' });
const file = toAnswersFile(content, answers, '2026-11-23T10:00:00.000Z');
const ai = content.questionnaire.questions.find((q) => q.about.startsWith('scope: AI-based'))!.id;

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
    ['a newer questionnaire', JSON.stringify({ ...file, questionnaireVersion: '9.0.0' }), `questionnaireVersion: "9.0.0" is newer than this questionnaire (${content.questionnaire.version})`],
    ['an older questionnaire with no migration', JSON.stringify({ ...file, questionnaireVersion: '0.1.0' }), `questionnaireVersion: no migration from "0.1.0" to "${content.questionnaire.version}"`],
    ['an unknown question', JSON.stringify({ ...file, answers: { ...file.answers, qzzz: 'si' } }), 'answers.qzzz: unknown question in questionnaire'],
    ['a value of the wrong type', JSON.stringify({ ...file, answers: { ...file.answers, [face]: true } }), `answers.${face}: Invalid input: expected string, received boolean`],
    ['an option that does not exist', JSON.stringify({ ...file, answers: { ...file.answers, [face]: 'tal vez' } }), `answers.${face}: expected one of si, no, no_se, got "tal vez"`],
    ['an unknown profile field', JSON.stringify({ ...file, profile: { ...file.profile, budget: '1' } }), 'profile: Unrecognized key: "budget"'],
    ['a name that is too long', JSON.stringify({ ...file, profile: { ...file.profile, systemName: 'x'.repeat(121) } }), 'profile.systemName: expected at most 120 characters, got 121'],
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
// an explicit budget instead of the 5 s default.
describe('npm run classify', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'semaforo-cli-'));
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const cli = (...args: string[]) => spawnSync('node_modules/.bin/tsx', ['src/cli/classify.ts', ...args], { encoding: 'utf8' });

  it('prints the result as JSON', () => {
    const run = spawnSync('npm', ['run', '-s', 'classify', '--', write('ok.json', JSON.stringify(file)), '--today', '2026-11-23'], { encoding: 'utf8' });
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

  it('explains its usage and a missing file in one line', () => {
    expect(cli().stderr.trim()).toBe('semaforo-ia: usage: npm run classify -- <answers.json> [--today YYYY-MM-DD]');
    const missing = cli(join(dir, 'nope.json'));
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim()).toBe(`semaforo-ia: cannot read ${join(dir, 'nope.json')}: ENOENT`);
    expect(cli(write('d.json', JSON.stringify(file)), '--today', '23/11/2026').stderr).toContain('--today: expected a date');
  });
});
