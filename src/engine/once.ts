/** A value made the first time it is asked for. The zod schemas of files and stored work are made
 *  so: building them costs a slow phone a long pause, at the moment their module loads, on the way
 *  to a page that may never read a file. */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}
