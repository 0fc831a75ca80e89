export interface DocSection {
  id: string;
  heading: string;
  /** Plain text; lines starting with "- " are list items. */
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

/** What the drafts need that the questionnaire does not ask. */
export interface DraftInputs {
  organisation: string;
  contact: string;
  oversight: string;
}
