export interface DocSection {
  id: string;
  heading: string;
  /** Plain text; lines starting with "- " are list items; [bracketed] text is a placeholder. */
  body: string;
  /** The transparency notice has a short public tier and a detailed annex. */
  tier?: 'public' | 'annex';
}

export interface DraftDoc {
  kind: 'notice' | 'consultation';
  lang: 'es' | 'en';
  title: string;
  sections: DocSection[];
  /** Disclaimer and version stamp, printed in every document. */
  footer: string[];
}

/** In place of a notice, where none is offered: why not (prohibited or out of scope). */
export interface NoNotice {
  kind: 'no_notice';
  lang: 'es' | 'en';
  title: string;
  paragraphs: string[];
}

/** On what footing the transparency notice is drafted, from the classification.
 *  Art. 25 binds high-risk systems only; for the others a notice is voluntary or not offered. */
export type NoticeBasis = 'art25' | 'art25_open_prohibition' | 'art25_preview' | 'voluntary' | 'prohibited' | 'out_of_scope';

/** What the drafts need that the questionnaire does not ask. */
export interface DraftInputs {
  organisation: string;
  contact: string;
  oversight: string;
  /** The consultation letter's: where it is signed, the organisation's RUC, who signs it. */
  place: string;
  ruc: string;
  representative: string;
}
