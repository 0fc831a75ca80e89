// The person's work on the result page (draft details, draft edits, ticked obligations) in the
// answers file and in share links: it goes out and comes back whole, an older file without it
// still opens, an oversized or malformed one is refused naming the field, the CLI ignores it,
// and a link too long with it is offered without it, saying so.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify, draftSource, mergeWork, parseAnswersFile, readWork, toAnswersFile, withNote, type AssessmentWork } from '../../src/engine';
import { shareLinkFor } from '../../src/flow/result/shareLinkFor';
import { importAnswers } from '../../src/machine/importAssessment';
import { content } from '../../src/questionnaire/content';
import { decodeShare, MAX_LINK_LENGTH } from '../../src/share/shareLink';
import { walk } from '../helpers/journey';
import { Q } from '../helpers/questions';

const face = Q.biometricsScreen;
const { answers } = walk({ [face]: 'si' });
const outcome = classify(content, answers, { today: '2026-11-23' }).outcome;
const work: AssessmentWork = {
  lang: 'es',
  inputs: { organisation: 'Municipalidad de Miraflores', contact: 'mesa@example.pe' },
  drafts: { notice: { from: draftSource(answers, outcome), sections: { 'notice.purpose': 'Texto escrito a mano.\nSegunda línea.' } } },
  checked: ['probity', 'transparency'],
  notes: { [face]: 'La cámara de la plaza identifica rostros: lo confirmó el proveedor.\nVer el contrato.' },
  owners: { ot5m: 'Oficina de Transparencia', osh8: 'Comité de IA' },
};
const file = { ...toAnswersFile(content, answers, '2026-11-23T10:00:00.000Z'), work };

describe('reading stored work', () => {
  it('no work, empty work and work that is not an object all read as no work', () => {
    for (const stored of [undefined, null, {}, [], 'texto', 3]) expect(readWork(stored)).toEqual({});
  });
});

describe('owners of the action plan', () => {
  it('a record saved before owners existed reads as it was; a bad owner is left out alone', () => {
    const { owners: _, ...older } = work;
    expect(readWork(older)).toEqual(older);
    expect(readWork({ ...work, owners: { ot5m: 'Oficina de Transparencia', 'no id!': 'x', osh8: 'y'.repeat(201) } })).toEqual({
      ...older,
      owners: { ot5m: 'Oficina de Transparencia' },
    });
  });
});

describe('work in the answers file', () => {
  it('goes out and comes back whole, and the draft still matches the answers it was edited with', () => {
    const parsed = parseAnswersFile(content, JSON.stringify(file));
    expect(parsed).toMatchObject({ ok: true, answers, work });
    if (parsed.ok) expect(draftSource(parsed.answers, outcome)).toBe(work.drafts!.notice!.from);
    const imported = importAnswers(JSON.stringify(file));
    expect(imported.ok && imported.saved.work).toEqual(work);
  });

  it('cleans the text it brings like typed text: no bidi override or non-character reaches a draft', () => {
    const hostile = {
      inputs: { organisation: 'Muni\u202Ecipalidad\uFFFE' },
      drafts: { notice: { from: 'x', sections: { 'notice.purpose': 'Uno\u0007 dos\uFFFF' } } },
    };
    const parsed = parseAnswersFile(content, JSON.stringify({ ...file, work: hostile }));
    expect(parsed).toMatchObject({
      ok: true,
      work: { inputs: { organisation: 'Municipalidad' }, drafts: { notice: { sections: { 'notice.purpose': 'Uno dos' } } } },
    });
  });

  it('is optional: a file written before it existed still imports, with no work', () => {
    const parsed = parseAnswersFile(content, JSON.stringify(toAnswersFile(content, answers)));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.work).toBeUndefined();
    const imported = importAnswers(JSON.stringify(toAnswersFile(content, answers)));
    expect(imported.ok && 'work' in imported.saved).toBe(false);
  });

  it.each<[string, unknown, string]>([
    [
      'a section too long',
      { drafts: { notice: { from: 'x', sections: { 'notice.purpose': 'x'.repeat(20_001) } } } },
      'work.drafts.notice.sections.notice.purpose',
    ],
    [
      'too many sections',
      { drafts: { notice: { from: 'x', sections: Object.fromEntries(Array.from({ length: 41 }, (_, i) => [`s${i}`, 'x'])) } } },
      'work.drafts.notice.sections',
    ],
    ['a section ID that is not one', { drafts: { consultation: { from: 'x', sections: { '<img>': 'x' } } } }, 'work.drafts.consultation.sections.<img>'],
    ['an input too long', { inputs: { organisation: 'x'.repeat(201) } }, 'work.inputs.organisation'],
    ['an unknown input', { inputs: { budget: '1' } }, 'work.inputs.budget'],
    ['a ticked obligation that is not an ID', { checked: [42] }, 'work.checked.0'],
    ['too many ticked obligations', { checked: Array.from({ length: 201 }, (_, i) => `o${i}`) }, 'work.checked'],
    ['a language the app does not have', { lang: 'fr' }, 'work.lang'],
    ['a note too long', { notes: { [face]: 'x'.repeat(2_001) } }, `work.notes.${face}`],
    ['a note on something that is not a question ID', { notes: { __proto__x: 'x' } }, 'work.notes.__proto__x'],
    ['a note that is not text', { notes: { [face]: { text: 'x' } } }, `work.notes.${face}`],
    ['too many notes', { notes: Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`q${i.toString(36).padStart(3, '0')}`, 'x'])) }, 'work.notes'],
  ])('refuses %s, naming the field', (_what, bad, field) => {
    const parsed = parseAnswersFile(content, JSON.stringify({ ...file, work: bad }));
    expect(parsed).toMatchObject({ ok: false, field });
  });

  it('is ignored by the CLI, which prints the same result as without it', { timeout: 30_000 }, () => {
    const path = join(mkdtempSync(join(tmpdir(), 'semaforo-work-')), 'with-work.json');
    writeFileSync(path, JSON.stringify(file));
    const run = spawnSync('node_modules/.bin/tsx', ['src/cli/classify.ts', path, '--today', '2026-11-23'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(classify(content, answers, { today: '2026-11-23' }))));
  });
});

describe('work in share links', () => {
  const base = 'https://semaforo.example/';

  it('travels in the link when the link still fits, except the notes behind the answers', async () => {
    const made = await shareLinkFor(base, answers, work);
    expect(made).toMatchObject({ withoutWork: false });
    if (!('link' in made)) throw new Error('no link');
    const { notes: _notes, ...shared } = work;
    expect(JSON.parse(await decodeShare(made.link.slice(base.length))).work).toEqual(shared);
  });

  it('never carries notes, even alone and short', async () => {
    const made = await shareLinkFor(base, answers, { notes: { [face]: 'reservado' } });
    if (!('link' in made)) throw new Error('no link');
    expect(made.withoutWork).toBe(false);
    expect(JSON.parse(await decodeShare(made.link.slice(base.length)))).not.toHaveProperty('work');
  });

  it('is left out, and the link says so, when it would make the link too long', async () => {
    // Text that does not compress: a long edit of random letters.
    let noise = '';
    for (let i = 0; noise.length < 12_000; i++) noise += ((i * 7919) % 104_729).toString(36);
    const big: AssessmentWork = { drafts: { notice: { from: 'x', sections: { 'notice.purpose': noise } } } };
    const made = await shareLinkFor(base, answers, big);
    expect(made).toMatchObject({ withoutWork: true });
    if (!('link' in made)) throw new Error('no link');
    expect(made.link.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
    expect(JSON.parse(await decodeShare(made.link.slice(base.length)))).not.toHaveProperty('work');
  });
});

describe('notes behind the answers', () => {
  it('are cleaned like typed text when read from a file: no bidi override or non-character reaches the letter', () => {
    const parsed = parseAnswersFile(content, JSON.stringify({ ...file, work: { notes: { [face]: 'Solo\u202E apoya\uFFFE\u0007' } } }));
    expect(parsed).toMatchObject({ ok: true, work: { notes: { [face]: 'Solo apoya' } } });
  });

  it('as stored: one bad note is left out alone, and the other notes and the rest of the work stay', () => {
    const stored = {
      ...work,
      notes: { [face]: 'Buena nota.', qzzz: 'x'.repeat(2_001), '<img src=x>': 'x', q001: 42, q002: 'Otra\u202E nota.' },
    };
    expect(readWork(stored)).toEqual({ ...work, notes: { [face]: 'Buena nota.', q002: 'Otra nota.' } });
  });

  it('as stored: past the limit on notes the first ones are kept and nothing else is lost', () => {
    const many = Object.fromEntries(Array.from({ length: 250 }, (_, i) => [`q${i.toString(36).padStart(3, '0')}`, `n${i}`]));
    const read = readWork({ ...work, notes: many });
    expect(Object.keys(read.notes!)).toHaveLength(200);
    expect(read.notes!.q000).toBe('n0');
    expect(read.checked).toEqual(work.checked);
  });

  it('are set, cut to length and removed when emptied, one at a time', () => {
    const one = withNote({}, face, '  Por qué.\u202E ');
    expect(one).toEqual({ notes: { [face]: '  Por qué. ' } });
    expect(withNote(one, face, 'y'.repeat(3_000)).notes![face]).toHaveLength(2_000);
    // A note of nothing visible is no note.
    expect(withNote(one, face, ' \u200B\n')).toEqual({});
    expect(withNote({ ...one, checked: ['probity'] }, face, '')).toEqual({ checked: ['probity'] });
  });

  it('merge note by note with what another tab saved', () => {
    const stored: AssessmentWork = { notes: { q001: 'de la otra pestaña', [face]: 'antes' } };
    const merged = mergeWork(stored, { notes: { [face]: 'antes' } }, { notes: { [face]: 'después', q002: 'nueva' } });
    expect(merged.notes).toEqual({ q001: 'de la otra pestaña', [face]: 'después', q002: 'nueva' });
  });
});
