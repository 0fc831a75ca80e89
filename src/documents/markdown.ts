// A draft as Markdown, for people who edit in their own tools. Free text is escaped so that
// HTML or link syntax typed into an answer stays inert text; placeholders are set in bold so
// they stand out as text still to be filled or deleted.
import { cleanText } from '../engine/text';
import { segments } from './placeholders';
import type { DraftDoc } from './types';

// cleanText first: a bidi override in a name would otherwise reverse the rest of its line
// wherever the Markdown is shown.
const inert = (s: string) => cleanText(s).replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
const line = (s: string) =>
  segments(s)
    .map((x) => (x.placeholder ? `**${inert(x.text)}**` : inert(x.text)))
    .join('');

export function toMarkdown(doc: Pick<DraftDoc, 'title' | 'sections' | 'footer'> & Partial<DraftDoc>, tierTitles: { public: string; annex: string }): string {
  const out: string[] = [`# ${inert(doc.title)}`, ''];
  let tier: string | undefined;
  for (const s of doc.sections) {
    if (s.tier && s.tier !== tier) {
      tier = s.tier;
      out.push(`## ${inert(tierTitles[s.tier])}`, '');
    }
    out.push(`${s.tier ? '###' : '##'} ${inert(s.heading)}`, '');
    for (const text of s.body.split('\n')) {
      // Each plain line is its own paragraph; list items stay together.
      if (text.startsWith('- ')) out.push(`- ${line(text.slice(2))}`);
      else out.push(line(text), '');
    }
    if (out.at(-1) !== '') out.push('');
  }
  // The consultation letter has no footer: no rule closes it.
  if (doc.footer.length) out.push('---', '', ...doc.footer.map((f) => `*${inert(f)}*`), '');
  return out.join('\n');
}
