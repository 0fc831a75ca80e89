import type { ReactNode } from 'react';
import { useReveal } from './useReveal';

interface Props {
  /** The page's parts below its summary, in reading order. */
  parts: ReactNode[];
  /** What follows them, shown once every part is there. */
  after: ReactNode;
}

/**
 * The parts of a long page, revealed one per task (useReveal). The count lives here, not in the
 * page: each step renders only the part it adds. Held by the page, it made every step render the
 * page and every part already shown again, a task that grew with each part on a slow phone.
 */
export function Reveal({ parts, after }: Props) {
  const shown = useReveal(parts.length + 1);
  return (
    <>
      {/* On paper the summary above fills the first page and the detail starts on the next. */}
      <div className="report-detail">{parts.slice(0, shown - 1)}</div>
      {shown > parts.length ? after : null}
    </>
  );
}
