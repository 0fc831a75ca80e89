// A draft asserts only what the person answered; everything else is a bracketed placeholder
// ("[Describa …]") or an optional bracketed clause. Each output (screen, print, Markdown, .docx)
// marks them from the text itself, so a placeholder still shows as one after the person edits
// the section, and disappears only when they replace it.

export interface Segment {
  text: string;
  placeholder: boolean;
}

/** Splits a line into plain text and placeholders: the outermost [ … ], brackets included.
 *  Placeholders may nest ("[… escriba a [correo].]"); an unclosed one runs to the end. */
export function segments(line: string): Segment[] {
  const out: Segment[] = [];
  let depth = 0;
  let start = 0;
  const push = (end: number, placeholder: boolean) => {
    if (end > start) out.push({ text: line.slice(start, end), placeholder });
    start = end;
  };
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '[') {
      if (depth === 0) push(i, false);
      depth++;
    } else if (line[i] === ']' && depth > 0) {
      depth--;
      if (depth === 0) push(i + 1, true);
    }
  }
  push(line.length, depth > 0);
  return out;
}

export const hasPlaceholder = (text: string) => text.split('\n').some((line) => segments(line).some((s) => s.placeholder));
