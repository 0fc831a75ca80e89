/** Starts the app's scripts once the prerendered page has been painted, so that on a slow
 *  connection their bytes do not compete with the page's own, and the first paint never waits
 *  for them. A background tab does not paint, hence the timer. Self-contained on purpose (no
 *  outside names): the build inlines its source in the page. */
export function loadAfterFirstPaint(entry: string, preloads: string[]) {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    for (const href of preloads) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = href;
      document.head.append(link);
    }
    const script = document.createElement('script');
    script.type = 'module';
    script.src = entry;
    document.head.append(script);
  };
  if (typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) start();
    }).observe({ type: 'paint', buffered: true });
  } else {
    requestAnimationFrame(() => setTimeout(start));
  }
  setTimeout(start, 500);
}
