// Hostile free text: characters that break XML, reverse the app's sentences or make a name
// that shows nothing. Cleaned at input (form, import) and at every output (.docx, Markdown,
// answers file and share link).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { cleanText, excerpt, isBlankText, pageOf, pageRows, parseAnswersFile, questionForField, toAnswersFile } from '../../src/engine';
import { buildDocx } from '../../src/documents/docx';
import { toMarkdown } from '../../src/documents/markdown';
import type { DraftDoc } from '../../src/documents/types';
import { pageResolver, type PageValues } from '../../src/flow/pageForm';
import { content } from '../../src/questionnaire/content';
import { walk } from '../helpers/journey';

const HOSTILE = 'Sis\uFFFEte\uFFFFma\u0000\u0007\u001B\u0085 \uD800\u{10FFFF}\uFDD0\u202Eodacifsid\u202C \u2067x\u2069 fin';
const CLEANED = 'Sistema odacifsid x fin';
const nameId = questionForField(content, 'systemName')!.id;
const descriptionId = questionForField(content, 'systemDescription')!.id;

describe('cleanText', () => {
  it('removes non-characters, lone surrogates, controls and bidi embeddings, overrides and isolates', () => {
    expect(cleanText(HOSTILE)).toBe(CLEANED);
  });

  it('keeps tab, newline, carriage return, accents, other scripts, emoji and bidi marks', () => {
    const kept = 'Línea\tuno\r\nñandú 日本 😀 \u200F עברית';
    expect(cleanText(kept)).toBe(kept);
  });

  it('leaves XML 1.0 characters only', () => {
    const all = Array.from({ length: 0x11000 }, (_, i) => (i >= 0xd800 && i < 0xe000 ? '\uD800' : String.fromCodePoint(i))).join('');
    const xmlChar = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
    expect(xmlChar.test(cleanText(all))).toBe(true);
  });
});

describe('isBlankText', () => {
  it.each([
    ['empty', ''],
    ['spaces and line breaks', ' \n\t\u00A0\u3000'],
    ['zero-width characters', '\u200B\u200C\u200D\u2060\uFEFF'],
    ['Hangul fillers and the blank Braille pattern', '\u3164\u115F\uFFA0\u2800'],
    ['bidi controls and marks', '\u202E\u2066\u200E\u200F'],
    ['soft hyphen, variation selector and a tag', '\u00AD\uFE0F\u{E0041}'],
    ['controls and non-characters', '\u0000\uFFFE\uFFFF'],
  ])('is true for %s', (_what, s) => expect(isBlankText(s)).toBe(true));

  it.each(['a', ' x ', '\u200Bñ', '😀', '.'])('is false for text that shows something (%j)', (s) => expect(isBlankText(s)).toBe(false));
});

describe('excerpt', () => {
  it('cuts a long value to 60 characters with an ellipsis and cleans it', () => {
    const cut = excerpt('x'.repeat(200_000));
    expect(Array.from(cut)).toHaveLength(60);
    expect(cut.endsWith('…')).toBe(true);
    expect(excerpt('\u202Eabc')).toBe('abc');
    expect(excerpt('😀'.repeat(70))).toBe(`${'😀'.repeat(59)}…`);
  });
});

describe('at input', () => {
  it('the form cleans typed text and refuses a name of only invisible characters', async () => {
    const { answers } = walk({});
    const page = pageOf(content, nameId)!.id;
    const given = Object.fromEntries(pageRows(content, answers, page).map((q) => [q.id, answers[q.id]!]));
    const submit = (name: string) => pageResolver(content, {}, page)({ ...given, [nameId]: name }, undefined, {} as never);
    const typed = await submit(`  ${HOSTILE}  `);
    expect((typed.values as PageValues)[nameId]).toBe(CLEANED);
    const blank = await submit('\u200B\u200B\u3164');
    expect(blank.errors[nameId]?.message).toBe('textRequired');
    expect(blank.values).toEqual({});
  });

  it('an imported file has its free text cleaned, and a blank-looking name refused naming the field', () => {
    const file = toAnswersFile(content, walk({}).answers);
    const hostile = JSON.stringify({ ...file, profile: { ...file.profile, systemName: HOSTILE } });
    const parsed = parseAnswersFile(content, hostile);
    expect(parsed.ok && parsed.answers[nameId]).toBe(CLEANED);
    const blank = parseAnswersFile(content, JSON.stringify({ ...file, profile: { ...file.profile, systemName: '\u200B\u2800' } }));
    expect(blank).toMatchObject({ ok: false, problem: 'bad_value', field: 'profile.systemName', reason: 'empty' });
  });
});

describe('at output', () => {
  const answers = walk({ [nameId]: HOSTILE, [descriptionId]: `${HOSTILE}\nsegunda línea` }).answers;

  it('the answers file (and so the share link) carries the cleaned text', () => {
    const file = toAnswersFile(content, answers);
    expect(file.profile.systemName).toBe(CLEANED);
    expect(file.profile.systemDescription).toBe(`${CLEANED}\nsegunda línea`);
  });

  const doc: DraftDoc = {
    kind: 'notice',
    lang: 'es',
    title: `Aviso de transparencia: ${HOSTILE}`,
    sections: [{ id: 'notice.purpose', heading: HOSTILE, body: `${HOSTILE}\n- ${HOSTILE} [marca ${HOSTILE}]` }],
    footer: [HOSTILE],
  };

  it('Markdown has none of the removed characters', () => {
    const md = toMarkdown(doc, { public: 'Aviso', annex: 'Anexo' });
    expect(md).toContain('Sistema odacifsid x fin');
    expect(md).toBe(cleanText(md));
  });

  // Spawns python3 to unzip and parse the package: an explicit budget for a busy machine.
  it('a .docx built from such text is well-formed XML, where the bare library output is not', { timeout: 30_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'semaforo-text-'));
    const ours = join(dir, 'ours.docx');
    const bare = join(dir, 'bare.docx');
    writeFileSync(ours, await Packer.toBuffer(buildDocx(doc, { public: 'Aviso', annex: 'Anexo' })));
    writeFileSync(bare, await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun(HOSTILE)] })] }] })));
    const check = [
      'import sys, zipfile, xml.dom.minidom as m',
      'for path in sys.argv[1:]:',
      '    bad = []',
      '    for name in zipfile.ZipFile(path).namelist():',
      '        if name.endswith(".xml") or name.endswith(".rels"):',
      '            try: m.parseString(zipfile.ZipFile(path).read(name))',
      '            except Exception as e: bad.append(name)',
      '    print(",".join(bad) or "ok")',
    ].join('\n');
    const [oursResult, bareResult] = execFileSync('python3', ['-c', check, ours, bare], { encoding: 'utf8', timeout: 25_000 }).trim().split('\n');
    expect(oursResult).toBe('ok');
    expect(bareResult).toContain('word/document.xml');
  });
});
