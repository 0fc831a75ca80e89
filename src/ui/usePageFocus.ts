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
  // After the page has painted: focusing forces a layout, which inside the commit would make
  // the long task of showing a page longer still on a slow phone.
  useEffect(() => {
    // A notice that must be read before the page (data-focus-first) keeps the focus it took.
    if (focus && !document.activeElement?.closest('[data-focus-first]')) ref.current?.focus();
  }, [focus]);
  return ref;
}
