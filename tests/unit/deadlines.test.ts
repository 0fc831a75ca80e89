// Deadlines of the Primera DCF and of the decree's entry into force, by actor. Expected dates
// are worked out by hand from the text: periods run «a partir del día siguiente de la
// publicación» (9 Sept 2025), so from 10 Sept 2025; entry into force is «a partir de los
// noventa (90) días hábiles siguientes de su publicación» (digest §4.1 for the two counts).
import { describe, expect, it } from 'vitest';
import { classify, type Result } from '../../src/engine';
import { nthBusinessDay, weekday } from '../../src/engine/deadlines';
import { clauseById } from '../../src/questionnaire/clauses';
import { content } from '../../src/questionnaire/content';
import { walk } from '../helpers/journey';
import { Q } from '../helpers/questions';

const ACTOR = Q.actorType;
const GROUP = Q.publicGroup;
const SIZE = Q.companySize;
const SECTOR = Q.sectorOfUse;

const run = (answers: Record<string, string>, today = '2026-11-23', c = content) => classify(c, walk(answers).answers, { today });
const label = (cite: string) => clauseById.get(cite)!.label.es;
/** Each schedule as [its most specific clause, last day, conditional]. */
const rows = (r: Result) => r.deadlines.schedules.map((d) => [label(d.cites.at(-1)!), d.date?.to ?? null, d.conditional]);
const row = (r: Result, clause: string) => r.deadlines.schedules.find((d) => label(d.cites.at(-1)!) === clause)!;
const privateOrg = (size: string, sector: string) => ({ [ACTOR]: 'organizacion_privada', [SIZE]: size, [SECTOR]: sector });

describe('general entry into force: a range, not a chosen day', () => {
  it('counts 90 business days after publication: 20 Jan 2026 with national holidays, 22 Jan without the two public-sector non-working days', () => {
    expect(run({}).deadlines.generalEntry).toMatchObject({
      date: { from: '2026-01-20', to: '2026-01-22' },
      caveats: expect.arrayContaining(['entrycount']),
    });
  });

  it('is due before the range, unsettled inside it, in force from its last day', () => {
    expect(run({}, '2026-01-19').deadlines.generalEntry!.status).toBe('due');
    expect(run({}, '2026-01-20').deadlines.generalEntry!.status).toBe('unsettled');
    expect(run({}, '2026-01-21').deadlines.generalEntry!.status).toBe('unsettled');
    expect(run({}, '2026-01-22').deadlines.generalEntry!.status).toBe('in_force');
  });

  it('skips weekends and the closed days it is given', () => {
    // Fri 9 Jan 2026: the first business day after it is Mon 12 Jan, or Tue 13 if the 12th is closed.
    expect(nthBusinessDay('2026-01-09', 1, new Set())).toBe('2026-01-12');
    expect(nthBusinessDay('2026-01-09', 1, new Set(['2026-01-12']))).toBe('2026-01-13');
    expect(nthBusinessDay('2026-01-09', 6, new Set())).toBe('2026-01-19');
  });
});

describe('a last day on a Saturday or Sunday is caveated', () => {
  it('computes the weekday from the date', () => {
    expect(['2025-09-09', '2026-09-10', '2027-09-10', '2028-09-10', '2029-09-10'].map(weekday)).toEqual([2, 4, 5, 0, 1]);
  });

  it('10 Sept 2028 is a Sunday: the three-year rows carry the caveat, the others do not', () => {
    expect(row(run({ [GROUP]: 'local_abc' }), 'Primera DCF, entidades públicas, d)').caveats).toContain('weekend');
    expect(row(run(privateOrg('mayor', 'mineria')), 'Primera DCF, sector privado, c)').caveats).toContain('weekend');
    expect(row(run({ [GROUP]: 'poderes' }), 'Primera DCF, entidades públicas, a)').caveats).not.toContain('weekend');
    expect(row(run(privateOrg('mayor', 'comercio')), 'Primera DCF, sector privado, b)').caveats).not.toContain('weekend');
  });

  it('follows the calendar, not a list of dates: periods starting on a Saturday end on one', () => {
    const shifted = { ...content, deadlines: { ...content.deadlines, periodsStart: '2025-09-13' } };
    const r = run({ [GROUP]: 'poderes' }, '2026-01-01', shifted);
    expect(r.deadlines.schedules[0]).toMatchObject({ date: { from: '2026-09-13', to: '2026-09-13' } });
    expect(r.deadlines.schedules[0]!.caveats).toContain('weekend');
  });
});

describe('MYPE and sector of use (Primera DCF, private sector and MYPE paragraphs)', () => {
  it.each([
    ['micro', 'salud', 'Primera DCF, MYPE, b)', '2028-09-10'],
    ['micro', 'comercio', 'Primera DCF, MYPE, b)', '2028-09-10'],
    ['micro', 'mineria', 'Primera DCF, MYPE, b)', '2028-09-10'],
    ['pequena', 'justicia', 'Primera DCF, MYPE, a)', '2027-09-10'],
    ['pequena', 'trabajo', 'Primera DCF, MYPE, a)', '2027-09-10'],
  ])('%s enterprise using AI in %s: the MYPE period is at least as long, so only %s is shown', (size, sector, clause, date) => {
    const r = run(privateOrg(size, sector));
    expect(rows(r)).toEqual([[clause, date, false]]);
    expect(r.deadlines.schedules[0]!.caveats).not.toContain('mypevssector');
    expect(r.deadlines.schedules[0]!.caveats).toContain('mypespecial');
  });

  it.each([
    ['micro', 'otro', 'Primera DCF, sector privado, d)', '2029-09-10', 'Primera DCF, MYPE, b)', '2028-09-10'],
    ['pequena', 'energia', 'Primera DCF, sector privado, c)', '2028-09-10', 'Primera DCF, MYPE, a)', '2027-09-10'],
    ['pequena', 'otro', 'Primera DCF, sector privado, d)', '2029-09-10', 'Primera DCF, MYPE, a)', '2027-09-10'],
  ])('%s enterprise using AI in %s: the MYPE period is shorter, so both are shown with the caveat', (size, sector, sClause, sDate, mClause, mDate) => {
    const r = run(privateOrg(size, sector));
    expect(rows(r)).toEqual([
      [sClause, sDate, false],
      [mClause, mDate, false],
    ]);
    expect(row(r, mClause).caveats).toContain('mypevssector');
  });

  it('an unknown sector leaves only the sector rows longer than the MYPE one, conditional', () => {
    const r = run(privateOrg('micro', 'no_se'));
    expect(rows(r)).toEqual([
      ['Primera DCF, sector privado, d)', '2029-09-10', true],
      ['Primera DCF, MYPE, b)', '2028-09-10', false],
    ]);
    expect(row(r, 'Primera DCF, MYPE, b)').caveats).toContain('mypevssector');
  });

  it('an unknown size displaces nothing: the sector row stands and both MYPE rows are conditional', () => {
    expect(rows(run(privateOrg('no_se', 'salud')))).toEqual([
      ['Primera DCF, sector privado, a)', '2026-09-10', false],
      ['Primera DCF, MYPE, a)', '2027-09-10', true],
      ['Primera DCF, MYPE, b)', '2028-09-10', true],
    ]);
  });
});

describe('actors at the edges of art. 3', () => {
  it('private academia and civil society are asked sector and size, and get the private schedule with a caveat', () => {
    const { asked } = walk({ [ACTOR]: 'academia_sociedad_civil', [SIZE]: 'mayor', [SECTOR]: 'educacion' });
    expect(asked).toEqual(expect.arrayContaining([SIZE, SECTOR]));
    const r = run({ [ACTOR]: 'academia_sociedad_civil', [SIZE]: 'mayor', [SECTOR]: 'educacion' });
    expect(rows(r)).toEqual([['Primera DCF, sector privado, a)', '2026-09-10', false]]);
    expect(r.deadlines.caveats).toEqual(['academia']);
    expect(r.deadlines.schedules.every((d) => d.status !== 'optional' && d.date !== null)).toBe(true);
  });

  it('a private concessionaire of a public service follows literal f) (two years), with a caveat', () => {
    const { asked } = walk({ [ACTOR]: 'concesionaria_privada' });
    expect(asked).not.toContain(GROUP);
    expect(asked).not.toContain(SIZE);
    expect(asked).not.toContain(SECTOR);
    const r = run({ [ACTOR]: 'concesionaria_privada' });
    expect(rows(r)).toEqual([['Primera DCF, entidades públicas, f)', '2027-09-10', false]]);
    expect(r.deadlines.caveats).toEqual(['concessionaire']);
  });

  it('a public university answers as a public entity: literal c), two years', () => {
    expect(rows(run({ [ACTOR]: 'entidad_publica', [GROUP]: 'essalud_gore_univ' }))).toEqual([['Primera DCF, entidades públicas, c)', '2027-09-10', false]]);
  });

  it('no actor caveat for a public entity or a private company', () => {
    expect(run({}).deadlines.caveats).toEqual([]);
    expect(run(privateOrg('mayor', 'salud')).deadlines.caveats).toEqual([]);
  });
});
