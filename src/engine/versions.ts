/** Orders questionnaire versions ("1.10.0" after "1.9.0"): negative when a is older than b,
 *  positive when newer, 0 when equal. Kept apart so the start page can use it without the engine. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}
