// The workshop gallery: each example is a complete, valid assessment whose classification and
// clauses are the ones its facilitator note argues from the text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify, firstUnanswered } from '../../src/engine';
import { examples, exampleAnswers, exampleFile } from '../../src/examples/examples';
import { OUTCOMES, SECTORS } from '../../src/questionnaire/vocabulary';
import { content } from '../../src/questionnaire/content';

const texts = (lang: string) =>
  JSON.parse(readFileSync(`locales/${lang}/examples.json`, 'utf8')) as Record<string, { title: string; scenario: string; note: string }>;
const es = texts('es');
const en = texts('en');

describe('example gallery', () => {
  it('holds at least 15 cases, including every case the trainers asked for', () => {
    expect(examples.length).toBeGreaterThanOrEqual(15);
    const asked = [
      'chatbot-municipal',
      'mesa-de-partes',
      'plaza-reconocimiento-facial',
      'login-verificacion-facial',
      'puntaje-credito-fintech',
      'fraude-bancario',
      'correccion-examen',
      'supervision-examen-en-linea',
      'ranking-cv-concurso',
      'emociones-call-center',
      'focalizacion-hogares',
      'triaje-emergencias',
      'balance-carga-red',
    ];
    expect(examples.map((e) => e.id)).toEqual(expect.arrayContaining(asked));
    expect(new Set(examples.map((e) => e.id)).size).toBe(examples.length);
  });

  it('covers every outcome and the edges where an exception applies', () => {
    expect(new Set(examples.map((e) => e.outcome))).toEqual(new Set(OUTCOMES));
    const exceptionClauses = new Set(content.questionnaire.rules.flatMap((r) => (r.unless ?? []).map((u) => u.cites.at(-1))));
    const withException = examples.filter((e) => e.clauses.some((c) => exceptionClauses.has(c)));
    expect(withException.length).toBeGreaterThanOrEqual(3);
  });

  it('names the sector of every example, in both languages, with each sector of the filter used', () => {
    const labels = (lang: string) =>
      (JSON.parse(readFileSync(`locales/${lang}/pages.json`, 'utf8')) as { gallery: { sectors: Record<string, string> } }).gallery.sectors;
    for (const lang of ['es', 'en']) expect(Object.keys(labels(lang)).sort()).toEqual([...SECTORS].sort());
    expect(new Set(examples.map((e) => e.sector))).toEqual(new Set(SECTORS));
  });

  it('was written for the current questionnaire', () => {
    expect(exampleFile.questionnaireVersion).toBe(content.questionnaire.version);
  });

  it.each(examples.map((e) => [e.id, e] as const))('%s: complete, and classified as its note says', (id, example) => {
    for (const lang of [es, en]) {
      expect(lang[id]?.title).toBeTruthy();
      expect(lang[id]?.scenario).toBeTruthy();
      expect(lang[id]?.note).toBeTruthy();
    }
    const answers = exampleAnswers(content, example, es[id]!);
    expect(firstUnanswered(content, answers)).toBeNull();
    const result = classify(content, answers, { today: '2026-11-24' });
    expect(result.complete).toBe(true);
    expect(result.ignoredAnswers).toEqual([]);
    expect(result.outcome).toBe(example.outcome);
    const clauses = new Set([...result.clausesMet.map((m) => m.cites.at(-1)), ...result.exceptionsApplied.map((e) => e.cites.at(-1))]);
    expect([...clauses].sort()).toEqual([...example.clauses].sort());
    // Opened in English, the name and description are English and still valid answers.
    const english = exampleAnswers(content, example, en[id]!);
    expect(firstUnanswered(content, english)).toBeNull();
    expect(classify(content, english, { today: '2026-11-24' }).outcome).toBe(example.outcome);
  });
});
