// The «expediente de cumplimiento»: the file of evidence a high-risk system's obligations call
// for. Its sections are not a second reading of the Reglamento: each one gathers the checklist's
// obligations of one theme (questionnaire/obligations.json, as obligationsFor() gives them for
// this actor and outcome), and takes from them its clauses and whether it binds. What the
// answers already say (system, actor, the clauses met) fills it in; the rest is the person's.
import { clauseById } from '../questionnaire/clauses';
import { affectedByRule } from '../questionnaire/dossier';
import type { Affected } from '../questionnaire/dossierSchema';
import { isBlankText, isRealDate } from './text';
import type { DossierField, DossierRisk, DossierSectionId, DossierSectionWork, DossierWork } from './dossierWork';
import type { ObligationItem, Result } from './types';

export type DossierKind = 'mandatory' | 'conditional' | 'voluntary';

interface SectionSpec {
  id: DossierSectionId;
  theme: ObligationItem['theme'];
  /** Only obligations citing these articles (the theme also holds others, e.g. 28.8 under transparency). */
  articles?: readonly string[];
  /** What must be written for the section to be complete. */
  required: readonly DossierField[];
  /** What may be written besides. */
  optional: readonly DossierField[];
  /** The section lists risks, each with its mitigation, owner and date (arts. 30.2, 32.2). */
  risks?: true;
  /** A pointer to another regime, not an assessment: nothing to fill in (art. 26, Ley 29733). */
  pointer?: true;
}

// The fields follow the words of each article:
// - impact: 30.1/32.1 «evite la afectación a los derechos fundamentales» (rights) and the people
//   the clauses met name (groups); 32.3 «documentan sus hallazgos y las medidas correctivas
//   adoptadas» (findings, corrective) and «contados a partir de su emisión» (issued);
// - record: 31.1 «los principios del funcionamiento del sistema, las fuentes de datos utilizadas
//   y la lógica del algoritmo, los impactos sociales y éticos esperados», kept «actualizado»;
// - oversight: 28.11/31.4 the decisions overseen, who, «capacitado en la materia» (training) and
//   «la capacidad de detener, corregir o invalidar las decisiones» (powers);
// - security: art. 29 a) to d);
// - transparency: 25.1 the mechanism that informs the user; 25.3 the explanation, which binds
//   only «en caso de que, el sistema tome decisiones que impacten en derechos humanos».
/** Fields that hold a date (YYYY-MM-DD), written out in documents. */
export const DATE_FIELDS: readonly DossierField[] = ['issued', 'updated'];

const SPECS: readonly SectionSpec[] = [
  { id: 'impact', theme: 'evaluacion_impacto', required: ['rights', 'groups', 'findings', 'corrective', 'issued'], optional: [], risks: true },
  { id: 'record', theme: 'registros', required: ['functioning', 'dataSources', 'logic', 'impacts', 'updated'], optional: [] },
  { id: 'oversight', theme: 'supervision_humana', required: ['decisions', 'who', 'training', 'powers'], optional: [] },
  { id: 'security', theme: 'seguridad', required: ['riskManagement', 'privacyByDesign', 'audits', 'incidents'], optional: [] },
  { id: 'transparency', theme: 'transparencia', articles: ['25'], required: ['mechanism'], optional: ['explanation'] },
  { id: 'personalData', theme: 'datos_personales', required: [], optional: [], pointer: true },
];

/** Art. 31.1, the record: in the obligations data it binds private organisations only (it sits
 *  in Chapter II, «organizaciones del sector privado»). */
const RECORD_CLAUSE = 'c9vk';
/** Art. 32.3: findings and measures are kept «por un período mínimo de tres (3) años, contados a
 *  partir de su emisión». Article 30, for public entities, sets no period. */
const RETENTION_CLAUSE = 'c33c';
const RETENTION_YEARS = 3;

export interface DossierSection {
  id: DossierSectionId;
  kind: DossierKind;
  /** The obligations of the checklist this section answers (empty for `byAnalogy`). */
  obligations: ObligationItem[];
  cites: string[];
  /** Set when the outcome is undetermined: the section binds only if the system turns out to be this. */
  onlyIf: ObligationItem['onlyIf'];
  required: readonly DossierField[];
  optional: readonly DossierField[];
  risks: boolean;
  pointer: boolean;
  /** Not asked of this actor; offered because the same facts describe the system (see below). */
  byAnalogy: boolean;
  /** Art. 32.3 applies: the retention date is computed from the date of issue. */
  retention: boolean;
}

/** What binds: a "must" binds unless it hangs on a "No sé" or on the outcome the undetermined
 *  system may turn out to be; "conditional" obligations hang on a fact the text names (32.2:
 *  «En caso se detecten riesgos»); the rest (may, promoted) the text leaves to the actor. A
 *  phased "must" a local government D–G may take up is already "may" (obligationsFor). */
export function obligationKind(item: ObligationItem): DossierKind {
  if (item.kind === 'must') return item.conditional || item.onlyIf ? 'conditional' : 'mandatory';
  return item.kind === 'conditional' ? 'conditional' : 'voluntary';
}

/** A section binds as its strongest obligation. A conditional obligation inside a voluntary
 *  document (32.2 within the voluntary assessment of 32.1) leaves the document voluntary. */
function sectionKind(items: readonly ObligationItem[]): DossierKind {
  const kinds = items.map(obligationKind);
  if (kinds.includes('mandatory')) return 'mandatory';
  if (items.some((i) => i.kind === 'must')) return 'conditional';
  return kinds.includes('voluntary') ? 'voluntary' : 'conditional';
}

/** Clauses in the order of the text (the obligations list 32.3 before 32.2). */
const textOrder = (a: string, b: string) => {
  const key = (id: string) => {
    const c = clauseById.get(id);
    return c ? `${c.numeral ?? c.article} ${c.literal ?? ''}` : id;
  };
  return key(a).localeCompare(key(b), 'es', { numeric: true });
};

const citesArticle = (item: ObligationItem, articles: readonly string[]) => item.cites.some((c) => articles.includes(clauseById.get(c)?.article ?? ''));

/** Whether the file is offered: on a high-risk result, and as a preview when the system is
 *  undetermined and could still turn out high-risk. */
export function dossierOffer(result: Result): 'file' | 'preview' | null {
  if (!result.complete) return null;
  if (result.outcome === 'riesgo_alto') return 'file';
  if (result.outcome === 'indeterminado' && result.obligations.some((o) => o.onlyIf === 'riesgo_alto')) return 'preview';
  return null;
}

/** The file's sections for this result, in reading order. */
export function dossierSections(result: Result): DossierSection[] {
  if (!dossierOffer(result)) return [];
  const sections: DossierSection[] = [];
  for (const spec of SPECS) {
    const items = result.obligations.filter((o) => o.theme === spec.theme && (!spec.articles || citesArticle(o, spec.articles)));
    const base = { id: spec.id, required: spec.required, optional: spec.optional, risks: spec.risks === true, pointer: spec.pointer === true };
    if (items.length) {
      const cites = [...new Set(items.flatMap((i) => i.cites))].sort(textOrder);
      const onlyIf = items.every((i) => i.onlyIf) ? items[0]!.onlyIf : null;
      sections.push({ ...base, kind: sectionKind(items), obligations: items, cites, onlyIf, byAnalogy: false, retention: cites.includes(RETENTION_CLAUSE) });
    } else if (spec.id === 'record' && sections.some((s) => s.id === 'impact')) {
      // A public entity is not asked for the record of 31.1, yet the facts it lists (how the
      // system works, its data, its logic, its expected impacts) are what its own impact
      // analysis (30.1) starts from. Offered as voluntary, and the page says why.
      const impact = sections.find((s) => s.id === 'impact')!;
      sections.push({ ...base, kind: 'voluntary', obligations: [], cites: [RECORD_CLAUSE], onlyIf: impact.onlyIf, byAnalogy: true, retention: false });
    }
  }
  return sections;
}

/** Who and what the high-risk clauses met name as affected (questionnaire/dossier.json), once
 *  each. Only clauses met: an open point names no one, the file cannot assert it. */
export function affectedBy(result: Result): Affected[] {
  const found = new Set<Affected>();
  for (const met of result.clausesMet) {
    const entry = met.outcome === 'riesgo_alto' ? affectedByRule.get(met.ruleId) : undefined;
    if (entry) found.add(entry);
  }
  return [...found];
}

/** What the file fills in before the person writes, per section: only what the answers state.
 *  The people and rights the clauses met name (`name` writes one entry's words in the page's
 *  language), and the person in charge of oversight given for the drafts. */
export type Prefilled = Partial<Record<DossierSectionId, Record<string, string>>>;
export function prefill(result: Result, oversight: string | undefined, name: (entry: Affected, kind: 'groups' | 'rights') => string): Prefilled {
  const affected = affectedBy(result);
  const named = (kind: 'groups' | 'rights') =>
    affected
      .filter((a) => a.names.includes(kind))
      .map((a) => name(a, kind))
      .join('\n');
  const impact: Record<string, string> = {};
  if (named('groups')) impact.groups = named('groups');
  if (named('rights')) impact.rights = named('rights');
  return { impact, oversight: oversight?.trim() ? { who: oversight } : {} };
}

/** The date of issue plus three years (32.3), or null without a valid date. The text says «un
 *  período mínimo»: a 29 February rolls to 1 March, never short of three years. */
export function retentionDate(issued: string | undefined): string | null {
  if (!isRealDate(issued)) return null;
  const date = new Date(`${issued}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + RETENTION_YEARS);
  return date.toISOString().slice(0, 10);
}

const filled = (s: string | undefined) => s !== undefined && !isBlankText(s);
/** A required value is given: written, and for a date, a real one. */
const given = (field: DossierField, s: string | undefined) => (DATE_FIELDS.includes(field) ? isRealDate(s) : filled(s));

const RISK_PARTS = ['kind', 'description', 'measure', 'mitigation', 'owner', 'due'] as const;
export const riskComplete = (r: DossierRisk) => RISK_PARTS.every((p) => (p === 'due' ? isRealDate(r.due) : filled(r[p])));

export type Missing = { field: DossierField } | { risks: 'none' } | { risk: number };
export type SectionState = 'not_started' | 'in_progress' | 'complete' | 'pointer';

/** What a section still lacks. `prefilled`: the values taken from the answers, which count as
 *  written until the person changes them. */
export function missingIn(section: DossierSection, work: DossierSectionWork | undefined, prefilled: Readonly<Record<string, string>> = {}): Missing[] {
  const missing: Missing[] = section.required.filter((f) => !given(f, work?.fields?.[f] ?? prefilled[f])).map((field) => ({ field }));
  if (section.risks) {
    const risks = work?.risks ?? [];
    if (!risks.length) missing.push({ risks: 'none' });
    risks.forEach((r, risk) => {
      if (!riskComplete(r)) missing.push({ risk });
    });
  }
  return missing;
}

/** Not started until the person writes something in it (values taken from the answers do not
 *  count); complete when nothing required is missing. */
export function sectionState(section: DossierSection, work: DossierSectionWork | undefined, prefilled: Readonly<Record<string, string>> = {}): SectionState {
  if (section.pointer) return 'pointer';
  // Only the section's own fields: a file edited by hand may carry others, which it never shows.
  const started =
    [...section.required, ...section.optional].some((f) => filled(work?.fields?.[f])) ||
    (work?.risks ?? []).some((r) => RISK_PARTS.some((p) => filled(r[p]))) ||
    (work?.attachments ?? []).some((a) => filled(a.name));
  if (!started) return 'not_started';
  return missingIn(section, work, prefilled).length ? 'in_progress' : 'complete';
}

/** The sections' work, by section. */
export const sectionWork = (dossier: DossierWork | undefined, id: DossierSectionId) => dossier?.sections?.[id];
