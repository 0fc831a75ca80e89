import { segments } from '../documents/placeholders';

/** Text with its [bracketed] placeholders marked, line by line: printed drafts and files show
 *  what is still to fill, so it never passes for finished text. */
export function MarkedText({ text }: { text: string }) {
  return (
    <>
      {text.split('\n').map((line, i) => (
        <span key={i}>
          {i > 0 ? '\n' : null}
          {segments(line).map((s, j) =>
            s.placeholder ? (
              <mark key={j} className="placeholder">
                {s.text}
              </mark>
            ) : (
              s.text
            ),
          )}
        </span>
      ))}
    </>
  );
}
