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
const NOT_AI = golden('scope-6j-not-ai'); // fuera de ámbito: art. 6 j)
const ACCEPTABLE = {}; // every clause answered «No»: riesgo aceptable (art. 22.2)
const inputs = { organisation: 'Municipalidad de Prueba', contact: 'ia@muni.example', oversight: 'Jefa de Recursos Humanos' };
const TIERS = { public: 'Aviso al público', annex: 'Anexo detallado' };

async function ctx(lang: 'es' | 'en', overrides: Record<string, string>, withInputs = true): Promise<DraftContext> {
  const answers = walk(overrides).answers;
  return {
    lang,
    ...(await fixedT(lang)),
    content,
    clauseById,
    answers,
    result: classify(content, answers, { today: '2026-11-23' }),
    inputs: withInputs ? inputs : { organisation: '', contact: '', oversight: '' },
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

describe('SGTD consultation draft (arts. 23.3 / 24.2)', () => {
  it('lists the points in doubt with the answer given and the clause involved, and promises no deadline', async () => {
    const doc = consultationDraft(await ctx('es', UNSURE));
    const doubts = body(doc, 'consultation.doubts');
    expect(doubts).toContain('Clasificación orientativa: Indeterminado.');
    expect(doubts).toContain('¿El sistema determina procesos de selección');
    expect(doubts).toContain('Respondimos: No sé');
    expect(doubts).toContain('Art. 24.1 e)');
    const all = text(doc);
    expect(all).toContain('Municipalidad de Prueba, en calidad de implementador (entidad de la Administración Pública)');
    expect(all).toContain('El Reglamento no establece forma, plazo ni efectos para esta consulta.');
    expect(all).not.toMatch(/\d+ días/);
  });

  it('for a prohibited use puts the answers that met the prohibition in doubt (art. 23.3)', async () => {
    const c = await ctx('es', PROHIBITED);
    const met = c.result.clausesMet[0]!;
    const doubts = body(consultationDraft(c), 'consultation.doubts');
    expect(doubts).toContain('Clasificación orientativa: Uso indebido (prohibido).');
    for (const a of met.answers) expect(doubts).toContain(`- ${questionWordingById(c.tq, a.questionId)} Respondimos: `);
    expect(doubts).toContain(`Cláusulas en juego: ${clauseById.get(met.cites.at(-1)!)!.label.es}.`);
  });

  it('without open points asks to confirm the classification', async () => {
    const doc = consultationDraft(await ctx('en', CV));
    expect(body(doc, 'consultation.doubts')).toBe(
      'Guidance classification: High risk.\nThe self-assessment left no open points; we ask in order to confirm this classification.',
    );
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
