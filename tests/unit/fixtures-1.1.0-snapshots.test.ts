// @vitest-environment jsdom
// Work saved with questionnaire 1.1.0 before pages (one machine state per question) opens in
// the app: the saved record is restorable, on the page holding the question it sat on.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageOf } from '../../src/engine';
import { restorable } from '../../src/flow/FlowApp';
import { content } from '../../src/questionnaire/content';
import type { SavedAssessment } from '../../src/storage/assessments';

const fixtures: { name: string; at: string; snapshot: unknown }[] = JSON.parse(readFileSync('tests/fixtures/questionnaire-1.1.0/snapshots.json', 'utf8'));

describe('records saved with questionnaire 1.1.0 before pages', () => {
  it.each(fixtures)('$name restores on the page of its question', ({ at, snapshot }) => {
    const saved: SavedAssessment = { id: 'x', name: '', updatedAt: '2026-11-24T15:00:00.000Z', questionnaireVersion: '1.1.0', outcome: null, snapshot };
    const restored = restorable(saved) as { value: string } | null;
    expect(restored).not.toBeNull();
    expect(restored!.value).toBe(pageOf(content, at)?.id ?? at);
  });
});
