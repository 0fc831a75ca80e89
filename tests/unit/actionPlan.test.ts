// The action plan joins each obligation to the dates the deadline schedule gives it. Expected
// dates are argued from the text, not read from the engine:
// - DS 115-2025-PCM was published on 9 Sept 2025; the Primera DCF's periods run «a partir del día
//   siguiente de la publicación», so from 10 Sept 2025, and end on the same day N years later
//   (caveat "anniversary").
// - Entry into force (Única DCF): «a partir de los noventa (90) días hábiles siguientes de su
//   publicación»: 20 Jan 2026 counting national holidays only, 22 Jan 2026 also skipping the
//   public sector's non-working days (digest §4.1). Obligations not on the Primera DCF schedule
//   (principles, data protection, the consultation) bind from then.
// - The Primera DCF phases only art. 25 and Chapter I (public entities) or II (private sector) of
//   Title VI: those obligations take the actor's row.
// A high-risk CV screener (art. 24.1 e)) makes art. 25 and the Title VI obligations apply.
import { describe, expect, it } from 'vitest';
import { actionPlan, classify } from '../../src/engine';
import { content } from '../../src/questionnaire/content';
import { walk } from '../helpers/journey';
import { Q } from '../helpers/questions';

const HIGH_RISK = { [Q.employmentScreen]: 'si', [Q.workerSelection]: 'si' };
const TODAY = '2026-11-23';
const plan = (answers: Record<string, string>, today = TODAY) => actionPlan(classify(content, walk({ ...HIGH_RISK, ...answers }).answers, { today }));
/** Each item as [obligation, first day it may be required, every date its schedule rows give]. */
const dates = (p: ReturnType<typeof plan>) =>
  Object.fromEntries(p.items.map((i) => [i.obligation.obligationId, i.deadlines.map((d) => (d.date ? `${d.date.from}/${d.date.to}` : d.status))]));

const ENTRY = '2026-01-20/2026-01-22';
/** Art. 25.1 a): inform users beforehand (phased) — and art. 7, the principles (from entry into force). */
const TRANSPARENCY = 'ot5m';
const PRINCIPLES = 'osh8';

describe('action plan: dates joined from the deadline schedule', () => {
  it('public entity (EsSalud, regional government, public university: Primera DCF, public entities, c), two years): art. 25 and Chapter I by 10 Sept 2027', () => {
    const p = plan({ [Q.actorType]: 'entidad_publica', [Q.publicGroup]: 'essalud_gore_univ' });
    const d = dates(p);
    expect(d[TRANSPARENCY]).toEqual(['2027-09-10/2027-09-10']);
    expect(d[PRINCIPLES]).toEqual([ENTRY]);
    // Every phased item takes the entity's one row; every general one the entry into force.
    for (const item of p.items) expect(d[item.obligation.obligationId]).toEqual(item.obligation.schedule === 'phased' ? ['2027-09-10/2027-09-10'] : [ENTRY]);
    // In force already comes first; the next date ahead of 23 Nov 2026 is the phased one.
    expect(p.items[0]!.from).toBe('2026-01-20');
    expect(p.next?.date).toBe('2027-09-10');
    expect(p.next?.items.every((i) => i.obligation.schedule === 'phased')).toBe(true);
  });

  it('private developer, large company, AI used in health (Primera DCF, private sector, a), one year): due 10 Sept 2026, nothing ahead of 23 Nov 2026', () => {
    const p = plan({ [Q.role]: 'desarrollador', [Q.actorType]: 'organizacion_privada', [Q.companySize]: 'mayor', [Q.sectorOfUse]: 'salud' });
    expect(dates(p)[TRANSPARENCY]).toEqual(['2026-09-10/2026-09-10']);
    expect(dates(p)[PRINCIPLES]).toEqual([ENTRY]);
    expect(p.next).toBeNull();
    // Judged against an earlier day, the same row is the next deadline.
    expect(
      plan({ [Q.role]: 'desarrollador', [Q.actorType]: 'organizacion_privada', [Q.companySize]: 'mayor', [Q.sectorOfUse]: 'salud' }, '2026-03-01').next?.date,
    ).toBe('2026-09-10');
  });

  it('private implementer, micro enterprise, AI used in a sector not listed: the MYPE row (three years) and the sector row (four years) both, since the text does not say which prevails', () => {
    const p = plan({ [Q.role]: 'implementador', [Q.actorType]: 'organizacion_privada', [Q.companySize]: 'micro', [Q.sectorOfUse]: 'otro' });
    const phased = p.items.find((i) => i.obligation.obligationId === TRANSPARENCY)!;
    expect(dates(p)[TRANSPARENCY]).toEqual(['2028-09-10/2028-09-10', '2029-09-10/2029-09-10']);
    expect(phased.from).toBe('2028-09-10');
    expect(phased.deadlines[0]!.caveats).toContain('mypevssector');
    expect(p.next?.date).toBe('2028-09-10');
  });

  it('never invents a date: a local government of type D to G (Primera DCF g)) gets no date and a voluntary item', () => {
    const p = plan({ [Q.actorType]: 'entidad_publica', [Q.publicGroup]: 'local_defg' });
    const item = p.items.find((i) => i.obligation.obligationId === TRANSPARENCY)!;
    expect(dates(p)[TRANSPARENCY]).toEqual(['optional']);
    expect(item.from).toBeNull();
    expect(item.category).toBe('voluntary');
    // Undated items come last; the general ones still carry the entry into force.
    expect(p.items.at(-1)!.from).toBeNull();
    expect(dates(p)[PRINCIPLES]).toEqual([ENTRY]);
  });

  it('states how each binds as the text words it: art. 7 principles, the consultation voluntary, duties the text itself conditions conditional; nothing about what the SGTD may do', () => {
    const p = plan({ [Q.actorType]: 'entidad_publica', [Q.publicGroup]: 'essalud_gore_univ' });
    const category = (id: string) => p.items.find((i) => i.obligation.obligationId === id)?.category;
    // Art. 7: «Son principios que rigen el desarrollo, implementación y uso…».
    expect(category(PRINCIPLES)).toBe('principle');
    expect(category('oher')).toBe('voluntary');
    // 25.3 «En caso de que, el sistema tome decisiones que impacten en derechos humanos…»;
    // 28.8 code «financiados con fondos públicos»; 28.11 oversight «en la toma de decisiones que
    // pudiesen implicar un impacto significativo en sectores de salud, educación, justicia, finanzas…»
    // — a hiring system (24.1 e)) is not in those sectors by itself.
    for (const id of ['o8bn', 'ocyj', 'oqvq']) expect(category(id), id).toBe('conditional');
    // 25.1: «informar al usuario, de forma previa…» binds without condition.
    expect(category(TRANSPARENCY)).toBe('mandatory');
    expect(p.items.some((i) => i.obligation.kind === 'info')).toBe(false);
  });

  it('says beside the dates what the schedule leaves open for the actor: academia is not named by the Primera DCF', () => {
    const p = plan({ [Q.role]: 'desarrollador', [Q.actorType]: 'academia_sociedad_civil', [Q.companySize]: 'mayor', [Q.sectorOfUse]: 'salud' });
    expect(p.caveats).toContain('academia');
  });

  it('an undetermined result: obligations that apply only if it turns out high risk are conditional', () => {
    const p = plan({ [Q.workerSelection]: 'no_se' });
    const item = p.items.find((i) => i.obligation.obligationId === TRANSPARENCY)!;
    expect(item.obligation.onlyIf).toBe('riesgo_alto');
    expect(item.category).toBe('conditional');
  });
});
