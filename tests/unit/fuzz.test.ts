// Property tests with a fixed seed and a bounded number of runs (deterministic, a few
// seconds): mutated answers files and share links, and hostile free text. Nothing throws past
// a refusal, nothing changed loads silently, nothing hangs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, isBlankText, isValidAnswer, parseAnswersFile, questionForField, toAnswersFile } from '../../src/engine';
import { toMarkdown } from '../../src/documents/markdown';
import { content } from '../../src/questionnaire/content';
import { decodeShare, encodeShare, SHARE_PREFIX, ShareLinkError } from '../../src/share/shareLink';
import { galleryFiles } from '../helpers/shareLinks';

const SEED = 20261123;
const RUNS = { files: 3000, links: 1500, text: 1000 };
const file = JSON.parse(galleryFiles[6]!) as Record<string, unknown>;
const nameId = questionForField(content, 'systemName')!.id;

/** Characters that have broken an output or a message before, mixed with arbitrary code
 *  points and lone surrogate halves. */
const HOSTILE = [
  '\uFFFE',
  '\uFFFF',
  '\u0000',
  '\u001B',
  '\u0085',
  '\u202E',
  '\u202B',
  '\u2066',
  '\u2069',
  '\u200B',
  '\u3164',
  '\u2800',
  '\uFEFF',
  '<',
  '&',
  ']]>',
  '"',
  '\\',
  '\n',
  '\r',
];
const hostileText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...HOSTILE),
      fc.string({ unit: 'binary', maxLength: 3 }),
      fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

const XML_CHARS = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

describe('fuzzed answers files', () => {
  // A random value put at a random place of a real file (a known field, an answer, a new key),
  // or the file's text with random characters changed.
  const paths = [
    'format',
    'formatVersion',
    'questionnaireVersion',
    'savedAt',
    'profile',
    'answers',
    'result',
    `answers.${Object.keys(file.answers as object)[0]}`,
    `profile.systemName`,
    `profile.actorType`,
  ];
  const placed = fc
    .tuple(fc.constantFrom(...paths, '__proto__', 'constructor', 'extra'), fc.oneof(fc.jsonValue({ maxDepth: 2 }), hostileText))
    .map(([path, value]) => {
      const copy = JSON.parse(JSON.stringify(file)) as Record<string, Record<string, unknown>>;
      const [head, tail] = path.split('.');
      if (tail) copy[head!] = { ...copy[head!], [tail]: value };
      else (copy as Record<string, unknown>)[head!] = value;
      return JSON.stringify(copy);
    });
  const text = JSON.stringify(file);
  const edited = fc
    .array(fc.tuple(fc.nat(text.length - 1), fc.oneof(fc.constantFrom(...HOSTILE, '', '{', '}', ',', ':', '1'), fc.string({ maxLength: 2 }))), {
      minLength: 1,
      maxLength: 4,
    })
    .map((edits) => edits.reduce((t, [at, s]) => t.slice(0, at % t.length) + s + t.slice((at % t.length) + 1), text));

  it(`never throw, load only valid clean answers, and name the field of a refusal (${RUNS.files} files)`, { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.oneof(placed, edited), (input) => {
        const started = performance.now();
        const result = parseAnswersFile(content, input);
        expect(performance.now() - started).toBeLessThan(1_000);
        if (result.ok) {
          for (const [id, value] of Object.entries(result.answers)) {
            expect(isValidAnswer(content, id, value)).toBe(true);
            expect(value).toBe(cleanText(value));
          }
          expect(Object.getPrototypeOf(result.answers)).toBe(Object.prototype);
        } else {
          expect(result.error).not.toContain('\n');
          expect(result.error.length).toBeLessThan(300);
          if (result.field === '') expect(['not_json', 'not_object']).toContain(result.problem);
        }
      }),
      { seed: SEED, numRuns: RUNS.files },
    );
  });
});

describe('fuzzed share links', () => {
  it(`never open a changed checksummed link, never throw anything but a refusal (${RUNS.links} links)`, { timeout: 30_000 }, async () => {
    const link = await encodeShare(galleryFiles[6]!);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=!%~ ';
    const mutated = fc.oneof(
      // 1–3 characters changed, deleted or inserted anywhere after the prefix
      fc.array(fc.tuple(fc.nat(), fc.constantFrom('change', 'delete', 'insert'), fc.constantFrom(...alphabet)), { minLength: 1, maxLength: 3 }).map((edits) =>
        edits.reduce((l, [n, kind, c]) => {
          const at = SHARE_PREFIX.length + (n % (l.length - SHARE_PREFIX.length));
          return kind === 'delete' ? l.slice(0, at) + l.slice(at + 1) : l.slice(0, at) + c + l.slice(kind === 'change' ? at + 1 : at);
        }, link),
      ),
      // truncated
      fc.nat(link.length - 1).map((n) => link.slice(0, n)),
      // random payloads, with and without an envelope version
      fc
        .tuple(fc.constantFrom('', '2.', '1.', '3.', '99.'), fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 200 }))
        .map(([v, s]) => `${SHARE_PREFIX}${v}${s}`),
    );
    await fc.assert(
      fc.asyncProperty(mutated, async (fragment) => {
        const started = performance.now();
        const outcome = await decodeShare(fragment).then(
          (text) => text,
          (e: unknown) => {
            if (e instanceof ShareLinkError) return null;
            throw e;
          },
        );
        expect(performance.now() - started).toBeLessThan(2_000);
        // Opening is allowed only for the unchanged link, or for an envelope-1 payload that
        // decodes (no checksum: it then faces the answers-file check like any file).
        if (outcome !== null && fragment !== link) {
          expect(fragment.slice(SHARE_PREFIX.length)).not.toContain('.');
          expect(() => parseAnswersFile(content, outcome)).not.toThrow();
        }
      }),
      { seed: SEED, numRuns: RUNS.links },
    );
  });
});

describe('hostile free text', () => {
  it(`comes out of every path clean, XML-safe and with no bidi controls (${RUNS.text} payloads)`, { timeout: 30_000 }, async () => {
    const base = parseAnswersFile(content, galleryFiles[6]!);
    if (!base.ok) throw new Error('gallery file does not parse');
    await fc.assert(
      fc.asyncProperty(hostileText, async (name) => {
        const clean = cleanText(name);
        expect(XML_CHARS.test(clean)).toBe(true);
        expect(BIDI_CONTROLS.test(clean)).toBe(false);
        expect(cleanText(clean)).toBe(clean);
        expect(isBlankText(clean)).toBe(isBlankText(name));
        const md = toMarkdown(
          { kind: 'notice', lang: 'es', title: name, sections: [{ id: 's', heading: name, body: name }], footer: [name] },
          { public: 'A', annex: 'B' },
        );
        expect(md).toBe(cleanText(md));
        // Through the answers file and a share link: refused as blank, or carried cleaned.
        const answers = { ...base.answers, [nameId]: name.slice(0, 120) };
        const parsed = parseAnswersFile(content, await decodeShare(await encodeShare(JSON.stringify(toAnswersFile(content, answers)))));
        if (isBlankText(name.slice(0, 120))) expect(parsed).toMatchObject({ ok: false, field: 'profile.systemName', reason: 'empty' });
        else expect(parsed.ok && parsed.answers[nameId]).toBe(cleanText(name.slice(0, 120)));
      }),
      { seed: SEED, numRuns: RUNS.text },
    );
  });
});
