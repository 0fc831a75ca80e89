import type { z } from '../engine/zod';

/** A data file of questionnaire/, checked against its schema. The build checks every file (see
 *  src/prerender), and so do the tests and the CLI; the app in the browser takes the very same
 *  bundled data as checked, because checking it again on every visit costs a cheap phone a
 *  noticeable pause before the first question. */
export function dataFile<T>(schema: z.ZodType<T>, json: unknown): T {
  if (import.meta.env?.PROD && !import.meta.env.SSR) return json as T;
  return schema.parse(json);
}
