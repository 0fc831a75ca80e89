// Real share links for the link tests: one per gallery example, as the result page makes them,
// and the same answers in the envelope-1 format links had before they carried a checksum.
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { toAnswersFile } from '../../src/engine';
import { examples, exampleAnswers } from '../../src/examples/examples';
import { content } from '../../src/questionnaire/content';
import { encodeShare, SHARE_PREFIX } from '../../src/share/shareLink';

const texts = JSON.parse(readFileSync('locales/es/examples.json', 'utf8')) as Record<string, { title: string; scenario: string }>;

export const galleryFiles = examples.map((e) => JSON.stringify(toAnswersFile(content, exampleAnswers(content, e, texts[e.id]!))));

export const galleryLinks = () => Promise.all(galleryFiles.map(encodeShare));

/** A link as the app wrote it before envelope 2: base64url of deflate-raw, no checksum. */
export const envelope1 = (json: string) => SHARE_PREFIX + deflateRawSync(Buffer.from(json)).toString('base64url');

export const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
