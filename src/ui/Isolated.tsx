import { cleanText } from '../engine/text';

/** Stands in for the user's text when a sentence is translated; a private-use character no
 *  translation contains, so the sentence can be split around it. */
export const SLOT = '\uE000';

/** A translated sentence (made with SLOT in place of the user's text) with the user's text set
 *  in a <bdi>: a right-to-left name, or one saved before bidi controls were cleaned out, keeps
 *  its own direction inside the element and cannot reorder the app's words around it. */
export function Isolated({ sentence, value }: { sentence: string; value: string }) {
  const [before, ...after] = sentence.split(SLOT);
  return (
    <>
      {before}
      {after.map((part, i) => (
        <span key={i}>
          <bdi>{cleanText(value)}</bdi>
          {part}
        </span>
      ))}
    </>
  );
}
