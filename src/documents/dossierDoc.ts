// The compliance file (#/expediente) as a document for Markdown and Word, through the drafts'
// pipeline (markdown.ts, docx.ts): the same sections as the page, each with its article quoted,
// whether it binds this actor, its state, and every field written or left as a [placeholder].
import { DATE_FIELDS, missingIn, retentionDate, sectionState, sectionWork, type DossierSection } from '../engine/dossier';
import { isRealDate } from '../engine/text';
import type { DossierWork } from '../engine/dossierWork';
import { clauseById } from '../questionnaire/clauses';
import type { DataText } from '../questionnaire/texts';
import type { DocSection, DraftDoc } from './types';

export type DossierDoc = Pick<DraftDoc, 'title' | 'sections' | 'footer'>;

/** What the header states, already in words (the page shows the same). */
export interface DossierFacts {
  lang: 'es' | 'en';
  systemName: string;
  description: string;
  actor: string;
  role: string;
  outcome: string;
  /** The labels of the clauses that make the system high-risk. */
  clauses: string[];
  version: string;
  /** Today, written out. */
  date: string;
  app: string;
  questionnaire: string;
  norm: string;
}

const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' / ');

export function dossierDoc(
  t: DataText,
  facts: DossierFacts,
  sections: readonly DossierSection[],
  dossier: DossierWork | undefined,
  prefilled: Readonly<Record<string, Readonly<Record<string, string>>>>,
  longDate: (iso: string) => string,
): DossierDoc {
  const d = (key: string, values?: Record<string, unknown>) => t(key, { ns: 'dossier', lng: facts.lang, ...values });
  const empty = d('doc.empty');
  const or = (s: string | undefined) => (s && s.trim() ? s : empty);
  /** A date given: written out when it is a real day, else as it was written (isRealDate). */
  const day = (value: string) => (isRealDate(value) ? longDate(value) : oneLine(value));
  const clause = (id: string) => clauseById.get(id)!;

  const header: DocSection = {
    id: 'header',
    heading: d('header.heading'),
    body: [
      `${d('header.system')}: ${oneLine(or(facts.systemName))}`,
      `${d('header.description')}: ${oneLine(or(facts.description))}`,
      `${d('header.actor')}: ${or(facts.actor)}`,
      `${d('header.role')}: ${or(facts.role)}`,
      `${d('header.classification')}: ${facts.outcome}`,
      `${d('header.clauses')}: ${facts.clauses.length ? facts.clauses.join('; ') : empty}`,
      `${d('header.version')}: ${oneLine(or(dossier?.version))}`,
      `${d('header.tool')}: ${d('header.toolValue', { app: facts.app, version: facts.questionnaire, norm: facts.norm })}`,
      `${d('header.printed')}: ${facts.date}`,
      d('basis'),
      d('silent'),
    ].join('\n'),
  };

  const title = (s: DossierSection) => d(`sections.${s.id}.title`);
  const summary: DocSection = {
    id: 'summary',
    heading: d('summary.heading'),
    body: sections
      .map((s) => {
        const work = sectionWork(dossier, s.id);
        const state = sectionState(s, work, prefilled[s.id]);
        const missing = s.pointer ? [] : missingIn(s, work, prefilled[s.id]);
        const what = missing.map((m) =>
          'field' in m ? d(`fields.${m.field}.label`) : 'risks' in m ? d('summary.noRisks') : d('summary.risk', { n: m.risk + 1 }),
        );
        return `- ${title(s)} (${d(`kinds.${s.kind}`)}): ${d(`states.${state}`)}${what.length ? ` — ${d('summary.missing', { list: what.join('; ') })}` : ''}`;
      })
      .join('\n'),
  };

  const body = (s: DossierSection): string => {
    const work = sectionWork(dossier, s.id);
    const lines = [`${d('doc.kind')}: ${d(`kinds.${s.kind}`)}`, `${d('doc.state')}: ${d(`states.${sectionState(s, work, prefilled[s.id])}`)}`];
    if (s.onlyIf) lines.push(d('kindWhy.onlyIf'));
    if (s.byAnalogy) lines.push(d('kindWhy.byAnalogy'));
    lines.push(d(`sections.${s.id}.lead`));
    for (const id of s.cites) {
      const c = clause(id);
      lines.push(facts.lang === 'en' ? `${c.label.en}: ${c.en} (${c.label.es}: «${c.es}»)` : `${c.label.es}: «${c.es}»`);
    }
    for (const field of [...s.required, ...s.optional]) {
      const value = work?.fields?.[field] ?? prefilled[s.id]?.[field];
      const shown = value && DATE_FIELDS.includes(field) ? day(value) : oneLine(or(value));
      lines.push(`${d(`fields.${field}.label`)}: ${shown}`);
    }
    if (s.risks) {
      (work?.risks ?? []).forEach((r, i) =>
        lines.push(
          `- ${d('doc.risk', {
            n: i + 1,
            description: oneLine(or(r.description)),
            kind: r.kind ? d(`risks.kinds.${r.kind}`) : empty,
            measure: r.measure ? d(`risks.measures.${r.measure}`) : empty,
            mitigation: oneLine(or(r.mitigation)),
            owner: or(r.owner),
            due: r.due ? day(r.due) : empty,
          })}`,
        ),
      );
      if (!work?.risks?.length) lines.push(`- ${d('risks.item', { n: 1 })}: ${empty}`);
    }
    if (s.id === 'impact') {
      const until = s.retention ? retentionDate(work?.fields?.issued) : null;
      lines.push(!s.retention ? d('retention.public') : until ? d('retention.until', { date: longDate(until) }) : d('retention.noDate'));
    }
    if (!s.pointer) {
      const attachments = (work?.attachments ?? []).filter((a) => a.name.trim());
      lines.push(`${d('attachments.heading')}:`);
      if (!attachments.length) lines.push(`- ${d('doc.noAttachments')}`);
      for (const a of attachments) lines.push(`- ${d('doc.attachment', { name: oneLine(a.name), date: a.date ? day(a.date) : empty })}`);
    }
    return lines.join('\n');
  };

  return {
    title: d('printTitle'),
    sections: [header, summary, ...sections.map((s) => ({ id: s.id, heading: title(s), body: body(s) }))],
    footer: [d('doc.footer', { app: facts.app, version: facts.questionnaire, date: facts.date })],
  };
}
