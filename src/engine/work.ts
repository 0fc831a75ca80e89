// What a person does on the result page besides answering: the details the drafts ask for,
// their edits to the drafts and the obligations they ticked. It is work too, so it is saved
// with the assessment and travels in answers files and share links. Checked with zod like the
// rest of a file, with limits that keep a hostile file from filling the browser's storage.
import { z } from '../questionnaire/zod';
import { cleanText } from './text';
import { DossierWork } from './dossierWork';
import type { Answers } from './types';

/** As long as the draft inputs accept (their `maxLength`). */
export const MAX_INPUT_LENGTH = 200;
/** Far more than any section of a notice or a consultation request needs. */
export const MAX_SECTION_LENGTH = 20_000;
const MAX_SECTIONS = 40;
const MAX_CHECKED = 200;

/** A section or obligation ID: short, and made of the characters such IDs use. */
const Id = z.string().regex(/^[A-Za-z0-9_.-]{1,80}$/, 'expected an ID of letters, digits, «_», «.» or «-»');
// Text from a file is cleaned like typed text (see cleanText): it ends up in a .docx and on screen.
const Text = (max: number) => z.string().max(max).transform(cleanText);
const Input = Text(MAX_INPUT_LENGTH);

const DraftEdits = z.strictObject({
  /** What the draft was composed from when the person began editing it (see draftSource). */
  from: z.string().max(120),
  /** The edited text of each section the person changed, by section ID. */
  sections: z.record(Id, Text(MAX_SECTION_LENGTH)).refine((s) => Object.keys(s).length <= MAX_SECTIONS, `expected at most ${MAX_SECTIONS} sections`),
});

export const WorkSchema = z.strictObject({
  /** The language the drafts were edited in. */
  lang: z.enum(['es', 'en']).optional(),
  inputs: z.strictObject({ organisation: Input.optional(), contact: Input.optional(), oversight: Input.optional() }).optional(),
  drafts: z.strictObject({ notice: DraftEdits.optional(), consultation: DraftEdits.optional() }).optional(),
  /** The obligation IDs ticked in the checklist. */
  checked: z.array(Id).max(MAX_CHECKED).optional(),
  /** The compliance file of a high-risk system (#/expediente). A bad one is left out alone (readWork). */
  dossier: DossierWork.optional(),
});
export type AssessmentWork = z.infer<typeof WorkSchema>;
export type DraftEdits = z.infer<typeof DraftEdits>;

/** Work as stored. A part that does not read as work (too long, unknown) is left out on its
 *  own: one bad section never costs the details, the other draft or the ticked obligations. */
export function readWork(work: unknown): AssessmentWork {
  const whole = WorkSchema.safeParse(work ?? {});
  if (whole.success) return whole.data;
  if (typeof work !== 'object' || work === null) return {};
  const source = work as Record<string, unknown>;
  const kept: Record<string, unknown> = {};
  for (const key of Object.keys(WorkSchema.shape) as (keyof AssessmentWork)[]) {
    const value = source[key];
    if (value === undefined) continue;
    if ((key === 'inputs' || key === 'drafts') && typeof value === 'object' && value !== null) {
      const parts = Object.entries(value).filter(([sub, v]) => WorkSchema.shape[key].safeParse({ [sub]: v }).success);
      if (parts.length) kept[key] = WorkSchema.shape[key].parse(Object.fromEntries(parts));
    } else if (WorkSchema.shape[key].safeParse(value).success) kept[key] = WorkSchema.shape[key].parse(value);
  }
  return kept as AssessmentWork;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What this tab changed (from `before` to `after`) applied to the work stored now, part by part
 *  (each detail, each draft, the list of ticks), so another tab's changes to other parts stay. */
export function mergeWork(stored: AssessmentWork, before: AssessmentWork, after: AssessmentWork): AssessmentWork {
  const merged: Record<string, unknown> = { ...stored };
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof AssessmentWork>) {
    if (key === 'inputs' || key === 'drafts') {
      const parts: Record<string, unknown> = { ...stored[key] };
      const was = (before[key] ?? {}) as Record<string, unknown>;
      const now = (after[key] ?? {}) as Record<string, unknown>;
      for (const sub of new Set([...Object.keys(was), ...Object.keys(now)])) {
        if (same(was[sub], now[sub])) continue;
        if (now[sub] === undefined) delete parts[sub];
        else parts[sub] = now[sub];
      }
      merged[key] = parts;
    } else if (!same(before[key], after[key])) {
      if (after[key] === undefined) delete merged[key];
      else merged[key] = after[key];
    }
  }
  return merged as AssessmentWork;
}

/** What a draft is composed from, as a short string: the classification, readable, and a hash
 *  of every answer. Equal strings mean the draft would be composed the same way. */
export function draftSource(answers: Answers, outcome: string): string {
  const text = JSON.stringify(
    Object.keys(answers)
      .sort()
      .map((id) => [id, answers[id]]),
  );
  // FNV-1a (32 bits): enough to tell a change of answers, and not a security measure.
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `${outcome}:${(hash >>> 0).toString(16).padStart(8, '0')}`;
}

/** The classification a draft source was taken with. */
export const sourceOutcome = (source: string) => source.slice(0, source.indexOf(':'));
