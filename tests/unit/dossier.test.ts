// The compliance file (#/expediente): which sections apply to which actor and outcome, and
// whether each binds, argued from DS 115-2025-PCM (not from the engine's output); who the clauses
// met name as affected; the retention date of 32.3; section states; the file's part of the work
// (hostile and oversized input); the document the downloads are made from.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify, parseAnswersFile, readWork, toAnswersFile, type Result } from '../../src/engine';
import {
  affectedBy,
  dossierOffer,
  dossierSections,
  missingIn,
  prefill,
  retentionDate,
  riskComplete,
  sectionState,
  type DossierSection,
} from '../../src/engine/dossier';
import { isRealDate } from '../../src/engine/text';
import { MAX_DOSSIER_TEXT, MAX_RISKS, type DossierWork } from '../../src/engine/dossierWork';
import { dossierDoc, type DossierFacts } from '../../src/documents/dossierDoc';
import { toMarkdown } from '../../src/documents/markdown';
import { examples } from '../../src/examples/examples';
import { clauseById } from '../../src/questionnaire/clauses';
import { content } from '../../src/questionnaire/content';
import { affected } from '../../src/questionnaire/dossier';
import type { DataText } from '../../src/questionnaire/texts';

const TODAY = '2026-11-25';
const answersOf = (id: string, change: Record<string, string> = {}) => ({
  qctd: 'Sistema de prueba',
  qq37: 'Descripción',
  ...examples.find((e) => e.id === id)!.answers,
  ...change,
});
const resultOf = (id: string, change?: Record<string, string>) => classify(content, answersOf(id, change), { today: TODAY });
const byId = (result: Result) => Object.fromEntries(dossierSections(result).map((s) => [s.id, s]));

describe('sections per actor and outcome', () => {
  it('a public entity, high risk (household targeting): the art. 30 analysis and art. 29 security bind it, 28.11 oversight on its own condition', () => {
    const result = resultOf('focalizacion-hogares');
    expect(dossierOffer(result)).toBe('file');
    const s = byId(result);
    expect(Object.keys(s)).toEqual(['impact', 'record', 'oversight', 'security', 'transparency', 'personalData']);
    // 30.1: «previo al desarrollo o implementación, se debe realizar un análisis de impacto».
    expect(s.impact).toMatchObject({ kind: 'mandatory', byAnalogy: false });
    expect(s.impact!.cites).toEqual(expect.arrayContaining(['c8mr', 'cfha']));
    // Art. 30 sets no retention period; the three years are 32.3's, in the private-sector chapter.
    expect(s.impact!.retention).toBe(false);
    // 31.1 is in Chapter II («organizaciones del sector privado»): not asked of this actor.
    expect(s.record).toMatchObject({ kind: 'voluntary', byAnalogy: true, obligations: [] });
    // 28.11 binds «en la toma de decisiones que pudiesen implicar un impacto significativo en sectores
    // de salud, educación, justicia, finanzas y acceso a programas y servicios básicos»: the text sets
    // its own condition, which the answers do not settle, so the section is conditional.
    expect(s.oversight).toMatchObject({ kind: 'conditional', cites: ['c4r9'] });
    // Art. 29: the entities «deben adoptar las siguientes medidas», a) to d).
    expect(s.security).toMatchObject({ kind: 'mandatory', cites: ['cmtd', 'c48d', 'cmhc', 'cq7s'] });
    // 25.1 «debe establecer mecanismos»; 28.8 (source code), filed under transparency too, is not art. 25.
    expect(s.transparency!.kind).toBe('mandatory');
    expect(s.transparency!.cites).toContain('ctnj');
    expect(s.transparency!.cites).not.toContain('cy2j');
    // Art. 26 «se debe cumplir con la normativa vigente sobre privacidad»: a pointer, nothing to fill.
    expect(s.personalData).toMatchObject({ kind: 'mandatory', pointer: true, required: [] });
  });

  it('a private organisation, high risk (fintech credit score): the 31.1 record binds it, 31.4 oversight on its own condition, the impact assessment is voluntary', () => {
    const s = byId(resultOf('puntaje-credito-fintech'));
    expect(Object.keys(s)).toEqual(['impact', 'record', 'oversight', 'transparency', 'personalData']);
    // 32.1: «de manera voluntaria, se puede realizar un análisis de impacto»; 32.2 (mitigation)
    // is conditional on risks found and leaves the document voluntary.
    expect(s.impact).toMatchObject({ kind: 'voluntary', retention: true });
    expect(s.impact!.cites).toEqual(expect.arrayContaining(['ctm5', 'c33c', 'cw7k']));
    expect(s.impact!.obligations.map((o) => o.kind)).toEqual(['may', 'conditional']);
    // 31: «tienen las siguientes obligaciones»: 31.1 the record.
    expect(s.record).toMatchObject({ kind: 'mandatory', cites: ['c9vk'], byAnalogy: false });
    // 31.4 carries the same sector condition as 28.11.
    expect(s.oversight).toMatchObject({ kind: 'conditional', cites: ['csvb'] });
    // Art. 29 names «Las entidades de la Administración Pública» only.
    expect(s.security).toBeUndefined();
  });

  it('a local government of types D to G: the phased provisions are «facultativa» (Primera DCF g)), so the file is voluntary for it', () => {
    const s = byId(resultOf('focalizacion-hogares', { qqwj: 'local_defg' }));
    expect(s.impact!.kind).toBe('voluntary');
    expect(s.security!.kind).toBe('voluntary');
    expect(s.oversight!.kind).toBe('voluntary');
    // Art. 26 is not a phased provision of Chapter I of Title VI: it still binds.
    expect(s.personalData!.kind).toBe('mandatory');
  });

  it('no personal data answered: no pointer to Ley 29733', () => {
    expect(byId(resultOf('balance-carga-red')).personalData).toBeUndefined();
  });

  it('undetermined, could be high risk: a preview whose high-risk sections bind only if it turns out so', () => {
    const result = resultOf('resumen-cv-comite');
    expect(result.outcome).toBe('indeterminado');
    expect(dossierOffer(result)).toBe('preview');
    const s = byId(result);
    expect(s.impact).toMatchObject({ kind: 'conditional', onlyIf: 'riesgo_alto' });
    expect(s.oversight).toMatchObject({ kind: 'conditional', onlyIf: 'riesgo_alto' });
    // Art. 29 binds a public entity whatever the risk of its system.
    expect(s.security).toMatchObject({ kind: 'mandatory', onlyIf: null });
  });

  it('not offered for an acceptable-risk, prohibited or out-of-scope system', () => {
    for (const outcome of ['riesgo_aceptable', 'uso_indebido', 'fuera_de_ambito'] as const) {
      const example = examples.find((e) => e.outcome === outcome)!;
      const result = resultOf(example.id);
      expect(dossierOffer(result), example.id).toBeNull();
      expect(dossierSections(result), example.id).toEqual([]);
    }
  });
});

describe('who the clauses met name as affected', () => {
  const es = JSON.parse(readFileSync('locales/es/dossier.json', 'utf8')).affected;
  const en = JSON.parse(readFileSync('locales/en/dossier.json', 'utf8')).affected;

  it('every entry quotes its clause and belongs to high-risk rules citing that clause, with texts in both languages', () => {
    for (const a of affected) {
      expect(clauseById.get(a.clause)!.es, a.id).toContain(a.words);
      for (const ruleId of a.rules) {
        const rule = content.questionnaire.rules.find((r) => r.id === ruleId)!;
        expect(rule.outcome, ruleId).toBe('riesgo_alto');
        expect(rule.cites, ruleId).toContain(a.clause);
      }
      for (const texts of [es, en]) expect(Object.keys(texts[a.id]).sort(), a.id).toEqual([...a.names].sort());
    }
  });

  it('24.1 g) met names the people whose credit is assessed; an open point names no one', () => {
    expect(affectedBy(resultOf('puntaje-credito-fintech')).map((a) => a.id)).toContain('g3gc');
    expect(affectedBy(resultOf('resumen-cv-comite'))).toEqual([]);
  });

  it('prefills only what the answers state: the people named where the clause names them, the oversight person given for the drafts', () => {
    const name = (a: { id: string }, kind: string) => `${a.id}/${kind}`;
    // 24.1 g) names the people («evaluación crediticia de personas»), no right: groups only.
    const credit = prefill(resultOf('puntaje-credito-fintech'), undefined, name);
    expect(credit.impact!.groups!.split('\n')).toContain('g3gc/groups');
    expect(credit.impact!.rights ?? '').not.toContain('g3gc');
    expect(credit.oversight).toEqual({});
    expect(prefill(resultOf('puntaje-credito-fintech'), '  Jefa de riesgos ', name).oversight).toEqual({ who: '  Jefa de riesgos ' });
    expect(prefill(resultOf('puntaje-credito-fintech'), '   ', name).oversight).toEqual({});
    // Open points name no one.
    expect(prefill(resultOf('resumen-cv-comite'), undefined, name).impact).toEqual({});
  });
});

describe('retention (32.3: «un período mínimo de tres (3) años, contados a partir de su emisión»)', () => {
  it('is three years from the date of issue, never short of it, and nothing without a real date', () => {
    expect(retentionDate('2026-11-20')).toBe('2029-11-20');
    expect(retentionDate('2028-02-29')).toBe('2031-03-01');
    expect(retentionDate('2026-02-30')).toBeNull();
    expect(retentionDate('')).toBeNull();
    expect(retentionDate(undefined)).toBeNull();
  });
});

describe('section states', () => {
  const s = byId(resultOf('puntaje-credito-fintech'));
  const oversight = s.oversight as DossierSection;
  const impact = s.impact as DossierSection;
  const full = { decisions: 'Rechazos de crédito', who: 'Comité', training: 'Curso', powers: 'Puede anular' };

  it('not started until the person writes, whatever the answers filled in', () => {
    expect(sectionState(oversight, undefined, { who: 'Jefa de riesgos' })).toBe('not_started');
    expect(sectionState(oversight, { fields: { training: '   ' } })).toBe('not_started');
  });

  it('in progress while a required field is empty or blank, complete when none is', () => {
    expect(sectionState(oversight, { fields: { ...full, powers: '\u200B ' } })).toBe('in_progress');
    expect(missingIn(oversight, { fields: { ...full, powers: '' } })).toEqual([{ field: 'powers' }]);
    expect(sectionState(oversight, { fields: full })).toBe('complete');
    // A value taken from the answers counts until the person changes it.
    const { who: _who, ...rest } = full;
    expect(sectionState(oversight, { fields: rest }, { who: 'Jefa de riesgos' })).toBe('complete');
  });

  it('the impact analysis needs at least one risk, each with its mitigation, owner and date', () => {
    const fields = { rights: 'x', groups: 'x', findings: 'x', corrective: 'x', issued: '2026-11-20' };
    expect(missingIn(impact, { fields })).toEqual([{ risks: 'none' }]);
    const risk = { kind: 'bias', description: 'd', measure: 'data', mitigation: 'm', owner: 'o', due: '2026-12-01' } as const;
    expect(missingIn(impact, { fields, risks: [risk, { ...risk, owner: '' }] })).toEqual([{ risk: 1 }]);
    expect(sectionState(impact, { fields, risks: [risk] })).toBe('complete');
  });

  it('a date counts only when it is a day of the calendar (a file edited by hand may hold «2026-02-30» or «ayer»)', () => {
    const record = s.record as DossierSection;
    const fields = { functioning: 'f', dataSources: 'd', logic: 'l', impacts: 'i' };
    expect(missingIn(record, { fields: { ...fields, updated: '2026-11-20' } })).toEqual([]);
    for (const updated of ['ayer', '2026-02-30', '2026-13-45', '0000-00-00'])
      expect(missingIn(record, { fields: { ...fields, updated } })).toEqual([{ field: 'updated' }]);
    const risk = { kind: 'bias', description: 'd', measure: 'data', mitigation: 'm', owner: 'o', due: '2026-02-30' } as const;
    expect(riskComplete(risk)).toBe(false);
    expect(riskComplete({ ...risk, due: '2028-02-29' })).toBe(true);
    expect([isRealDate('2028-02-29'), isRealDate('2027-02-29'), isRealDate(' 2026-11-20'), isRealDate(undefined)]).toEqual([true, false, false, false]);
  });

  it('a field of another section, carried by a file edited by hand, neither starts nor completes this one', () => {
    expect(sectionState(oversight, { fields: { rights: 'x', findings: 'y' } })).toBe('not_started');
  });

  it('the personal-data pointer has no state to reach', () => {
    expect(sectionState(s.personalData as DossierSection, undefined)).toBe('pointer');
  });
});

describe("the file's part of the work", () => {
  const answers = answersOf('puntaje-credito-fintech');
  const file = (work: unknown) => JSON.stringify({ ...toAnswersFile(content, answers, '2026-11-25T10:00:00.000Z'), work });
  const dossier: DossierWork = {
    version: '1.0',
    sections: {
      impact: {
        fields: { findings: 'Hallazgo' },
        risks: [{ kind: 'bias', owner: 'Ana', due: '2026-12-01' }],
        attachments: [{ name: 'Informe', date: '2026-11-01' }],
      },
    },
  };

  it('goes out and comes back whole in the answers file', () => {
    expect(parseAnswersFile(content, file({ dossier }))).toMatchObject({ ok: true, work: { dossier } });
  });

  it('cleans hostile text like typed text: a bidi override or a non-character never reaches a document', () => {
    const hostile = { sections: { record: { fields: { logic: 'Ló\u202Egica\uFFFE' } } }, version: '1\u0007.0' };
    expect(parseAnswersFile(content, file({ dossier: hostile }))).toMatchObject({
      ok: true,
      work: { dossier: { version: '1.0', sections: { record: { fields: { logic: 'Lógica' } } } } },
    });
  });

  it.each<[string, unknown, string]>([
    ['a text too long', { sections: { record: { fields: { logic: 'x'.repeat(MAX_DOSSIER_TEXT + 1) } } } }, 'work.dossier.sections.record.fields.logic'],
    ['too many risks', { sections: { impact: { risks: Array.from({ length: MAX_RISKS + 1 }, () => ({})) } } }, 'work.dossier.sections.impact.risks'],
    ['a section the file does not have', { sections: { budget: {} } }, 'work.dossier.sections.budget'],
    ['a date that is not one', { sections: { impact: { attachments: [{ name: 'x', date: 'mañana' }] } } }, 'work.dossier.sections.impact.attachments.0.date'],
    ['a field name that is markup', { sections: { record: { fields: { '<img>': 'x' } } } }, 'work.dossier.sections.record.fields.<img>'],
  ])('refuses %s in a file, naming the field', (_what, bad, field) => {
    expect(parseAnswersFile(content, file({ dossier: bad }))).toMatchObject({ ok: false, field });
  });

  it('a bad dossier stored with the assessment is left out alone: the drafts details and ticks stay', () => {
    const stored = {
      inputs: { organisation: 'Fintech SAC' },
      checked: ['o4jc'],
      dossier: { sections: { impact: { risks: Array.from({ length: MAX_RISKS + 1 }, () => ({})) } } },
    };
    expect(readWork(stored)).toEqual({ inputs: { organisation: 'Fintech SAC' }, checked: ['o4jc'] });
  });
});

describe('the document behind the Markdown and .docx downloads', () => {
  const result = resultOf('puntaje-credito-fintech');
  const sections = dossierSections(result);
  const es = JSON.parse(readFileSync('locales/es/dossier.json', 'utf8'));
  // A t() over the Spanish texts, enough for the composer: nested keys and {{values}}.
  const t: DataText = (key, options) => {
    const text = String((key as string).split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], es) ?? key);
    return text.replace(/{{(\w+)}}/g, (_, name: string) => String(options?.[name] ?? ''));
  };
  const facts: DossierFacts = {
    lang: 'es',
    systemName: 'Puntaje <b>',
    description: '',
    actor: 'Organización privada',
    role: 'Ambos',
    outcome: 'Riesgo alto',
    clauses: ['Art. 24.1 g)'],
    version: '',
    date: '25 de noviembre de 2026',
    app: '0.6.0',
    questionnaire: '1.1.0',
    norm: 'DS 115-2025-PCM',
  };
  const dossier: DossierWork = { sections: { record: { fields: { logic: 'Regresión [versión 2] <script>' } } } };

  it('quotes each article, marks every empty field as a placeholder, computes retention, and keeps markup inert', () => {
    const doc = dossierDoc(t, facts, sections, dossier, { impact: { groups: 'Solicitantes de crédito' } }, (iso) => iso);
    const md = toMarkdown(doc, { public: '', annex: '' });
    expect(md).toContain(`«${clauseById.get('ctm5')!.es}»`);
    expect(md).toContain('Personas y grupos afectados: Solicitantes de crédito');
    expect(md).toContain('Hallazgos: **\\[por completar\\]**');
    expect(md).toContain('Indique la fecha de emisión');
    expect(md).toContain('Regresión **\\[versión 2\\]** \\<script\\>');
    expect(md).toContain('Sistema: Puntaje \\<b\\>');
    expect(md).toContain('art. 30.3');
    const withDate = dossierDoc(t, facts, sections, { sections: { impact: { fields: { issued: '2026-11-20' } } } }, {}, (iso) => iso);
    expect(toMarkdown(withDate, { public: '', annex: '' })).toContain('Conservar hasta al menos el 2029-11-20');
  });
});
