/** Lets the browser run what waits (a paint, a tap) before the next step: long work done in
 *  steps, each its own short task, is not felt as a page that does not answer on a slow phone. */
export const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
