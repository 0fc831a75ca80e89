import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shareRefusal } from '../../src/app/rejection';
import { parseAnswersFile, toAnswersFile } from '../../src/engine';
import { content } from '../../src/questionnaire/content';
import {
  decodeShare,
  encodeShare,
  inflateCapped,
  isUncheckedLink,
  MAX_FRAGMENT_LENGTH,
  MAX_INFLATED_BYTES,
  MAX_LINK_LENGTH,
  SHARE_PREFIX,
  ShareLinkError,
  type ShareLinkProblem,
} from '../../src/share/shareLink';
import { BASE64URL, envelope1, galleryFiles, galleryLinks } from '../helpers/shareLinks';
import { walk } from '../helpers/journey';

const file = JSON.stringify(toAnswersFile(content, walk({}).answers, '2026-11-23T10:00:00.000Z'));

const refusal = (fragment: string): Promise<ShareLinkProblem | 'opened'> =>
  decodeShare(fragment).then(
    () => 'opened',
    (e: unknown) => {
      if (!(e instanceof ShareLinkError)) throw e; // anything else is a bug, not a refusal
      return e.problem;
    },
  );

/** An envelope-2 fragment around any bytes, with a valid checksum: what an attacker who read
 *  this source can make. */
const envelope2 = (compressed: Buffer) => {
  const sum = createHash('sha256').update(compressed).digest().subarray(0, 8);
  return `${SHARE_PREFIX}2.${Buffer.concat([sum, compressed]).toString('base64url')}`;
};

/** Counts the bytes every DecompressionStream hands out while `run` runs. */
async function countInflated(run: () => Promise<unknown>) {
  const Real = globalThis.DecompressionStream;
  let inflated = 0;
  class Counting {
    readonly writable: WritableStream<BufferSource>;
    readonly readable: ReadableStream<Uint8Array>;
    constructor(format: CompressionFormat) {
      const real = new Real(format);
      this.writable = real.writable;
      this.readable = real.readable.pipeThrough(
        new TransformStream<Uint8Array, Uint8Array>({
          transform(chunk, controller) {
            inflated += chunk.byteLength;
            controller.enqueue(chunk);
          },
        }),
      );
    }
  }
  vi.stubGlobal('DecompressionStream', Counting);
  const started = performance.now();
  const outcome = await run().then(
    () => 'resolved',
    (e: unknown) => (e instanceof ShareLinkError ? e.problem : e),
  );
  return { outcome, inflated, ms: performance.now() - started };
}

afterEach(() => vi.unstubAllGlobals());

describe('share link', () => {
  it('round-trips an assessment through a checksummed fragment, well under common length limits', async () => {
    const fragment = await encodeShare(file);
    expect(fragment).toMatch(/^#s=2\.[A-Za-z0-9_-]+$/);
    expect(fragment.length).toBeLessThan(MAX_LINK_LENGTH);
    expect(await decodeShare(fragment)).toBe(file);
  });

  it('still opens links made before checksums (envelope 1, no "." after #s=)', async () => {
    for (const json of [file, ...galleryFiles]) expect(await decodeShare(envelope1(json))).toBe(json);
  });

  it('tells an old unchecked link from a checksummed one, so the app can say the first is unverified', async () => {
    expect(isUncheckedLink(envelope1(file))).toBe(true);
    expect(isUncheckedLink(await encodeShare(file))).toBe(false);
    expect(isUncheckedLink('#x=abc')).toBe(false);
  });

  it('refuses a truncated, altered, re-spelled or foreign fragment, saying which', async () => {
    const fragment = await encodeShare(file);
    // A cut link fails its checksum, or before that its base64 spelling (when the last character
    // left carries bits no byte uses, which depends on the bytes): refused either way.
    expect(['checksum', 'malformed']).toContain(await refusal(fragment.slice(0, fragment.length - 20)));
    expect(await refusal(`${fragment.slice(0, 10)}!!${fragment.slice(12)}`)).toBe('malformed');
    expect(await refusal('#x=abc')).toBe('not_link');
    expect(await refusal('#s=2.')).toBe('malformed');
    expect(await refusal('#s=0.AAAA')).toBe('malformed');
    // A link of a later envelope is not called altered: it is from a newer app.
    expect(await refusal(`#s=3.${fragment.slice(5)}`)).toBe('newer_envelope');
    // The last character of base64 can carry bits no byte uses; a change there alone would
    // decode to the same bytes, so only the encoder's own spelling is read.
    const payload = fragment.slice(5);
    const last = BASE64URL.indexOf(payload.at(-1)!);
    if (payload.length % 4 !== 0) {
      const respelled = `#s=2.${payload.slice(0, -1)}${BASE64URL[last ^ 1]}`;
      expect(await refusal(respelled)).toBe('malformed');
    }
  });

  // 21 gallery links, every position changed once (the exhaustive step changes every
  // position to every other character): nothing opens.
  it('opens no single-character change of a real link', { timeout: 60_000 }, async () => {
    let tried = 0;
    const opened: string[] = [];
    for (const link of await galleryLinks()) {
      for (let at = SHARE_PREFIX.length; at < link.length; at++) {
        const replacement = link[at] === '.' ? 'A' : BASE64URL[(BASE64URL.indexOf(link[at]!) + 1 + (at % 63)) % 64]!;
        const mutated = link.slice(0, at) + replacement + link.slice(at + 1);
        tried++;
        if ((await refusal(mutated)) === 'opened') opened.push(mutated);
      }
    }
    expect(tried).toBeGreaterThan(10_000);
    expect(opened).toEqual([]);
  });
});

// Building each bomb deflates megabytes of zeros: a budget for a busy machine.
describe('decompression bombs', { timeout: 30_000 }, () => {
  it('refuses a fragment far over the longest link before decoding a byte of it', async () => {
    // 20 MB of zeros: a 27 KB fragment (the report's 272 KB one inflated to 200 MB).
    const bomb = envelope2(deflateRawSync(Buffer.alloc(20 * 1024 * 1024)));
    expect(bomb.length).toBeGreaterThan(MAX_FRAGMENT_LENGTH);
    const { outcome, inflated } = await countInflated(() => decodeShare(bomb));
    expect(outcome).toBe('too_long');
    expect(inflated).toBe(0);
  });

  it('stops inflating a short fragment with a valid checksum once it passes 1 MB', async () => {
    // 6 MB of zeros fits under the length cap; old-format links are capped the same way.
    const compressed = deflateRawSync(Buffer.alloc(6 * 1024 * 1024));
    for (const bomb of [envelope2(compressed), `${SHARE_PREFIX}${compressed.toString('base64url')}`]) {
      expect(bomb.length).toBeLessThan(MAX_FRAGMENT_LENGTH);
      const { outcome, inflated, ms } = await countInflated(() => decodeShare(bomb));
      expect(outcome).toBe('too_large');
      // The stream is cancelled within a chunk or two of the cap, not inflated to the end.
      expect(inflated).toBeLessThan(MAX_INFLATED_BYTES + 256 * 1024);
      expect(ms).toBeLessThan(2_000);
    }
  });

  it('cancels a 100 MB stream near the cap instead of allocating it', async () => {
    const compressed = new Uint8Array(deflateRawSync(Buffer.alloc(100 * 1024 * 1024)));
    const { outcome, inflated } = await countInflated(() => inflateCapped(compressed));
    expect(outcome).toBe('too_large');
    expect(inflated).toBeLessThan(MAX_INFLATED_BYTES + 256 * 1024);
  });

  it('lets a file of exactly the cap through (the cap is on size, not on shape)', async () => {
    const bytes = await inflateCapped(new Uint8Array(deflateRawSync(Buffer.alloc(MAX_INFLATED_BYTES, 0x20))));
    expect(bytes.byteLength).toBe(MAX_INFLATED_BYTES);
  });
});

describe('what a decoded link holds', () => {
  it('goes through the answers-file check: a link of a newer questionnaire is refused as such', async () => {
    const newer = JSON.stringify({ ...JSON.parse(file), questionnaireVersion: '9.0.0' });
    const parsed = parseAnswersFile(content, await decodeShare(await encodeShare(newer)));
    expect(parsed).toMatchObject({ ok: false, problem: 'newer_version', field: 'questionnaireVersion', version: '9.0.0' });
  });
});

describe('what a refused link says', () => {
  const ui = (lang: string) => JSON.parse(readFileSync(`locales/${lang}/ui.json`, 'utf8'));
  const at = (tree: unknown, key: string) => key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], tree);

  it.each([
    [{ problem: 'checksum', field: '' }, 'share.broken'],
    [{ problem: 'malformed', field: '' }, 'share.broken'],
    [{ problem: 'too_large', field: '' }, 'share.errors.too_large'],
    [{ problem: 'newer_envelope', field: '' }, 'share.errors.newer_envelope'],
    [{ problem: 'newer_version', field: 'questionnaireVersion', version: '9.0.0' }, 'share.errors.newer_version'],
    [{ problem: 'unknown_version', field: 'questionnaireVersion', version: '0.1.0' }, 'share.errors.unknown_version'],
    [{ problem: 'bad_value', field: 'answers.qdy8', reason: 'not_an_option' }, 'share.errors.invalid'],
  ])('%o reads %s, in both languages, never «alterado» for an intact link of another version', (rejection, key) => {
    expect(shareRefusal(rejection).key).toBe(key);
    for (const lang of ['es', 'en']) expect(typeof at(ui(lang), key)).toBe('string');
    if (rejection.problem.includes('version')) expect(at(ui('es'), key)).not.toMatch(/alterado/);
  });

  it('has a reason in both languages for every reason the engine gives', () => {
    const reasons = ['missing', 'unexpected', 'invalid', 'wrong_type', 'empty', 'too_long', 'not_an_option'];
    for (const lang of ['es', 'en']) expect(Object.keys(at(ui(lang), 'import.reasons') as object).sort()).toEqual(reasons.sort());
  });
});
