// A draft as an editable Word document (.docx). Loaded only when someone asks for it: the
// docx library is larger than the whole start page. Placeholders are highlighted in yellow,
// as Word users mark text still to be filled.
import { AlignmentType, Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { cleanText } from '../engine/text';
import { segments } from './placeholders';
import type { DraftDoc } from './types';

// Every text goes through cleanText: the docx library escapes markup but not the characters
// XML forbids (U+FFFE, U+FFFF, most controls), and one of them makes Word refuse the file.
const runs = (text: string) => segments(cleanText(text)).map((s) => new TextRun(s.placeholder ? { text: s.text, highlight: 'yellow' } : { text: s.text }));

export function buildDocx(doc: Pick<DraftDoc, 'title' | 'sections' | 'footer'> & Partial<DraftDoc>, tierTitles: { public: string; annex: string }): Document {
  const children: Paragraph[] = [new Paragraph({ text: cleanText(doc.title), heading: HeadingLevel.TITLE })];
  let tier: string | undefined;
  for (const s of doc.sections) {
    if (s.tier && s.tier !== tier) {
      tier = s.tier;
      children.push(new Paragraph({ text: tierTitles[s.tier], heading: HeadingLevel.HEADING_1 }));
    }
    children.push(new Paragraph({ text: cleanText(s.heading), heading: s.tier ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_1, keepNext: true }));
    for (const line of s.body.split('\n')) {
      children.push(line.startsWith('- ') ? new Paragraph({ children: runs(line.slice(2)), bullet: { level: 0 } }) : new Paragraph({ children: runs(line) }));
    }
  }
  for (const f of doc.footer) children.push(new Paragraph({ children: [new TextRun({ text: cleanText(f), italics: true, size: 18 })] }));
  return new Document({
    creator: 'Semáforo IA',
    title: cleanText(doc.title),
    sections: [
      {
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ children: [PageNumber.CURRENT] })] })],
          }),
        },
        children,
      },
    ],
  });
}

export const docxBlob = (doc: Pick<DraftDoc, 'title' | 'sections' | 'footer'> & Partial<DraftDoc>, tierTitles: { public: string; annex: string }) =>
  Packer.toBlob(buildDocx(doc, tierTitles));
