// What a share link carries: the answers file with the person's work on the result page (but
// not the notes behind the answers), or, when the work would make the link too long to pass
// around, the answers alone (and the person is told). The envelope (compression, limits) is src/share/shareLink.ts.
import { toAnswersFile, type Answers, type AssessmentWork } from '../../engine';
import { content } from '../../questionnaire/content';
import { encodeShare, MAX_LINK_LENGTH } from '../../share/shareLink';

export type SharedLink = { link: string; withoutWork: boolean } | { tooLong: number };

const hasWork = (work: AssessmentWork) => Object.keys(work).length > 0;

/** `base`: the app's address, to which the fragment is appended. */
export async function shareLinkFor(base: string, answers: Answers, everything: AssessmentWork): Promise<SharedLink> {
  // Notes never go in a link: they may be long and confidential, and a link is forwarded and
  // kept in histories and chats. The answers file carries them.
  const { notes: _notes, ...work } = everything;
  const file = toAnswersFile(content, answers);
  const withWork = hasWork(work) ? `${base}${await encodeShare(JSON.stringify({ ...file, work }))}` : null;
  if (withWork && withWork.length <= MAX_LINK_LENGTH) return { link: withWork, withoutWork: false };
  const link = `${base}${await encodeShare(JSON.stringify(file))}`;
  return link.length <= MAX_LINK_LENGTH ? { link, withoutWork: withWork !== null } : { tooLong: link.length };
}
