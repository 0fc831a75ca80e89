import { MarkedText } from '../../ui/MarkedText';

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
      <MarkedText text={text} />
    </p>
  );
}
