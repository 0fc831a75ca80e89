// The download of last resort, offered by the crash screen.

/** Everything this app keeps in the browser, as stored (key → text), for a download that
 *  works whatever state the data is in. */
export function savedDataFile(): string {
  const data: Record<string, string> = {};
  try {
    const s = window.localStorage;
    for (let i = 0; i < s.length; i++) {
      const key = s.key(i);
      const value = key?.startsWith('semaforo-ia.') ? s.getItem(key) : null;
      if (key && value !== null) data[key] = value;
    }
  } catch {
    // No storage, nothing to download.
  }
  return JSON.stringify(data, null, 2);
}
