// One sentence for a refused file or link, in the reader's language: what is wrong, the field
// (already cut short by the engine) and why. Shared by the import form and shared links.
import type { ParseKeys } from 'i18next';
import { dataKey, dataText, type AnyT } from '../questionnaire/texts';

export interface Rejection {
  problem: string;
  field: string;
  reason?: string;
  version?: string;
}

/** The values a rejection message interpolates; the reason is itself translated. */
export const rejectionValues = (t: AnyT, r: Rejection) => ({
  field: r.field,
  version: r.version ?? '',
  reason: r.reason ? dataText(t)(`import.reasons.${r.reason}`) : '',
});

// Link problems that mean the link itself is damaged, and file problems that cannot come from a
// link this app made unless it was altered: all read «incompleto o alterado».
const BROKEN = new Set(['not_link', 'malformed', 'checksum', 'not_json', 'not_object', 'format']);
const OWN_MESSAGE = new Set(['too_long', 'too_large', 'newer_envelope', 'newer_version', 'unknown_version']);

/** The banner for a refused share link: its own reason, never «alterado» for a link that is
 *  intact but from a newer version or not a valid assessment. */
export function shareRefusal(r: Rejection): { key: ParseKeys; rejection?: Rejection } {
  if (BROKEN.has(r.problem)) return { key: 'share.broken' };
  if (OWN_MESSAGE.has(r.problem)) return { key: dataKey(`share.errors.${r.problem}`), rejection: r };
  return { key: 'share.errors.invalid', rejection: r };
}
