/** Starts the app's scripts once the prerendered page has been painted, so that on a slow
 *  connection their bytes do not compete with the page's own, and the first paint never waits
 *  for them. The page's frame callback does not run in a background tab, hence the timer.
 *  Self-contained on purpose (no outside names): the build inlines its source in the page. */
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
  requestAnimationFrame(() => setTimeout(start));
  setTimeout(start, 500);
}
