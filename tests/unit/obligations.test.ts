// Obligations and deadlines by actor and outcome. Expected articles come from the digest's
// matrix (§11) and the Primera DCF, written here by hand.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify, type Result } from '../../src/engine';
import { clauseById } from '../../src/questionnaire/clauses';
import { content } from '../../src/questionnaire/content';
import { walk } from '../helpers/journey';
import { Q } from '../helpers/questions';

const ACTOR = Q.actorType;
const GROUP = Q.publicGroup;
const SIZE = Q.companySize;
const SECTOR = Q.sectorOfUse;
const ROLE = Q.role;
const PERSONAL = Q.personalData;
const CREDIT = Q.creditScoring;
const FRAUD = Q.fraudDetection;
const CLASSIFY = Q.classifiesPeopleScreen;
const DISCRIM = Q.discriminatoryClassification;
const HIGH = { [CREDIT]: 'si', [FRAUD]: 'no' };
const PROHIBITED = { [CLASSIFY]: 'si', [DISCRIM]: 'si' };
const UNDETERMINED = { [CLASSIFY]: 'si', [DISCRIM]: 'no_se' };
const PRIVATE = { [ACTOR]: 'organizacion_privada', [SIZE]: 'mayor', [SECTOR]: 'economia_finanzas' };

const run = (answers: Record<string, string>, today = '2026-11-23') => classify(content, walk(answers).answers, { today });
const label = (cite: string) => clauseById.get(cite)!.label.es;
const articles = (r: Result, filter: (o: Result['obligations'][number]) => boolean = () => true) =>
  r.obligations.filter(filter).flatMap((o) => o.cites.map(label));
const deadline = (r: Result) => r.deadlines.schedules.map((d) => [label(d.cites.at(-1)!), d.status, d.date?.to ?? null, d.conditional]);

describe('obligations', () => {
  it('public entity, high risk: transparency, oversight 28.11, mandatory impact assessment 30, security 29', () => {
    const r = run(HIGH);
    expect(r.outcome).toBe('riesgo_alto');
    const got = articles(r);
    for (const a of [
      'Art. 25.1',
      'Art. 25.2',
      'Art. 25.3',
      'Art. 28.1',
      'Art. 28.11',
      'Art. 29 a)',
      'Art. 29 d)',
      'Art. 30.1',
      'Art. 30.2',
      'Art. 26.1',
      'Art. 27.1',
      'Art. 12',
      'Sexta DCF',
      'Art. 24.2',
    ])
      expect(got, a).toContain(a);
    for (const a of ['Art. 31.1', 'Art. 31.4', 'Art. 32.1', 'Art. 28.2']) expect(got, a).not.toContain(a);
    // The clause that made it high-risk (24.1 g) classifies; it imposes nothing itself.
    expect(got.filter((cite) => cite.startsWith('Art. 24.1'))).toEqual([]);
    expect(r.obligations.find((o) => o.cites.map(label).includes('Art. 30.1'))!.kind).toBe('must');
  });

  it('private organisation, high risk: record 31.1, oversight 31.4, voluntary impact assessment 32', () => {
    const r = run({ ...HIGH, ...PRIVATE });
    const got = articles(r);
    for (const a of ['Art. 25.1', 'Art. 31.1', 'Art. 31.2', 'Art. 31.3', 'Art. 31.4', 'Art. 32.1', 'Art. 32.3', 'Art. 33.1']) expect(got, a).toContain(a);
    for (const a of ['Art. 28.1', 'Art. 28.11', 'Art. 29 a)', 'Art. 30.1', 'Sexta DCF']) expect(got, a).not.toContain(a);
    expect(r.obligations.find((o) => o.cites.map(label).includes('Art. 32.1'))!.kind).toBe('may');
    expect(r.obligations.find((o) => o.cites.map(label).includes('Art. 33.1'))!.kind).toBe('promoted');
  });

  it('private organisation, acceptable risk: 22.2, 31.2, 31.3 and principles, but no high-risk duties', () => {
    const r = run(PRIVATE);
    expect(r.outcome).toBe('riesgo_aceptable');
    expect(r.outcomeCites.map(label)).toEqual(['Art. 22.2']);
    const got = articles(r);
    for (const a of ['Art. 22.2', 'Art. 31.2', 'Art. 31.3', 'Art. 7 i)', 'Art. 7 h)', 'Art. 27.1']) expect(got, a).toContain(a);
    for (const a of ['Art. 25.1', 'Art. 31.1', 'Art. 31.4', 'Art. 32.1']) expect(got, a).not.toContain(a);
  });

  it('prohibited use: the prohibition, the consultation of 23.3 and SGTD monitoring only', () => {
    const r = run({ ...PROHIBITED, ...PRIVATE });
    expect(r.outcome).toBe('uso_indebido');
    expect(articles(r).sort()).toEqual(['Art. 23.1', 'Art. 23.3', 'Art. 35'].sort());
    expect(r.deadlines.schedules).toEqual([]);
    expect(r.deadlines.generalEntry?.status).toBe('in_force');
  });

  it('undetermined: lists what applies now and, marked, what would apply if prohibited or high risk', () => {
    const r = run(UNDETERMINED);
    expect(r.outcome).toBe('indeterminado');
    expect(r.consultation.recommended).toBe(true);
    expect(r.consultation.reasons).toEqual(['indeterminado']);
    const direct = articles(r, (o) => o.onlyIf === null);
    expect(direct).toEqual(expect.arrayContaining(['Art. 23.3', 'Art. 24.2', 'Art. 27.1', 'Art. 28.1']));
    expect(articles(r, (o) => o.onlyIf === 'uso_indebido')).toEqual(expect.arrayContaining(['Art. 23.1']));
    expect(direct).not.toContain('Art. 23.1');
    expect(articles(r, (o) => o.onlyIf === 'riesgo_alto')).toEqual([]);
  });

  it('adds data protection only when personal data are processed, conditionally on "No sé"', () => {
    const find = (r: Result) => r.obligations.find((o) => o.cites.map(label).includes('Art. 26.2'));
    expect(find(run({ [PERSONAL]: 'no' }))).toBeUndefined();
    expect(find(run({ [PERSONAL]: 'si' }))?.conditional).toBe(false);
    expect(find(run({ [PERSONAL]: 'no_se' }))?.conditional).toBe(true);
  });

  it('asks public developers, not implementers, to use NTP-ISO/IEC 42001 (28.2)', () => {
    expect(articles(run({ [ROLE]: 'desarrollador' }))).toContain('Art. 28.2');
    expect(articles(run({ [ROLE]: 'implementador' }))).not.toContain('Art. 28.2');
  });

  it('states nothing when out of scope, except the condition of a defence exclusion', () => {
    const r = run({ [Q.defenceUse]: 'si', [Q.defencePrinciples]: 'si' });
    expect(r.outcome).toBe('fuera_de_ambito');
    expect(articles(r)).toEqual(['Art. 4 b)']);
    expect(r.deadlines).toEqual({ generalEntry: null, schedules: [], caveats: [] });
  });
});

describe('who is bound, and how firmly (Primera DCF g), Sexta DCF, art. 32.2)', () => {
  // Primera DCF g): «Para los Gobiernos locales Tipo D, Tipo E, Tipo F y Tipo G la
  // implementación del artículo 25 del Título V y el Capítulo I del Título VI, es facultativa».
  const PHASED_PUBLIC = ['Art. 25.1', 'Art. 25.3', 'Art. 28.1', 'Art. 28.11', 'Art. 29 a)', 'Art. 29 d)', 'Art. 30.1'];
  const NOT_PHASED = ['Art. 26.2', 'Art. 27.1', 'Art. 12', 'Sexta DCF', 'Art. 24.2'];
  const item = (r: Result, article: string) => r.obligations.find((o) => o.cites.map(label).includes(article))!;

  it('local government type D–G: art. 25 and arts. 28–30 are optional, nothing else is', () => {
    const r = run({ ...HIGH, [GROUP]: 'local_defg' });
    for (const a of PHASED_PUBLIC) {
      expect(item(r, a).optional, a).toBe(true);
      expect(item(r, a).kind, a).not.toBe('must');
    }
    for (const a of NOT_PHASED) expect(item(r, a).optional, a).toBe(false);
    expect(item(r, 'Art. 27.1').kind).toBe('must');
    expect(item(r, 'Sexta DCF').kind).toBe('must');
  });

  it('local government type A–C: the same obligations stay mandatory, except those whose own text sets a condition', () => {
    const r = run({ ...HIGH, [GROUP]: 'local_abc' });
    // 25.3 «En caso de que, el sistema tome decisiones que impacten en derechos humanos…» and
    // 28.11 «en la toma de decisiones que pudiesen implicar un impacto significativo en sectores de
    // salud, educación, justicia, finanzas y acceso a programas y servicios básicos».
    const conditioned = ['Art. 25.3', 'Art. 28.11'];
    for (const a of PHASED_PUBLIC) {
      expect(item(r, a).optional, a).toBe(false);
      expect(item(r, a).kind, a).toBe(conditioned.includes(a) ? 'conditional' : 'must');
    }
  });

  it('unknown public group: the phased obligations hang on that "No sé"', () => {
    const r = run({ ...HIGH, [GROUP]: 'no_se' });
    expect(item(r, 'Art. 28.1')).toMatchObject({ optional: false, conditional: true });
    expect(item(r, 'Art. 27.1')).toMatchObject({ optional: false, conditional: false });
  });

  it('Sexta DCF names «las entidades de la Administración Pública»: conditional for a public company, mandatory for an entity', () => {
    expect(item(run({ [ACTOR]: 'empresa_publica' }), 'Sexta DCF').kind).toBe('conditional');
    expect(item(run({ [ACTOR]: 'entidad_publica' }), 'Sexta DCF').kind).toBe('must');
  });

  it('private high risk: mitigation under art. 32.2 is conditional on risks being detected', () => {
    expect(item(run({ ...HIGH, ...PRIVATE }), 'Art. 32.2').kind).toBe('conditional');
    expect(articles(run(PRIVATE))).not.toContain('Art. 32.2');
    expect(articles(run(HIGH))).not.toContain('Art. 32.2');
  });

  it('a private concessionaire gets the public-entity obligations (Chapter I of Title VI)', () => {
    const got = articles(run({ ...HIGH, [ACTOR]: 'concesionaria_privada' }));
    for (const a of ['Art. 28.1', 'Art. 28.11', 'Art. 29 a)', 'Art. 30.1', 'Sexta DCF']) expect(got, a).toContain(a);
    for (const a of ['Art. 31.1', 'Art. 31.4', 'Art. 32.1']) expect(got, a).not.toContain(a);
  });

  it.each(['es', 'en'] as const)('the titles of 28.11 and 31.4 keep the sector limitation (%s)', (lang) => {
    const texts = JSON.parse(readFileSync(`locales/${lang}/results.json`, 'utf8')).obligations;
    const r = run(HIGH);
    const p = run({ ...HIGH, ...PRIVATE });
    const sectors =
      lang === 'es'
        ? 'en la toma de decisiones que pudiesen implicar un impacto significativo en sectores de salud, educación, justicia, finanzas y acceso a programas y servicios básicos'
        : 'in decisions that could have a significant impact in the health, education, justice, finance and access to basic programmes and services sectors';
    expect(texts[item(r, 'Art. 28.11').obligationId].title).toContain(sectors);
    expect(texts[item(p, 'Art. 31.4').obligationId].title).toContain(sectors);
  });
});

describe('deadlines (periods from 10 Sept 2025; general entry into force 20–22 Jan 2026)', () => {
  it('before entry into force everything is still due', () => {
    const r = run({}, '2025-12-01');
    expect(r.deadlines.generalEntry).toMatchObject({ status: 'due', date: { from: '2026-01-20', to: '2026-01-22' } });
    expect(deadline(r)).toEqual([['Primera DCF, entidades públicas, a)', 'due', '2026-09-10', false]]);
  });

  it('after entry into force, before the one-year deadline', () => {
    const r = run({}, '2026-03-01');
    expect(r.deadlines.generalEntry).toMatchObject({ status: 'in_force' });
    expect(deadline(r)[0]).toEqual(['Primera DCF, entidades públicas, a)', 'due', '2026-09-10', false]);
  });

  it('past the deadline the phased obligations are in force; on the day itself too', () => {
    expect(deadline(run({}, '2026-11-23'))[0]![1]).toBe('in_force');
    expect(deadline(run({}, '2026-09-10'))[0]![1]).toBe('in_force');
    expect(deadline(run({}, '2026-09-09'))[0]![1]).toBe('due');
  });

  it.each([
    ['essalud_gore_univ', 'Primera DCF, entidades públicas, c)', 'due', '2027-09-10'],
    ['local_abc', 'Primera DCF, entidades públicas, d)', 'due', '2028-09-10'],
    ['otras', 'Primera DCF, entidades públicas, f)', 'due', '2027-09-10'],
    ['local_defg', 'Primera DCF, entidades públicas, g)', 'optional', null],
    ['oca', 'Primera DCF, entidades públicas, b)', 'in_force', '2026-09-10'],
  ])('public group %s → %s', (group, clause, status, date) => {
    expect(deadline(run({ [GROUP]: group }))).toEqual([[clause, status, date, false]]);
  });

  it('public company: literal e), two years, with its caveat', () => {
    const r = run({ [ACTOR]: 'empresa_publica' });
    expect(deadline(r)).toEqual([['Primera DCF, entidades públicas, e)', 'due', '2027-09-10', false]]);
    expect(r.deadlines.schedules[0]!.caveats).toContain('stateenterprise');
  });

  it('unknown public group: every public row, each conditional', () => {
    const rows = deadline(run({ [GROUP]: 'no_se' }));
    expect(rows).toHaveLength(6);
    expect(rows.every((row) => row[3] === true)).toBe(true);
  });

  it.each([
    ['salud', 'Primera DCF, sector privado, a)', 'in_force', '2026-09-10'],
    ['comercio', 'Primera DCF, sector privado, b)', 'due', '2027-09-10'],
    ['mineria', 'Primera DCF, sector privado, c)', 'due', '2028-09-10'],
    ['otro', 'Primera DCF, sector privado, d)', 'due', '2029-09-10'],
  ])('private company over 1700 UIT using AI in %s → %s', (sector, clause, status, date) => {
    expect(deadline(run({ ...PRIVATE, [SECTOR]: sector }))).toEqual([[clause, status, date, false]]);
  });

  it('micro-enterprise using AI in another sector: both its MYPE row (shorter) and its sector row, flagged as unclear', () => {
    const r = run({ ...PRIVATE, [SIZE]: 'micro', [SECTOR]: 'otro' });
    expect(deadline(r)).toEqual([
      ['Primera DCF, sector privado, d)', 'due', '2029-09-10', false],
      ['Primera DCF, MYPE, b)', 'due', '2028-09-10', false],
    ]);
    expect(r.deadlines.schedules[1]!.caveats).toContain('mypevssector');
  });

  it('small enterprise → MYPE a), two years', () => {
    expect(deadline(run({ ...PRIVATE, [SIZE]: 'pequena', [SECTOR]: 'transporte' }))).toContainEqual(['Primera DCF, MYPE, a)', 'due', '2027-09-10', false]);
  });

  it('academia and civil society: the private schedule, not "no deadline"', () => {
    const r = run({ [ACTOR]: 'academia_sociedad_civil', [SIZE]: 'mayor', [SECTOR]: 'otro' });
    expect(deadline(r)).toEqual([['Primera DCF, sector privado, d)', 'due', '2029-09-10', false]]);
    expect(r.deadlines.caveats).toContain('academia');
  });
});
