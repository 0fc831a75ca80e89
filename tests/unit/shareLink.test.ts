import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAnswersFile, toAnswersFile } from '../../src/engine';
import { content } from '../../src/questionnaire/content';
import { decodeShare, encodeShare, MAX_LINK_LENGTH } from '../../src/share/shareLink';
import { walk } from '../helpers/journey';

const file = JSON.stringify(toAnswersFile(content, walk({}).answers, '2026-11-23T10:00:00.000Z'));

describe('share link', () => {
  it('round-trips an assessment through the fragment, well under common length limits', async () => {
    const fragment = await encodeShare(file);
    expect(fragment).toMatch(/^#s=[A-Za-z0-9_-]+$/);
    expect(fragment.length).toBeLessThan(MAX_LINK_LENGTH);
    expect(await decodeShare(fragment)).toBe(file);
  });

  it('refuses a truncated or altered link', async () => {
    const fragment = await encodeShare(file);
    await expect(decodeShare(fragment.slice(0, fragment.length - 20))).rejects.toThrow();
    await expect(decodeShare(`${fragment.slice(0, 10)}!!${fragment.slice(12)}`)).rejects.toThrow();
    await expect(decodeShare('#x=abc')).rejects.toThrow();
  });

  it('random and mutated links never throw past a refusal (300 runs)', async () => {
    const fragment = await encodeShare(file);
    await fc.assert(
      fc.asyncProperty(fc.nat(fragment.length - 4), fc.constantFrom(...'ABCabc012-_'), async (at, ch) => {
        const mutated = fragment.slice(0, 3 + at) + ch + fragment.slice(4 + at);
        let text: string | null = null;
        try {
          text = await decodeShare(mutated);
        } catch {
          return; // refused: nothing loaded
        }
        // What decodes still goes through the file check, which answers and never throws.
        const parsed = parseAnswersFile(content, text);
        expect(parsed.ok || parsed.error.length > 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
