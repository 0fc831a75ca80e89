// A share link carries the whole answers file in the URL fragment (#s=…), compressed with
// the browser's CompressionStream. Browsers never send the fragment to a server, so the
// answers stay between the people who pass the link around.
//
// Envelope versions. Version 1 (links made before checksums) is the compressed file in
// base64url right after the prefix: `#s=<data>`. Version 2 and later name their version first:
// `#s=2.<data>`, where <data> is base64url of 8 bytes of SHA-256 over the compressed bytes
// followed by those bytes. The base64url alphabet has no '.', so a payload with a '.' is a
// versioned envelope and one without is version 1: no old link can be mistaken for a new one,
// and no new link is read as an old one unless its '.' itself was altered (then the checksum
// bytes become the start of the compressed stream, which fails to inflate or to parse). Version 1
// links still open; they carry no checksum, so what they decode is only as safe as the answers
// file check (a changed option name is refused, a changed but valid answer is not).
export const SHARE_PREFIX = '#s=';
/** Links longer than this break in common mail clients, chat apps and older browsers. */
export const MAX_LINK_LENGTH = 8000;
/** The app never makes a longer fragment (the whole link stays under MAX_LINK_LENGTH); a
 *  little margin, and anything beyond is refused before a byte is decoded. */
export const MAX_FRAGMENT_LENGTH = MAX_LINK_LENGTH + 1000;
/** Same limit as an imported file (src/app/importLimit.ts): inflating stops past it. */
export const MAX_INFLATED_BYTES = 1024 * 1024;

const ENVELOPE = 2;
const CHECKSUM_BYTES = 8;

export type ShareLinkProblem = 'not_link' | 'too_long' | 'malformed' | 'checksum' | 'too_large' | 'newer_envelope';

/** Why a fragment was refused; nothing from it was loaded. */
export class ShareLinkError extends Error {
  constructor(readonly problem: ShareLinkProblem) {
    super(`share link refused: ${problem}`);
  }
}

async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const out = new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw')));
  return new Uint8Array(await out.arrayBuffer());
}

/** Inflates chunk by chunk and cancels the stream once the output passes `cap`, so a small
 *  fragment that would inflate to gigabytes costs at most `cap` bytes of memory. */
export async function inflateCapped(bytes: Uint8Array<ArrayBuffer>, cap = MAX_INFLATED_BYTES): Promise<Uint8Array<ArrayBuffer>> {
  const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > cap) {
        await reader.cancel().catch(() => undefined);
        throw new ShareLinkError('too_large');
      }
      chunks.push(value);
    }
  } catch (e) {
    throw e instanceof ShareLinkError ? e : new ShareLinkError('malformed');
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

const toBase64Url = (bytes: Uint8Array) =>
  btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

/** Only the one spelling this encoder writes: an altered last character whose changed bits
 *  base64 ignores would otherwise decode to the same bytes and pass as unaltered. */
function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) throw new ShareLinkError('malformed');
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4)), (c) => c.charCodeAt(0));
  if (toBase64Url(bytes) !== text) throw new ShareLinkError('malformed');
  return bytes;
}

async function checksum(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)).subarray(0, CHECKSUM_BYTES);
}

export async function encodeShare(json: string): Promise<string> {
  const compressed = await deflate(new TextEncoder().encode(json));
  const payload = new Uint8Array(CHECKSUM_BYTES + compressed.byteLength);
  payload.set(await checksum(compressed));
  payload.set(compressed, CHECKSUM_BYTES);
  return `${SHARE_PREFIX}${ENVELOPE}.${toBase64Url(payload)}`;
}

/** Whether a fragment is a version 1 link, which opens but carries no checksum: the app says
 *  so, since an alteration that still makes valid answers would go unnoticed. */
export const isUncheckedLink = (fragment: string) => fragment.startsWith(SHARE_PREFIX) && !fragment.includes('.', SHARE_PREFIX.length);

/** The answers file inside a fragment; throws a ShareLinkError on a truncated, altered,
 *  oversized or newer-format link. */
export async function decodeShare(fragment: string): Promise<string> {
  if (!fragment.startsWith(SHARE_PREFIX)) throw new ShareLinkError('not_link');
  if (fragment.length > MAX_FRAGMENT_LENGTH) throw new ShareLinkError('too_long');
  const body = fragment.slice(SHARE_PREFIX.length);
  const dot = body.indexOf('.');
  let compressed: Uint8Array<ArrayBuffer>;
  if (dot === -1) {
    compressed = fromBase64Url(body); // envelope 1: no checksum
  } else {
    const version = body.slice(0, dot);
    if (!/^[1-9]\d{0,2}$/.test(version)) throw new ShareLinkError('malformed');
    if (Number(version) > ENVELOPE) throw new ShareLinkError('newer_envelope');
    if (Number(version) !== ENVELOPE) throw new ShareLinkError('malformed');
    const payload = fromBase64Url(body.slice(dot + 1));
    if (payload.byteLength <= CHECKSUM_BYTES) throw new ShareLinkError('malformed');
    compressed = payload.slice(CHECKSUM_BYTES);
    const expected = await checksum(compressed);
    if (!expected.every((b, i) => b === payload[i])) throw new ShareLinkError('checksum');
  }
  const bytes = await inflateCapped(compressed);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ShareLinkError('malformed');
  }
}
