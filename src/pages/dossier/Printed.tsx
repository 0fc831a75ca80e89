import { segments } from '../../documents/placeholders';

/** A field as printed (the form controls are not): its text, or the placeholder, marked, so an
 *  empty field never passes for a finished one. */
export function Printed({ text, placeholder }: { text: string; placeholder: string }) {
  if (!text.trim()) {
    return (
      <p className="dossier__printed print-only">
        <mark className="placeholder">{placeholder}</mark>
      </p>
    );
  }
  return (
    <p className="dossier__printed print-only">
      {segments(text).map((s, i) =>
        s.placeholder ? (
          <mark key={i} className="placeholder">
            {s.text}
          </mark>
        ) : (
          s.text
        ),
      )}
    </p>
  );
}
