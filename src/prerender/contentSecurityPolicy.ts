// Answers about a pilot are often confidential: the built page may load nothing from another
// origin and may send nothing anywhere. The only inline code allowed is the page's own (its
// stylesheet and language script), each by the hash of its exact text. The dev server needs
// inline styles and a websocket for hot reload, so only the build gets the policy.
import { createHash } from 'node:crypto';

/** The text of each inline (attribute-less) <script> or <style> element of the page. */
export const inlineCode = (html: string, tag: 'script' | 'style') =>
  [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map(([, text]) => text!);

const hashesOf = (html: string, tag: 'script' | 'style') =>
  inlineCode(html, tag).map((text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`);

export function policyFor(html: string): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...hashesOf(html, 'script')].join(' '),
    ["style-src 'self'", ...hashesOf(html, 'style')].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The page with its policy as the first element of the head, before anything it governs. */
export function withPolicy(html: string): string {
  const charset = '<meta charset="utf-8" />';
  if (!html.includes(charset)) throw new Error('The page has no <meta charset> to put the policy after');
  return html.replace(charset, `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${policyFor(html)}" />`);
}
