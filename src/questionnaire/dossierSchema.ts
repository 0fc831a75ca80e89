// The content the compliance file (#/expediente) adds to the questionnaire: who and what each
// high-risk rule's clause names as affected. Checked with the other data files (checkData.ts).
import { z } from './zod';

export const AFFECTED_NAMES = ['groups', 'rights'] as const;

export const DossierFile = z.strictObject({
  note: z.string(),
  affected: z.array(
    z.strictObject({
      id: z.string().regex(/^g[a-z0-9]{3}$/),
      /** The high-risk rules (questionnaire.json) that, met, make them affected. */
      rules: z.array(z.string()).min(1),
      /** The clause (clauses.json, one of each rule's cites) whose words name them. */
      clause: z.string(),
      /** Those words, verbatim from the clause. */
      words: z.string().min(1),
      names: z.array(z.enum(AFFECTED_NAMES)).min(1),
    }),
  ),
});
export type DossierFile = z.infer<typeof DossierFile>;
export type Affected = DossierFile['affected'][number];
