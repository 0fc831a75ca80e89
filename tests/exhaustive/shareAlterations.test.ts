// Every single-character change (each position to every other base64url character, and each
// character deleted) of real share links made from gallery examples. A checksummed link
// (envelope 2) must never open. A link of envelope 1 has no checksum: what it decodes to is
// only checked as an answers file, so some changes open with other answers; the test measures
// how many and prints the figure, and checks none of them gets past the file check unchecked.
import { describe, expect, it } from 'vitest';
import { parseAnswersFile } from '../../src/engine';
import { content } from '../../src/questionnaire/content';
import { decodeShare, SHARE_PREFIX, ShareLinkError } from '../../src/share/shareLink';
import { BASE64URL, envelope1, galleryFiles, galleryLinks } from '../helpers/shareLinks';

// Four examples of different outcomes: about 130,000 changed links (some 40 s on two cores);
// envelope 1 on the first (some 30,000, about 25 s: each one is inflated and parsed).
const PICKED = [0, 5, 10, 15];

function* changes(link: string) {
  for (let at = SHARE_PREFIX.length; at < link.length; at++) {
    yield link.slice(0, at) + link.slice(at + 1);
    for (const c of `${BASE64URL}.`) if (c !== link[at]) yield link.slice(0, at) + c + link.slice(at + 1);
  }
}

/** The decoded text, or null when the link is refused; any other exception fails the test. */
const open = (fragment: string) =>
  decodeShare(fragment).then(
    (text) => text,
    (e: unknown) => {
      if (e instanceof ShareLinkError) return null;
      throw e;
    },
  );

describe('every single-character change of a real share link', () => {
  it('opens none of a checksummed link (envelope 2)', async () => {
    const links = await galleryLinks();
    let tried = 0;
    const opened: string[] = [];
    for (const i of PICKED) {
      for (const changed of changes(links[i]!)) {
        tried++;
        if ((await open(changed)) !== null) opened.push(changed);
      }
    }
    console.info(`share links, envelope 2: ${tried} single-character changes of ${PICKED.length} gallery links, ${opened.length} opened`);
    expect(tried).toBeGreaterThan(100_000);
    expect(opened).toEqual([]);
  });

  it('of an old link (envelope 1) opens with other answers only what passes the answers-file check', async () => {
    let tried = 0;
    let decoded = 0;
    let loaded = 0;
    let changedAnswers = 0;
    for (const i of PICKED.slice(0, 1)) {
      const original = parseAnswersFile(content, galleryFiles[i]!);
      if (!original.ok) throw new Error('gallery file does not parse');
      for (const changed of changes(envelope1(galleryFiles[i]!))) {
        tried++;
        const text = await open(changed);
        if (text === null) continue;
        decoded++;
        const parsed = parseAnswersFile(content, text);
        if (!parsed.ok) continue;
        loaded++;
        if (JSON.stringify(parsed.answers) !== JSON.stringify(original.answers)) changedAnswers++;
      }
    }
    console.info(
      `share links, envelope 1 (no checksum): ${tried} changes of 1 link; ${decoded} decoded, ${loaded} passed the file check, ${changedAnswers} of those with other answers (${((100 * changedAnswers) / tried).toFixed(2)} %)`,
    );
    expect(tried).toBeGreaterThan(20_000);
    // Envelope 1 is read as before: most changes are refused, and what loads was checked.
    expect(loaded).toBeLessThan(tried / 10);
  });
});
