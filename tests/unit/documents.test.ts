import { execFileSync } from 'node:child_process';
import { versions } from '../../src/about/versions';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/engine';
import { consultationDraft, noticeDraft, type DraftContext } from '../../src/documents/compose';
import { buildDocx } from '../../src/documents/docx';
import { toMarkdown } from '../../src/documents/markdown';
import { clauseById } from '../../src/questionnaire/clauses';
import { content } from '../../src/questionnaire/content';
import { fixedT } from '../helpers/i18n';
import { walk } from '../helpers/journey';

const id = (about: string) => content.questionnaire.questions.find((q) => q.about === about)!.id;
const CV = { [id('screen: employment')]: 'si', [id('24.1 e) first limb')]: 'si' };
const UNSURE = { [id('screen: employment')]: 'si', [id('24.1 e) first limb')]: 'no_se' };
const inputs = { organisation: 'Municipalidad de Prueba', contact: 'ia@muni.example', oversight: 'Jefa de Recursos Humanos' };

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

const text = (doc: { sections: { heading: string; body: string }[]; footer: string[] }) =>
  [...doc.sections.flatMap((s) => [s.heading, s.body]), ...doc.footer].join('\n');

describe('transparency notice draft (art. 25)', () => {
  it('covers purpose, decisions, AI label, explanation, human review, data and contact, in two tiers', async () => {
    const doc = noticeDraft(await ctx('es', CV));
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
    const all = text(doc);
    expect(all).toContain('Municipalidad de Prueba usa el sistema «Sistema de prueba»');
    expect(all).toContain('determinar selección, evaluación, contratación o cese de trabajadores');
    expect(all).toContain('Ley N.° 29733');
    expect(all).toContain('ia@muni.example');
    expect(all).toContain('Jefa de Recursos Humanos');
    expect(all).toContain('Clasificación orientativa: Riesgo alto.');
    expect(doc.footer[0]).toContain('No es asesoría legal ni una opinión de la Secretaría de Gobierno y Transformación Digital');
    expect(doc.footer[1]).toContain(`Semáforo IA ${versions.app} · Cuestionario ${content.questionnaire.version}`);
  });

  it('can be produced in English from the same answers, with placeholders for what is missing', async () => {
    const doc = noticeDraft(await ctx('en', CV, false));
    expect(doc.title).toBe('Transparency notice: Sistema de prueba');
    const all = text(doc);
    expect(all).toContain('[name of the organisation] uses the system');
    expect(all).toContain('Determining recruitment, evaluation, hiring or dismissal of workers'.toLowerCase());
    expect(all).toContain('It is not legal advice');
  });
});

describe('SGTD consultation draft (arts. 23.3 / 24.2)', () => {
  it('lists the points in doubt with the answer given and the clause involved, and promises no deadline', async () => {
    const doc = consultationDraft(await ctx('es', UNSURE));
    const doubts = doc.sections.find((s) => s.id === 'consultation.doubts')!.body;
    expect(doubts).toContain('¿El sistema determina procesos de selección');
    expect(doubts).toContain('Respondimos: No sé');
    expect(doubts).toContain('Art. 24.1 e)');
    const all = text(doc);
    expect(all).toContain('Municipalidad de Prueba, en calidad de implementador (entidad de la Administración Pública)');
    expect(all).toContain('El Reglamento no establece forma, plazo ni efectos para esta consulta.');
    expect(all).not.toMatch(/\d+ días/);
  });

  it('without open points asks to confirm the classification', async () => {
    const doc = consultationDraft(await ctx('en', CV));
    expect(doc.sections.find((s) => s.id === 'consultation.doubts')!.body).toBe(
      'The self-assessment left no open points; we ask in order to confirm the classification: High risk.',
    );
  });
});

describe('downloads', () => {
  it('Markdown keeps headings, tiers and footer, and makes typed HTML inert', async () => {
    const c = await ctx('es', { ...CV, [id('system description')]: '<script>alert(1)</script> =HYPERLINK("x")' });
    const md = toMarkdown(noticeDraft(c), { public: 'Aviso al público', annex: 'Anexo detallado' });
    expect(md).toMatch(/^# Aviso de transparencia: Sistema de prueba\n/);
    expect(md).toContain('## Aviso al público');
    expect(md).toContain('### Para qué se usa');
    expect(md).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(md).not.toContain('<script>');
    expect(md).toContain('*Documento preparado con Semáforo IA');
  });

  it('the .docx opens as a Word package whose document text is the draft', async () => {
    const doc = consultationDraft(await ctx('es', UNSURE));
    const buffer = await Packer.toBuffer(buildDocx(doc, { public: 'Aviso al público', annex: 'Anexo detallado' }));
    const dir = mkdtempSync(join(tmpdir(), 'semaforo-docx-'));
    const file = join(dir, 'consulta.docx');
    writeFileSync(file, buffer);
    const xml = execFileSync('python3', ['-c', 'import sys,zipfile; print(zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode())', file], { encoding: 'utf8' });
    const plain = xml.replace(/<[^>]+>/g, '');
    expect(plain).toContain('Solicitud de consulta a la SGTD: Sistema de prueba');
    expect(plain).toContain('Art. 24.1 e)');
    expect(plain).toContain('No es asesoría legal');
  });
});
