// What a person writes in the «expediente de cumplimiento» (the compliance file of a high-risk
// system, #/expediente): saved with the assessment's work, so it travels in answers files and
// share links. Checked with zod like the rest of a file: free text is cleaned like typed text
// and every list and text is bounded, so a hostile file cannot fill the browser's storage.
import { z } from '../questionnaire/zod';
import { cleanText } from './text';
import { once } from './once';

// Bounds: at most 20 fields of 4,000 characters, 20 risks and 20 attachments per section, which
// keeps a whole file far below the 1 MB an answers file may weigh in any realistic use.
/** One answer in the file: a paragraph or two, not a report (a long report is an attachment). */
export const MAX_DOSSIER_TEXT = 4_000;
/** A name, an owner, a version: one line. */
export const MAX_DOSSIER_LINE = 200;
export const MAX_RISKS = 20;
export const MAX_ATTACHMENTS = 20;

export const DOSSIER_SECTIONS = ['impact', 'record', 'oversight', 'security', 'transparency', 'personalData'] as const;
export type DossierSectionId = (typeof DOSSIER_SECTIONS)[number];

/** The measures art. 30.2 and 32.2 name («ajustes en los modelos, mejora en la calidad de los
 *  datos y mecanismos de supervisión humana»), and any other the person adopts. */
export const MEASURES = ['model', 'data', 'oversight', 'other'] as const;
/** The risks art. 30.2 and 32.2 name: to fundamental (30.2) or human (32.2) rights, which the
 *  bias of 30.1 («desigualdades o sesgos») is one of, and erroneous automated decisions. */
export const RISK_KINDS = ['bias', 'rights', 'erroneous', 'other'] as const;

/** Every field a section can have (which section has which: SPECS in dossier.ts). */
export const DOSSIER_FIELDS = [
  'rights',
  'groups',
  'findings',
  'corrective',
  'issued',
  'functioning',
  'dataSources',
  'logic',
  'impacts',
  'updated',
  'decisions',
  'who',
  'training',
  'powers',
  'riskManagement',
  'privacyByDesign',
  'audits',
  'incidents',
  'mechanism',
  'explanation',
] as const;
export type DossierField = (typeof DOSSIER_FIELDS)[number];

/** The schemas of the compliance file, made when first needed (see once). */
export const dossierSchemas = once(() => {
  const Text = (max: number) => z.string().max(max).transform(cleanText);
  const Line = Text(MAX_DOSSIER_LINE);
  /** A calendar date as the date inputs give it, or nothing yet. */
  const Day = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')]);

  const Risk = z.strictObject({
    kind: z.enum(RISK_KINDS).optional(),
    description: Text(MAX_DOSSIER_TEXT).optional(),
    measure: z.enum(MEASURES).optional(),
    mitigation: Text(MAX_DOSSIER_TEXT).optional(),
    owner: Line.optional(),
    due: Day.optional(),
  });

  /** A document kept elsewhere, by name and date: nothing is uploaded, nothing leaves the browser. */
  const Attachment = z.strictObject({ name: Line, date: Day });

  const Section = z.strictObject({
    /** Each field's text, by field name. */
    fields: z.partialRecord(z.enum(DOSSIER_FIELDS), Text(MAX_DOSSIER_TEXT)).optional(),
    risks: z.array(Risk).max(MAX_RISKS).optional(),
    attachments: z.array(Attachment).max(MAX_ATTACHMENTS).optional(),
  });

  const DossierWork = z.strictObject({
    /** The file's own version, as the person numbers it («1.0», «2026-1»). */
    version: Line.optional(),
    sections: z.partialRecord(z.enum(DOSSIER_SECTIONS), Section).optional(),
  });
  return { DossierWork, Section, Risk, Attachment };
});
type Schemas = ReturnType<typeof dossierSchemas>;

export type DossierWork = z.infer<Schemas['DossierWork']>;
export type DossierSectionWork = z.infer<Schemas['Section']>;
export type DossierRisk = z.infer<Schemas['Risk']>;
export type DossierAttachment = z.infer<Schemas['Attachment']>;
