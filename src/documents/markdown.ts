// A draft as Markdown, for people who edit in their own tools. Free text is escaped so that
// HTML or link syntax typed into an answer stays inert text.
import type { DraftDoc } from './types';

const inert = (s: string) => s.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);

export function toMarkdown(doc: DraftDoc, tierTitles: { public: string; annex: string }): string {
  const out: string[] = [`# ${inert(doc.title)}`, ''];
  let tier: string | undefined;
  for (const s of doc.sections) {
    if (s.tier && s.tier !== tier) {
      tier = s.tier;
      out.push(`## ${inert(tierTitles[s.tier])}`, '');
    }
    out.push(`${s.tier ? '###' : '##'} ${inert(s.heading)}`, '');
    for (const line of s.body.split('\n')) {
      // Each plain line is its own paragraph; list items stay together.
      if (line.startsWith('- ')) out.push(`- ${inert(line.slice(2))}`);
      else out.push(inert(line), '');
    }
    if (out.at(-1) !== '') out.push('');
  }
  out.push('---', '', ...doc.footer.map((f) => `*${inert(f)}*`), '');
  return out.join('\n');
}
