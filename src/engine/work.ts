// What a person does besides answering: the details the drafts ask for, their edits to the
// drafts, the obligations they ticked and a note behind any answer. It is work too, so it is saved
// with the assessment and travels in answers files and share links. Checked with zod like the
// rest of a file, with limits that keep a hostile file from filling the browser's storage.
import { z } from '../questionnaire/zod';
import { cleanText, isBlankText } from './text';
import { dossierSchemas } from './dossierWork';
import { once } from './once';
import type { Answers } from './types';

/** As long as the draft inputs accept (their `maxLength`). */
export const MAX_INPUT_LENGTH = 200;
/** Far more than any section of a notice or a consultation request needs. */
export const MAX_SECTION_LENGTH = 20_000;
const MAX_SECTIONS = 40;
const MAX_CHECKED = 200;
/** A note says why an answer was given: a paragraph or two, not a document. */
export const MAX_NOTE_LENGTH = 2_000;
/** More than the questions the questionnaire asks. */
const MAX_NOTES = 200;
/** A name, a role or an area: as short as the draft details. */
export const MAX_OWNER_LENGTH = MAX_INPUT_LENGTH;

/** The schemas of the work, made when first needed (see once). */
export const workSchemas = once(() => {
  /** A section or obligation ID: short, and made of the characters such IDs use. */
  const Id = z.string().regex(/^[A-Za-z0-9_.-]{1,80}$/, 'expected an ID of letters, digits, «_», «.» or «-»');
  // Text from a file is cleaned like typed text (see cleanText): it ends up in a .docx and on screen.
  const Text = (max: number) => z.string().max(max).transform(cleanText);
  const Input = Text(MAX_INPUT_LENGTH);
  // A question's ID as the content spells it (questionnaire/schema.ts); spelled again here so the
  // app does not load the content's schemas to read its work.
  const QuestionId = z.string().regex(/^q[a-z0-9]{3}$/, 'expected a question ID like qxxx');

  const DraftEdits = z.strictObject({
    /** What the draft was composed from when the person began editing it (see draftSource). */
    from: z.string().max(120),
    /** The edited text of each section the person changed, by section ID. */
    sections: z.record(Id, Text(MAX_SECTION_LENGTH)).refine((s) => Object.keys(s).length <= MAX_SECTIONS, `expected at most ${MAX_SECTIONS} sections`),
  });

  const WorkSchema = z.strictObject({
    /** The language the drafts were edited in. */
    lang: z.enum(['es', 'en']).optional(),
    inputs: z
      .strictObject({
        organisation: Input.optional(),
        contact: Input.optional(),
        oversight: Input.optional(),
        // The consultation letter's place, the organisation's RUC and its legal representative.
        place: Input.optional(),
        ruc: Input.optional(),
        representative: Input.optional(),
      })
      .optional(),
    drafts: z.strictObject({ notice: DraftEdits.optional(), consultation: DraftEdits.optional() }).optional(),
    /** The obligation IDs ticked in the checklist. */
    checked: z.array(Id).max(MAX_CHECKED).optional(),
    /** Why an answer was given, by question ID. Kept when the answer is dropped (a version change,
     *  an answer above changed): the question may be asked again, and the note is shown until
     *  the person deletes it. */
    notes: z
      .record(QuestionId, Text(MAX_NOTE_LENGTH))
      .refine((n) => Object.keys(n).length <= MAX_NOTES, `expected at most ${MAX_NOTES} notes`)
      .optional(),
    /** Who is in charge of each obligation in the action plan, by obligation ID. */
    owners: z
      .record(Id, Input)
      .refine((o) => Object.keys(o).length <= MAX_CHECKED, `expected at most ${MAX_CHECKED} owners`)
      .optional(),
    /** The compliance file of a high-risk system (#/expediente). A bad one is left out alone (readWork). */
    dossier: dossierSchemas().DossierWork.optional(),
  });
  return { WorkSchema, DraftEdits };
});

export type AssessmentWork = z.infer<ReturnType<typeof workSchemas>['WorkSchema']>;
export type DraftEdits = z.infer<ReturnType<typeof workSchemas>['DraftEdits']>;

/** The parts of the work kept, merged and checked entry by entry (one detail, one draft, one note, one owner). */
const PER_PART = new Set<keyof AssessmentWork>(['inputs', 'drafts', 'notes', 'owners']);

/** Work as stored. A part that does not read as work (too long, unknown) is left out on its
 *  own: one bad section never costs the details, the other draft or the ticked obligations, and one
 *  bad note never costs the others. */
export function readWork(work: unknown): AssessmentWork {
  // No work yet (most records): nothing to check, and the schemas need not be built, which on a
  // slow phone is a noticeable part of opening the questionnaire.
  if (work === undefined || work === null || (typeof work === 'object' && !Array.isArray(work) && Object.keys(work).length === 0)) return {};
  const { WorkSchema } = workSchemas();
  const whole = WorkSchema.safeParse(work ?? {});
  if (whole.success) return whole.data;
  if (typeof work !== 'object' || work === null) return {};
  const source = work as Record<string, unknown>;
  const kept: Record<string, unknown> = {};
  for (const key of Object.keys(WorkSchema.shape) as (keyof AssessmentWork)[]) {
    const value = source[key];
    if (value === undefined) continue;
    if (PER_PART.has(key) && typeof value === 'object' && value !== null) {
      // Good entries past the limit (notes, owners: both 200) are left out with the bad ones.
      const parts = Object.entries(value)
        .filter(([sub, v]) => WorkSchema.shape[key].safeParse({ [sub]: v }).success)
        .slice(0, MAX_NOTES);
      if (parts.length) kept[key] = WorkSchema.shape[key].parse(Object.fromEntries(parts));
    } else if (WorkSchema.shape[key].safeParse(value).success) kept[key] = WorkSchema.shape[key].parse(value);
  }
  return kept as AssessmentWork;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What this tab changed (from `before` to `after`) applied to the work stored now, part by part
 *  (each detail, each draft, each note, each owner, the list of ticks), so another tab's changes to other parts stay. */
export function mergeWork(stored: AssessmentWork, before: AssessmentWork, after: AssessmentWork): AssessmentWork {
  const merged: Record<string, unknown> = { ...stored };
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof AssessmentWork>) {
    if (PER_PART.has(key)) {
      const parts: Record<string, unknown> = { ...(stored[key] as Record<string, unknown> | undefined) };
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

/** The work with this question's note set to `text` (cleaned and cut like typed text), or
 *  removed when the text shows nothing. */
export function withNote(work: AssessmentWork, questionId: string, text: string): AssessmentWork {
  const { [questionId]: _old, ...others } = work.notes ?? {};
  const note = cleanText(text).slice(0, MAX_NOTE_LENGTH);
  const notes = isBlankText(note) ? others : { ...others, [questionId]: note };
  const { notes: _notes, ...rest } = work;
  return Object.keys(notes).length ? { ...rest, notes } : rest;
}
