// Content checks: every citation quotes the official text verbatim and where its label
// says; every clause is used; es and en carry exactly the same keys, and every piece of
// content has its text in both.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDataFiles, DATA_FILES } from '../../src/questionnaire/checkData';
import { clauses } from '../../src/questionnaire/clauses';
import { content } from '../../src/questionnaire/content';
import { optionsOf } from '../../src/engine';
import { CAVEATS, OBLIGATION_KINDS, OUTCOMES, THEMES } from '../../src/questionnaire/vocabulary';
import { locate, normalise, OFFICIAL_PATH } from '../helpers/officialText';

const { questionnaire, obligations, deadlines } = content;
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

describe('data files', () => {
  // The app trusts the bundled files; this check (also run by the build and the CLI) is what
  // keeps a malformed one from producing a wrong classification.
  it('match their schemas', () => {
    expect(() => checkDataFiles()).not.toThrow();
  });

  it('are refused, by name, when one does not', () => {
    const broken = structuredClone(DATA_FILES['questionnaire.json']) as { questions: { id: string }[] };
    broken.questions[0]!.id = 'Q-1';
    expect(() => checkDataFiles({ ...DATA_FILES, 'questionnaire.json': broken })).toThrow(/questionnaire\/questionnaire\.json:.*id like q/s);
    expect(() => checkDataFiles({ ...DATA_FILES, 'deadlines.json': undefined })).toThrow(/deadlines\.json/);
  });
});

describe('citations', () => {
  it('uses the same official text as the shared reference', () => {
    const shared = '../shared/reference/ds-115-2025-pcm.md';
    // The copy in the repository keeps clones without ../shared testable; when the shared
    // reference is there, the copy must not have drifted from it.
    if (existsSync(shared)) expect(readFileSync(OFFICIAL_PATH, 'utf8')).toBe(readFileSync(shared, 'utf8'));
    expect(normalise(readFileSync(OFFICIAL_PATH, 'utf8'))).toContain('DECRETO SUPREMO Nº 115-2025-PCM');
  });

  it.each(clauses.map((c) => [c.label.es, c] as const))('%s is quoted verbatim where its label says', (_label, clause) => {
    expect(locate(clause)).toEqual([]);
  });

  it('notices a quote that was paraphrased or mislabelled', () => {
    const clause = clauses.find((c) => c.label.es === 'Art. 24.1 g)')!;
    expect(locate({ ...clause, es: clause.es.replace('crediticia', 'financiera') })).toEqual(['text not found verbatim in article 24']);
    expect(locate({ ...clause, literal: 'h' })).toEqual(['closest literal is g, not h']);
    expect(locate({ ...clause, numeral: '24.2' })).toEqual(['numeral 24.2 not found before the text']);
    expect(locate({ ...clause, article: '23' })).toEqual(['text not found verbatim in article 23']);
  });

  it('keeps the official lettering of art. 24.1, which has no literals c) and d)', () => {
    const letters = new Set(clauses.filter((c) => c.numeral === '24.1' && c.literal).map((c) => c.literal));
    expect([...letters].sort()).toEqual(['a', 'b', 'e', 'f', 'g', 'h', 'i', 'j']);
  });

  it('uses every clause it quotes', () => {
    const cited = new Set([
      ...questionnaire.questions.flatMap((q) => [...q.cites, ...(q.kind === 'choice' ? (q.options ?? []).flatMap((o) => o.cites ?? []) : [])]),
      ...questionnaire.rules.flatMap((r) => [...r.cites, ...(r.unless ?? []).flatMap((u) => u.cites)]),
      ...questionnaire.advisories.flatMap((a) => a.cites),
      ...questionnaire.terms.flatMap((t) => t.cites),
      ...Object.values(questionnaire.consultation),
      questionnaire.residual,
      ...obligations.flatMap((o) => o.cites),
      ...deadlines.schedules.flatMap((s) => s.cites),
      ...deadlines.generalEntry.cites,
    ]);
    expect(clauses.filter((c) => !cited.has(c.id)).map((c) => c.label.es)).toEqual([]);
  });
});

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (typeof value !== 'object' || value === null) return [[prefix, value]];
  return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

describe('locales', () => {
  const files = readdirSync('locales/es').filter((f) => f.endsWith('.json'));

  it('has the same files and exactly the same keys in es and en', () => {
    expect(
      readdirSync('locales/en')
        .filter((f) => f.endsWith('.json'))
        .sort(),
    ).toEqual([...files].sort());
    for (const f of files) expect(keys(readJson(`locales/en/${f}`)).sort()).toEqual(keys(readJson(`locales/es/${f}`)).sort());
  });

  it('has no empty string and no English text left identical to the Spanish', () => {
    const sameOnPurpose = new Set([
      'No',
      'Art. 7',
      'Art. 12',
      'NNA',
      'Semáforo IA',
      '{{page}} – Semáforo IA',
      'Error:',
      'Español',
      'English',
      'Sector',
      'Sector: {{sector}}',
    ]);
    for (const f of files) {
      const en = new Map(leaves(readJson(`locales/en/${f}`)));
      for (const [key, es] of leaves(readJson(`locales/es/${f}`))) {
        expect(typeof es === 'string' && es.trim() !== '', `locales/es/${f}: ${key}`).toBe(true);
        // Strings made only of placeholders and punctuation need no translation.
        const words = (es as string).replace(/\{\{[^}]+\}\}/g, '');
        if (!sameOnPurpose.has(es as string) && /\p{L}/u.test(words)) expect(en.get(key), `locales/en/${f}: ${key}`).not.toBe(es);
      }
    }
  });

  it('gives every question, option, section, term, rule and result item its text, with no orphan', () => {
    const q = readJson('locales/es/questionnaire.json');
    const r = readJson('locales/es/results.json');
    expect(Object.keys(q.sections).sort()).toEqual([...questionnaire.sections].sort());
    expect(Object.keys(q.pages).sort()).toEqual(questionnaire.pages.map((p) => p.id).sort());
    expect(Object.keys(q.terms).sort()).toEqual(questionnaire.terms.map((t) => t.id).sort());
    expect(Object.keys(q.questions).sort()).toEqual(questionnaire.questions.map((x) => x.id).sort());
    for (const question of questionnaire.questions) {
      const text = q.questions[question.id];
      expect(text.title.length, question.about).toBeGreaterThan(10);
      expect(text.hint.length, question.about).toBeGreaterThan(10);
      if (question.kind === 'choice' && question.options) {
        expect(Object.keys(text.options ?? {})).toEqual(question.options.map((o) => o.id));
      } else {
        expect(text.options, question.about).toBeUndefined();
      }
    }
    for (const [scale, options] of Object.entries(questionnaire.scales)) {
      expect(Object.keys(q.scales[scale])).toEqual(options.map((o) => o.id));
    }
    expect(Object.keys(r.rules).sort()).toEqual(questionnaire.rules.map((x) => x.id).sort());
    expect(Object.keys(r.advisories).sort()).toEqual(questionnaire.advisories.map((x) => x.id).sort());
    expect(Object.keys(r.obligations).sort()).toEqual(obligations.map((x) => x.id).sort());
    expect(Object.keys(r.deadlines).sort()).toEqual([...deadlines.schedules.map((x) => x.id), deadlines.generalEntry.id].sort());
    expect(Object.keys(r.outcomes).sort()).toEqual([...OUTCOMES].sort());
    expect(Object.keys(r.themes).sort()).toEqual([...THEMES].sort());
    expect(Object.keys(r.kinds).sort()).toEqual([...OBLIGATION_KINDS].sort());
    expect(Object.keys(r.caveats).sort()).toEqual([...CAVEATS].sort());
  });
});

describe('answers the text leaves open', () => {
  it('each question with such an answer says why it stays open, in both languages', () => {
    const withOpen = questionnaire.questions.filter((q) => optionsOf(content, q).some((o) => o.open));
    // «Solo apoya» on 24.1 e), f), g), h), «propone» on e) working conditions, «solo identifica» on 23.1 e).
    expect(withOpen.length).toBeGreaterThanOrEqual(7);
    for (const lang of ['es', 'en']) {
      const texts = readJson(`locales/${lang}/questionnaire.json`).questions;
      for (const q of withOpen) expect(texts[q.id]?.open, `${lang}: ${q.id}`).toMatch(/art\. 2[34]\.[23]/i);
    }
  });
});
