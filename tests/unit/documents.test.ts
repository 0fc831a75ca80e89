import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { versions } from '../../src/about/versions';
import { classify } from '../../src/engine';
import { consultationDraft, noticeBasis, noticeDraft, type DraftContext } from '../../src/documents/compose';
import { buildDocx } from '../../src/documents/docx';
import { toMarkdown } from '../../src/documents/markdown';
import { outcomeKeys } from '../../src/documents/outcome';
import { segments } from '../../src/documents/placeholders';
import type { DraftDoc, NoNotice } from '../../src/documents/types';
import { clauseById } from '../../src/questionnaire/clauses';
import { content } from '../../src/questionnaire/content';
import { fixedT } from '../helpers/i18n';
import { walk } from '../helpers/journey';
import { questionWordingById } from '../../src/questionnaire/texts';
import { Q } from '../helpers/questions';

const golden = (name: string): Record<string, string> => JSON.parse(readFileSync(`tests/golden/${name}.json`, 'utf8')).answers;
// Each case names the golden file whose outcome the legal text settles (see its note).
const CV = golden('h-24-1-e'); // riesgo alto: ranks CVs, 24.1 e)
const UNSURE = golden('safety-hiring-unknown'); // indeterminado: «No sé» on 24.1 e)
const OPEN_PROHIBITION = golden('safety-high-with-open-prohibition'); // riesgo alto, 23.1 d) open
const PROHIBITED = golden('p-23-1-f'); // uso indebido: 23.1 f)
const VERIFICATION = golden('p-23-1-e-i'); // riesgo aceptable: 23.1 e) lifted by its exception i)
const NOT_AI = golden('scope-6j-not-ai'); // fuera de ámbito: art. 6 j)
const ACCEPTABLE = {}; // every clause answered «No»: riesgo aceptable (art. 22.2)
const inputs = {
  organisation: 'Municipalidad de Prueba',
  contact: 'ia@muni.example',
  oversight: 'Jefa de Recursos Humanos',
  place: 'Miraflores',
  ruc: '20131380951',
  representative: 'Ana Quispe Mamani',
};
const NO_INPUTS = { organisation: '', contact: '', oversight: '', place: '', ruc: '', representative: '' };
const TIERS = { public: 'Aviso al público', annex: 'Anexo detallado' };

async function ctx(lang: 'es' | 'en', overrides: Record<string, string>, withInputs = true, notes: Record<string, string> = {}): Promise<DraftContext> {
  const answers = walk(overrides).answers;
  return {
    lang,
    ...(await fixedT(lang)),
    content,
    clauseById,
    answers,
    result: classify(content, answers, { today: '2026-11-23' }),
    inputs: withInputs ? inputs : NO_INPUTS,
    notes,
    date: '2026-11-23',
  };
}

function draft(doc: DraftDoc | NoNotice): DraftDoc {
  if (doc.kind === 'no_notice') throw new Error(`No notice offered: ${doc.title}`);
  return doc;
}

const text = (doc: { sections: { heading: string; body: string }[]; footer: string[] }) =>
  [...doc.sections.flatMap((s) => [s.heading, s.body]), ...doc.footer].join('\n');
const body = (doc: DraftDoc, sectionId: string) => doc.sections.find((s) => s.id === sectionId)!.body;
/** What a draft asserts: its text with every [placeholder] taken out. */
const asserted = (s: string) =>
  s
    .split('\n')
    .map((line) =>
      segments(line)
        .filter((x) => !x.placeholder)
        .map((x) => x.text)
        .join(''),
    )
    .join('\n');

describe('transparency notice draft (art. 25)', () => {
  it('covers purpose, decisions, AI label, explanation, human review, data and contact, in two tiers', async () => {
    const doc = draft(noticeDraft(await ctx('es', CV)));
    expect(doc.title).toBe('Aviso de transparencia: Sistema de prueba');
    expect(doc.sections.filter((s) => s.tier === 'public').map((s) => s.heading)).toEqual([
      'Este servicio usa inteligencia artificial',
      'Para qué se usa',
      'Qué decisiones toma o apoya',
      'Cómo pedir una explicación',
      'Revisión humana y reclamos',
      'Sus datos personales',
    ]);
    expect(doc.sections.filter((s) => s.tier === 'annex')).toHaveLength(5);
    // A plain high-risk result needs no note before the notice.
    expect(doc.sections[0]!.tier).toBe('public');
    const all = text(doc);
    expect(all).toContain('Municipalidad de Prueba usa el sistema «Sistema de prueba»');
    expect(all).toContain('determinar selección, evaluación, contratación o cese de trabajadores (Art. 24.1 e))');
    expect(all).toContain('Ley N.° 29733');
    expect(all).toContain('ia@muni.example');
    expect(all).toContain('Jefa de Recursos Humanos');
    expect(body(doc, 'notice.basis')).toBe(
      'Artículo 25 del Reglamento de la Ley N.° 31814 (transparencia algorítmica), que obliga al desarrollador o implementador de un sistema de riesgo alto. Clasificación orientativa: Riesgo alto.',
    );
    expect(doc.footer[0]).toContain('No es asesoría legal ni una opinión de la Secretaría de Gobierno y Transformación Digital');
    expect(doc.footer[1]).toContain(`Semáforo IA ${versions.app} · Cuestionario ${content.questionnaire.version}`);
  });

  it('can be produced in English from the same answers, with placeholders for what is missing', async () => {
    const doc = draft(noticeDraft(await ctx('en', CV, false)));
    expect(doc.title).toBe('Transparency notice: Sistema de prueba');
    const all = text(doc);
    expect(all).toContain('[name of the organisation] uses the system');
    expect(all).toContain('determining recruitment, evaluation, hiring or dismissal of workers (Art. 24.1(e))');
    expect(all).toContain('It is not legal advice');
  });
});

describe('what the notice rests on, by classification', () => {
  it('offers no notice for a prohibited use, says why and points to the art. 23.3 consultation', async () => {
    for (const lang of ['es', 'en'] as const) {
      const c = await ctx(lang, PROHIBITED);
      expect(c.result.outcome).toBe('uso_indebido');
      expect(noticeBasis(c.result)).toBe('prohibited');
      const doc = noticeDraft(c);
      expect(doc.kind).toBe('no_notice');
      const said = (doc as NoNotice).paragraphs.join('\n');
      expect(said).toContain(clauseById.get(c.result.clausesMet[0]!.cites.at(-1)!)!.label[lang]);
      expect(said).toContain('23.3');
      expect(said).toMatch(lang === 'es' ? /no debe realizarse/ : /must not go ahead/);
    }
  });

  it('offers no art. 25 notice out of scope, names the reason and leaves transparency as good practice', async () => {
    for (const lang of ['es', 'en'] as const) {
      const c = await ctx(lang, NOT_AI);
      expect(c.result.outcome).toBe('fuera_de_ambito');
      const doc = noticeDraft(c);
      expect(doc.kind).toBe('no_notice');
      const said = (doc as NoNotice).paragraphs.join('\n');
      expect(said).toContain(clauseById.get(c.result.clausesMet[0]!.cites.at(-1)!)!.label[lang]);
      expect(said).toMatch(
        lang === 'es'
          ? /no se aplica a este uso.*\n.*buena práctica, pero no como obligación del artículo 25/
          : /does not apply to this use.*\n.*good practice, but not as an obligation under article 25/,
      );
    }
  });

  it('drafts a voluntary notice for acceptable risk, resting on art. 7 i), never on art. 25', async () => {
    for (const lang of ['es', 'en'] as const) {
      const c = await ctx(lang, ACCEPTABLE);
      expect(c.result.outcome).toBe('riesgo_aceptable');
      const doc = draft(noticeDraft(c));
      const basis = body(doc, 'notice.basis');
      expect(basis).toMatch(lang === 'es' ? /^Aviso voluntario\. .*artículo 7 i\)/ : /^Voluntary notice\. .*article 7 i\)/);
      expect(basis).not.toMatch(/25/);
      // Art. 25 is named only to say that it binds high-risk systems, not this one.
      const mentions = text(doc)
        .split(/(?<=[.:])\s/)
        .filter((s) => /(artículo|article) 25\b/i.test(s));
      expect(mentions.length).toBeGreaterThan(0);
      for (const m of mentions) expect(m).toMatch(lang === 'es' ? /solo a los sistemas de riesgo alto/ : /only of high-risk systems/);
      expect(body(doc, 'notice.status')).toMatch(lang === 'es' ? /este aviso es voluntario/ : /this notice is voluntary/);
    }
  });

  it('marks an undetermined result as a preview that applies only if the system is high risk', async () => {
    const c = await ctx('es', UNSURE);
    expect(c.result.outcome).toBe('indeterminado');
    const doc = draft(noticeDraft(c));
    expect(doc.sections[0]!.id).toBe('notice.status');
    expect(doc.sections[0]!.body).toContain('solo es obligatorio (artículo 25) si el sistema resulta de riesgo alto');
    expect(body(doc, 'notice.basis')).toContain('aplicable solo si el sistema resulta de riesgo alto');
  });
});

describe('a high-risk result with an open point that could make it prohibited', () => {
  it('reads «riesgo alto como mínimo», never «permitido», in the summary and in both drafts and their downloads', async () => {
    for (const [lang, label, never] of [
      ['es', 'Riesgo alto como mínimo: podría ser uso indebido (prohibido)', /permitid/i],
      ['en', 'High risk at least: could be improper use (prohibited)', /allowed|permitted/i],
    ] as const) {
      const c = await ctx(lang, OPEN_PROHIBITION);
      expect(c.result.outcome).toBe('riesgo_alto');
      expect(c.result.unresolved.map((p) => p.couldMake)).toContain('uso_indebido');
      const open = c.result.unresolved.find((p) => p.couldMake === 'uso_indebido')!;
      const question = questionWordingById(c.tq, open.questionId);

      const keys = outcomeKeys(c.result);
      expect(c.tr(keys.label)).toBe(label);
      expect(c.tr(keys.meaning)).toContain('23.3');
      expect(c.tr(keys.meaning)).not.toMatch(never);

      const notice = draft(noticeDraft(c));
      const consultation = consultationDraft(c);
      expect(body(notice, 'notice.status')).toContain(question);
      expect(body(notice, 'notice.status')).toContain('23.3');
      expect(body(notice, 'notice.basis')).toContain(label);
      expect(body(consultation, 'consultation.doubts')).toContain(label);
      expect(body(consultation, 'consultation.doubts')).toContain(question);
      for (const doc of [notice, consultation]) {
        expect(text(doc)).not.toMatch(never);
        expect(toMarkdown(doc, TIERS)).not.toMatch(never);
      }
    }
  });

  it('keeps the plain wording when no prohibition is open', async () => {
    const c = await ctx('es', CV);
    expect(c.tr(outcomeKeys(c.result).label)).toBe('Riesgo alto');
    expect(noticeBasis(c.result)).toBe('art25');
  });
});

describe('drafts assert only what was answered', () => {
  // Claims the drafts used to make without asking; each may appear only inside [brackets].
  const UNASKED = {
    es: [
      /no toma decisiones/i,
      /capacitad/i,
      /puede detener/i,
      /supervisa sus resultados/i,
      /Tratamos sus datos/i,
      /Adjuntamos/i,
      /una persona revise/i,
      /le expliquemos/i,
    ],
    en: [
      /does not take decisions/i,
      /trained/i,
      /can stop/i,
      /oversees its results/i,
      /We process your/i,
      /We attach/i,
      /a person to review/i,
      /ask us to explain/i,
    ],
  };
  const cases = { CV, UNSURE, OPEN_PROHIBITION, ACCEPTABLE };

  it.each(['es', 'en'] as const)('never asserts decisions, training, oversight powers, data handling or offers outside placeholders (%s)', async (lang) => {
    for (const [name, answers] of Object.entries(cases)) {
      for (const withInputs of [true, false]) {
        const c = await ctx(lang, answers, withInputs);
        for (const doc of [draft(noticeDraft(c)), consultationDraft(c)]) {
          const said = asserted(text(doc));
          for (const claim of UNASKED[lang]) expect(said, `${name} ${doc.kind}`).not.toMatch(claim);
        }
      }
    }
  });

  it('asks for what the answers do not say about decisions and oversight', async () => {
    const doc = draft(noticeDraft(await ctx('es', CV)));
    expect(body(doc, 'notice.decisions')).toContain('[Describa qué decisiones toma el sistema sobre las personas, o si solo apoya a quien decide');
    expect(asserted(body(doc, 'notice.oversight')).trim()).toBe('Responsable de la supervisión: Jefa de Recursos Humanos.');
  });

  it('offers a review by a person only as an optional bracketed clause', async () => {
    const doc = draft(noticeDraft(await ctx('es', CV)));
    const review = body(doc, 'notice.review').split('\n')[0]!;
    expect(segments(review)).toEqual([
      { text: '[Opcional, conserve o borre: Puede pedir que una persona revise el resultado escribiendo a ia@muni.example.]', placeholder: true },
    ]);
  });

  it('says what it says about personal data only from the answer given', async () => {
    const data = Q.personalData;
    const said = async (value: string) => asserted(body(draft(noticeDraft(await ctx('es', { ...CV, [data]: value }))), 'notice.data')).trim();
    expect(await said('no')).toBe('El sistema no trata datos personales.');
    expect(await said('si')).toBe(
      'El sistema trata datos personales, protegidos por la Ley N.° 29733, Ley de Protección de Datos Personales, y su reglamento.',
    );
    expect(await said('no_se')).toBe('');
  });

  it('says who uses the system only when the answers make the organisation its implementer', async () => {
    const role = Q.role;
    const label = async (value: string) => body(draft(noticeDraft(await ctx('es', { ...CV, [role]: value }))), 'notice.label');
    expect(await label('implementador')).toContain('que Municipalidad de Prueba usa el sistema');
    expect(await label('desarrollador')).toContain(
      'que [nombre de la organización que usa el sistema] usa el sistema «Sistema de prueba», desarrollado por Municipalidad de Prueba',
    );
    expect(await label('no_se')).not.toContain('Municipalidad de Prueba');
  });
});

describe('SGTD consultation letter (arts. 23.3 / 24.2)', () => {
  // Art. 24.1 e), as published: the clause a «No sé» or a note on the hiring question bears on.
  const HIRING = 'Determinar procesos de selección, evaluación, contratación y cese de trabajadores o postulantes a un puesto de trabajo';
  const doubts = (doc: DraftDoc) => body(doc, 'consultation.doubts');
  const hiring = [...clauseById.values()].find((c) => c.es.startsWith(HIRING))!;

  it('is a letter: place and date, addressee, requester with RUC and legal representative, the system, attachments and a signature', async () => {
    const doc = consultationDraft(await ctx('es', UNSURE));
    expect(doc.sections.map((s) => s.id)).toEqual([
      'consultation.placeDate',
      'consultation.addressee',
      'consultation.subject',
      'consultation.requester',
      'consultation.basis',
      'consultation.system',
      'consultation.doubts',
      'consultation.request',
      'consultation.attachments',
      'consultation.signature',
    ]);
    expect(body(doc, 'consultation.placeDate')).toBe('Miraflores, 2026-11-23');
    expect(body(doc, 'consultation.addressee')).toContain('Secretaría de Gobierno y Transformación Digital');
    expect(body(doc, 'consultation.requester')).toBe(
      'Municipalidad de Prueba, con RUC 20131380951, representada por Ana Quispe Mamani, en calidad de implementador del sistema (entidad de la Administración Pública). Contacto: ia@muni.example.',
    );
    expect(body(doc, 'consultation.system')).toContain('Nombre: Sistema de prueba');
    // What goes with the letter is the requester's to say: every attachment is a placeholder.
    const attachments = body(doc, 'consultation.attachments').split('\n');
    expect(attachments.length).toBeGreaterThan(0);
    for (const line of attachments) expect(asserted(line.replace(/^- /, '')).trim()).toBe('');
    expect(body(doc, 'consultation.signature')).toBe(
      'Atentamente,\n[Firma]\nAna Quispe Mamani\nRepresentante legal de Municipalidad de Prueba (RUC 20131380951)\nContacto: ia@muni.example',
    );
    // The letter speaks for the requester: the tool's disclaimer belongs in the report.
    expect(doc.footer).toEqual([]);
    expect(text(doc)).not.toContain('No es asesoría legal');
    // The Regulation sets no deadline for the answer: the letter promises none.
    expect(text(doc)).not.toMatch(/\d+ días/);
  });

  it('leaves place, RUC and representative as visible placeholders when they were not typed', async () => {
    const doc = consultationDraft(await ctx('es', UNSURE, false));
    expect(body(doc, 'consultation.placeDate')).toBe('[ciudad], 2026-11-23');
    expect(body(doc, 'consultation.requester')).toContain('con RUC [número de RUC], representada por [nombre del representante legal]');
  });

  it('makes a «No sé» a numbered point: the question, the answer, the clause it bears on quoted verbatim and a question for the SGTD', async () => {
    const c = await ctx('es', UNSURE);
    expect(c.answers[Q.workerSelection]).toBe('no_se');
    const lines = doubts(consultationDraft(c)).split('\n');
    expect(lines[0]).toBe('Clasificación orientativa: Indeterminado.');
    const at = lines.indexOf(`1. ${questionWordingById(c.tq, Q.workerSelection)}`);
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1, at + 5)).toEqual([
      '- Respondimos: No sé.',
      // With no note, why the person could not answer is theirs to say.
      '- [Explique por qué no pudo responder esta pregunta y qué información le falta.]',
      `- Art. 24.1 e) del Reglamento: «${hiring.es}»`,
      '- Pregunta: ¿el sistema, tal como se describe, está comprendido en el Art. 24.1 e)?',
    ]);
    expect(body(consultationDraft(c), 'consultation.request')).toContain('sobre el punto numerado');
  });

  it('makes an answer with a note a numbered point carrying the note, on one line and inert', async () => {
    const note = 'Solo ordena las hojas de vida;\n- una persona decide. <b>[ver acta]</b>';
    const c = await ctx('es', CV, true, { [Q.workerSelection]: note });
    const said = doubts(consultationDraft(c));
    const lines = said.split('\n');
    // 24.1 e) met with «Sí» is not itself a point (no rule recommends consulting on it); the note makes it one.
    expect(consultationDraft(await ctx('es', CV)).sections.find((s) => s.id === 'consultation.doubts')!.body).not.toContain('1. ');
    const at = lines.indexOf(`1. ${questionWordingById(c.tq, Q.workerSelection)}`);
    expect(lines.slice(at + 1, at + 3)).toEqual([
      '- Respondimos: Sí, lo determina.',
      '- Nuestra nota: Solo ordena las hojas de vida; - una persona decide. <b>[ver acta]</b>',
    ]);
    expect(said).toContain(`- Art. 24.1 e) del Reglamento: «${hiring.es}»`);
    expect(said).toContain('- Pregunta: ¿es correcta nuestra respuesta a la luz del Art. 24.1 e)?');
    const md = toMarkdown(consultationDraft(c), TIERS);
    expect(md).toContain('Nuestra nota: Solo ordena las hojas de vida; - una persona decide. \\<b\\>**\\[ver acta\\]**\\</b\\>');
    expect(md).not.toContain('<b>');
  });

  it('numbers one point per question, however many reasons it has, in answer order', async () => {
    const c = await ctx('es', UNSURE, true, {
      [Q.workerSelection]: 'No sabemos si el ranking descarta a alguien.',
      [Q.workingConditions]: 'Lo confirmó el área legal.',
    });
    const lines = doubts(consultationDraft(c)).split('\n');
    const numbered = lines.filter((l) => /^\d+\. /.test(l));
    expect(numbered).toEqual([`1. ${questionWordingById(c.tq, Q.workerSelection)}`, `2. ${questionWordingById(c.tq, Q.workingConditions)}`]);
    // A note replaces the placeholder asking why.
    expect(lines).toContain('- Nuestra nota: No sabemos si el ranking descarta a alguien.');
    expect(lines.filter((l) => l.startsWith('- [Explique por qué'))).toEqual([]);
    expect(body(consultationDraft(c), 'consultation.request')).toContain('cada uno de los 2 puntos numerados');
  });

  it('for a prohibited use puts the answers that met the prohibition to the SGTD (art. 23.3)', async () => {
    const c = await ctx('es', PROHIBITED);
    const met = c.result.clausesMet[0]!;
    const said = doubts(consultationDraft(c));
    expect(said).toContain('Clasificación orientativa: Uso indebido (prohibido).');
    for (const a of met.answers) expect(said).toMatch(new RegExp(`^\\d+\\. ${questionWordingById(c.tq, a.questionId).replace(/[?¿().]/g, '\\$&')}$`, 'm'));
    const clause = clauseById.get(met.cites.at(-1)!)!;
    expect(said).toContain(`- ${clause.label.es} del Reglamento: «${clause.es}»`);
    expect(said).toContain(`está comprendido en el supuesto del ${clause.label.es}?`);
  });

  it('puts no profile answer to the SGTD: arts. 23.3 and 24.2 consult only on 23.1 and the high-risk uses', async () => {
    // «No sé» on the role and a note on personal data (art. 26.1, the data-protection
    // authority's field) are about the organisation, not about whether the system is within
    // 23.1 or 24.1; the letter's requester line keeps the role as a placeholder instead.
    const c = await ctx('es', { ...CV, [Q.role]: 'no_se' }, true, { [Q.personalData]: 'Lo confirmó el área legal.' });
    expect(c.answers[Q.role]).toBe('no_se');
    const said = doubts(consultationDraft(c));
    expect(said).not.toContain(questionWordingById(c.tq, Q.role));
    expect(said).not.toContain(questionWordingById(c.tq, Q.personalData));
    expect(said).not.toMatch(/^1\. /m);
  });

  it('asks whether an exception applied takes the system out of the rule it lifts, naming each once', async () => {
    // Art. 23.1 e), exception i) lifts the prohibition of 23.1 e): the question names the
    // exception and the rule apart, and quotes both clauses.
    const c = await ctx('es', VERIFICATION);
    expect(c.result.exceptionsApplied.length).toBeGreaterThan(0);
    const said = doubts(consultationDraft(c));
    expect(said).toContain(
      '- Pregunta: con esta respuesta, ¿se aplica lo previsto en el Art. 23.1 e), excepción i), de modo que el sistema queda fuera del supuesto del Art. 23.1 e)?',
    );
    for (const id of ['cme7', ...c.result.exceptionsApplied.flatMap((e) => content.questionnaire.rules.find((r) => r.id === e.ruleId)!.cites.slice(-1))]) {
      const clause = clauseById.get(id)!;
      expect(said).toContain(`- ${clause.label.es} del Reglamento: «${clause.es}»`);
    }
    const en = doubts(consultationDraft(await ctx('en', VERIFICATION)));
    expect(en).toContain('- Question: with this answer, does Art. 23.1(e), exception (i) apply, so that the system falls outside the case of Art. 23.1(e)?');
  });

  it('quotes numerals 23.3 and 24.2 as its legal basis, «if considered necessary» included', async () => {
    const basis = body(consultationDraft(await ctx('es', UNSURE)), 'consultation.basis');
    expect(basis).toContain('Numeral 23.3: «Todo desarrollador o implementador, en caso lo considere necesario, puede solicitar a la SGTD, una consulta');
    expect(basis).toContain('Numeral 24.2: «Todo desarrollador o implementador, en caso se considere necesario, puede solicitar a la SGTD, una consulta');
    expect(body(consultationDraft(await ctx('en', UNSURE)), 'consultation.basis')).toContain('if they consider it necessary');
  });

  it('with no point in doubt never asks «in order to confirm»: it says what the requester wants confirmed', async () => {
    const high = await ctx('es', CV);
    const doc = consultationDraft(high);
    expect(doubts(doc)).toBe('Clasificación orientativa: Riesgo alto.\nNuestra autoevaluación no dejó puntos en duda y no añadimos notas a ninguna respuesta.');
    const request = body(doc, 'consultation.request');
    expect(request).toMatch(
      /^Solicitamos que la SGTD confirme que, con lo descrito, el sistema se encuentra dentro de los usos de riesgo alto por .*\(Art\. 24\.1 e\)\), y no dentro de los supuestos de uso indebido del numeral 23\.1 del Reglamento\./,
    );
    expect(request).toContain('[Indique por qué pide esta confirmación.]');
    const acceptable = consultationDraft(await ctx('es', ACCEPTABLE));
    expect(body(acceptable, 'consultation.request')).toContain(
      'no se encuentra dentro de los supuestos de uso indebido del numeral 23.1 ni de los usos de riesgo alto del numeral 24.1',
    );
    for (const d of [doc, acceptable, consultationDraft(await ctx('en', CV))]) expect(text(d)).not.toMatch(/para confirmar|in order to confirm/);
  });

  it('composed in English is a reading copy, and says so in its title', async () => {
    const doc = consultationDraft(await ctx('en', UNSURE));
    expect(doc.title).toMatch(/^Reading copy in English, not for filing \(the letter is filed in Spanish\)/);
    expect(doubts(doc)).toContain('- Question: does the system, as described, fall within Art. 24.1(e)?');
    // The reading copy quotes our English rendering of the clause the letter quotes in Spanish.
    expect(doubts(doc)).toContain(`- Art. 24.1(e) of the Regulation: «${hiring.en}»`);
  });
});

describe('placeholders', () => {
  it('are the outermost bracketed runs of a line, nested or left open', () => {
    expect(segments('a [b [c] d] e [f')).toEqual([
      { text: 'a ', placeholder: false },
      { text: '[b [c] d]', placeholder: true },
      { text: ' e ', placeholder: false },
      { text: '[f', placeholder: true },
    ]);
    expect(segments('no brackets ] here')).toEqual([{ text: 'no brackets ] here', placeholder: false }]);
  });
});

describe('downloads', () => {
  it('Markdown keeps headings, tiers and footer, sets placeholders in bold and makes typed HTML inert', async () => {
    const c = await ctx('es', { ...CV, [Q.systemDescription]: '<script>alert(1)</script> =HYPERLINK("x")' });
    const md = toMarkdown(draft(noticeDraft(c)), TIERS);
    expect(md).toMatch(/^# Aviso de transparencia: Sistema de prueba\n/);
    expect(md).toContain('## Aviso al público');
    expect(md).toContain('### Para qué se usa');
    expect(md).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(md).not.toContain('<script>');
    expect(md).toContain('**\\[Describa qué decisiones toma el sistema');
    expect(md).toContain('*Documento preparado con Semáforo IA');
  });

  // Spawns python3 to unzip the package: an explicit budget for a busy machine.
  it('the .docx opens as a Word package whose text is the draft, with every placeholder highlighted', { timeout: 30_000 }, async () => {
    const doc = draft(noticeDraft(await ctx('es', UNSURE, false)));
    const buffer = await Packer.toBuffer(buildDocx(doc, TIERS));
    const dir = mkdtempSync(join(tmpdir(), 'semaforo-docx-'));
    const file = join(dir, 'aviso.docx');
    writeFileSync(file, buffer);
    const xml = execFileSync('python3', ['-c', 'import sys,zipfile; print(zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode())', file], {
      encoding: 'utf8',
      timeout: 25_000,
    });
    expect(xml.replace(/<[^>]+>/g, '')).toContain('Aviso de transparencia: Sistema de prueba');
    expect(xml.replace(/<[^>]+>/g, '')).toContain('No es asesoría legal');
    const runs = [...xml.matchAll(/<w:r>(.*?)<\/w:r>/gs)].map(([, run]) => ({
      highlighted: run!.includes('<w:highlight w:val="yellow"/>'),
      text: run!.replace(/<[^>]+>/g, ''),
    }));
    const marked = runs.filter((r) => r.highlighted).map((r) => r.text);
    expect(marked).toContain('[Describa qué decisiones toma el sistema sobre las personas, o si solo apoya a quien decide, y quién revisa sus resultados.]');
    expect(marked.every((t) => t.startsWith('[') && t.endsWith(']'))).toBe(true);
    // No bracket is left in plain text: every placeholder of the draft is highlighted.
    expect(runs.filter((r) => !r.highlighted && /[[\]]/.test(r.text))).toEqual([]);
  });
});
