// A share link carries the whole answers file in the URL fragment (#s=…), compressed with
// the browser's CompressionStream. Browsers never send the fragment to a server, so the
// answers stay between the people who pass the link around.
export const SHARE_PREFIX = '#s=';
/** Links longer than this break in common mail clients, chat apps and older browsers. */
export const MAX_LINK_LENGTH = 8000;

async function pipe(bytes: Uint8Array<ArrayBuffer>, stream: CompressionStream | DecompressionStream): Promise<Uint8Array<ArrayBuffer>> {
  const out = new Response(new Blob([bytes]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

const toBase64Url = (bytes: Uint8Array) =>
  btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  return Uint8Array.from(atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4)), (c) => c.charCodeAt(0));
}

export async function encodeShare(json: string): Promise<string> {
  return SHARE_PREFIX + toBase64Url(await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw')));
}

/** The answers file inside a fragment; throws on a truncated or altered link. */
export async function decodeShare(fragment: string): Promise<string> {
  if (!fragment.startsWith(SHARE_PREFIX)) throw new Error('not a share link');
  const bytes = await pipe(fromBase64Url(fragment.slice(SHARE_PREFIX.length)), new DecompressionStream('deflate-raw'));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
