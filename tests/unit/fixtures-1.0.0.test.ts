// Answers files and share links saved with questionnaire 1.0.0 open with the current
// questionnaire (the saved store: fixtures-1.0.0-store.test.ts). fixtures-1.0.0-later.test.ts
// runs the same checks on a questionnaire moved past 1.0.0.
import { describe, it } from 'vitest';
import { content } from '../../src/questionnaire/content';
import { decodeShare } from '../../src/share/shareLink';
import { expectFileOpens, fixtureFiles, fixtureLinks, FIXTURE_VERSION } from '../helpers/fixtures100';

const current = content.questionnaire.version;

describe(`questionnaire ${FIXTURE_VERSION} data, opened with questionnaire ${current}`, () => {
  it.each(fixtureFiles.map((f) => [f.name, f.text]))('answers file %s', (_name, text) => expectFileOpens(content, text));

  it.each(fixtureLinks.map((l) => [l.name, l.fragment]))('share link %s', async (_name, fragment) => expectFileOpens(content, await decodeShare(fragment)));
});
