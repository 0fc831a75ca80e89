// @vitest-environment jsdom
// Work saved with questionnaire 1.1.0 before pages (one machine state per question) opens in
// the app: the saved record is resumable, on the page holding the question it sat on.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageOf } from '../../src/engine';
import { resumable } from '../../src/machine/snapshots';
import { content } from '../../src/questionnaire/content';

const fixtures: { name: string; at: string; snapshot: unknown }[] = JSON.parse(readFileSync('tests/fixtures/questionnaire-1.1.0/snapshots.json', 'utf8'));

describe('records saved with questionnaire 1.1.0 before pages', () => {
  it.each(fixtures)('$name restores on the page of its question', ({ at, snapshot }) => {
    const restored = resumable(snapshot) as { value: string } | null;
    expect(restored).not.toBeNull();
    expect(restored!.value).toBe(pageOf(content, at)?.id ?? at);
  });
});
