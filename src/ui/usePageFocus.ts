import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Moves focus to the page heading when a page appears, so screen-reader and keyboard users
 * start at the new content, and names the browser tab after it.
 */
export function usePageFocus<T extends HTMLElement>(title: string, focus = true) {
  const ref = useRef<T>(null);
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('flow.pageTitle', { page: title });
  }, [t, title]);
  // In the next frame, whose layout the browser does anyway: focusing forces a layout, and here
  // (effects run in the task that shows the page) it made that long task longer on a slow phone.
  useEffect(() => {
    // A notice that must be read before the page (data-focus-first) keeps the focus it took; it
    // says so only until its own next task, hence the check here, not in the frame.
    if (!focus || document.activeElement?.closest('[data-focus-first]')) return;
    const before = document.activeElement;
    const frame = requestAnimationFrame(() => {
      // Nor is the focus taken from what received it meanwhile.
      if (document.activeElement === before || document.activeElement === document.body) ref.current?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [focus]);
  return ref;
}
