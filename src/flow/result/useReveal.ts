import { startTransition, useLayoutEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * How many of a long page's `count` parts to show. The first shows at once; the others follow
 * one per task after it has painted, so a slow phone never spends one long task rendering the
 * whole page (the verdict is on screen first, and a tap in between is answered). Printing shows
 * every part at once: a printed report is never half there.
 */
export function useReveal(count: number): number {
  const [shown, setShown] = useState(1);
  // Before the page paints: a print asked for the moment the verdict shows must find the
  // listener that completes the page.
  useLayoutEffect(() => {
    if (shown >= count) return;
    const all = () => flushSync(() => setShown(count));
    window.addEventListener('beforeprint', all);
    const timer = setTimeout(() => startTransition(() => setShown((n) => n + 1)), 0);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('beforeprint', all);
    };
  }, [shown, count]);
  return shown;
}
