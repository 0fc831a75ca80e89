import i18next from 'i18next';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MarkedText } from '../../ui/MarkedText';
import { cleanText, draftSource, MAX_INPUT_LENGTH, MAX_SECTION_LENGTH, type Answers, type AssessmentWork, type DraftEdits, type Result } from '../../engine';
import { consultationDraft, letterPoints, noticeBasis, noticeDraft, type DraftContext } from '../../documents/compose';
import { toMarkdown } from '../../documents/markdown';
import { hasPlaceholder } from '../../documents/placeholders';
import type { DraftDoc, DraftInputs, NoNotice } from '../../documents/types';
import { ensureLoaded, type Language } from '../../i18n/i18n';
import { clauseById } from '../../questionnaire/clauses';
import { content } from '../../questionnaire/content';
import { saveFile, slug } from '../../ui/download';
import { LoadFailed } from '../../ui/LoadFailed';
import { EditedElsewhere } from './EditedElsewhere';
import { longDate } from '../../ui/format';

type Kind = DraftDoc['kind'];
/** Enough rows for the text at about 70 characters a line, each paragraph on its own. */
const rows = (text: string) =>
  Math.min(
    12,
    Math.max(
      2,
      text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / 70)), 1),
    ),
  );

/** A section as printed: placeholders marked, so they never pass for finished text. */
const Printed = ({ text }: { text: string }) => (
  <p className="draft__print print-only">
    <MarkedText text={text} />
  </p>
);

/** The letter in English, to read what the Spanish one says: shown, never edited or filed. */
function ReadingCopy({ doc }: { doc: DraftDoc }) {
  const { t } = useTranslation();
  return (
    <details className="draft__reading-copy no-print">
      <summary>{t('drafts.readingCopy')}</summary>
      <div lang={doc.lang}>
        <h3>{doc.title}</h3>
        {doc.sections.map((s) => (
          <div key={s.id}>
            <h4>{s.heading}</h4>
            <p className="draft__reading-text">{s.body}</p>
          </div>
        ))}
      </div>
    </details>
  );
}

export const DRAFT_NAMESPACES = ['documents', 'questionnaire', 'results'] as const;

interface Props {
  answers: Answers;
  result: Result;
  date: string;
  systemName: string;
  /** The details typed and the sections edited here, saved with the assessment. */
  work: AssessmentWork;
  onWork: (work: AssessmentWork) => void;
}

export function Drafts({ answers, result, date, systemName, work, onWork }: Props) {
  const { t, i18n } = useTranslation();
  // Drafts follow the interface language until the person picks one or edits them.
  const lang: Language = work.lang ?? (i18n.language === 'en' ? 'en' : 'es');
  // Ready at once when the texts are already loaded (as they are in the interface language):
  // printing shows this section as it appears, and its drafts must be in it.
  // The consultation letter is in Spanish whatever the drafts' language (see consultationDraft).
  const needed = useMemo((): Language[] => (lang === 'es' ? ['es'] : [lang, 'es']), [lang]);
  const loaded = () => needed.every((l) => DRAFT_NAMESPACES.every((ns) => i18next.hasResourceBundle(l, ns)));
  const [ready, setReady] = useState<Language | null>(() => (loaded() ? lang : null));
  const [busy, setBusy] = useState<string | null>(null);
  const inputs = useMemo(
    (): DraftInputs => ({ organisation: '', contact: '', oversight: '', place: '', ruc: '', representative: '', ...work.inputs }),
    [work.inputs],
  );
  // Sections the person edited keep their text; the others follow the inputs.
  const edits = work.drafts ?? {};
  const source = draftSource(answers, result.outcome);
  const save = (change: AssessmentWork) => onWork({ ...work, lang, ...change });
  const saveDraft = (kind: Kind, draft: DraftEdits | null) => {
    const { [kind]: _old, ...others } = edits;
    save({ drafts: draft ? { ...others, [kind]: draft } : others });
  };
  const editSection = (kind: Kind, id: string, text: string) =>
    // A draft remembers what it was composed from when the person began editing it.
    saveDraft(kind, { from: edits[kind]?.from ?? source, sections: { ...edits[kind]?.sections, [id]: cleanText(text).slice(0, MAX_SECTION_LENGTH) } });
  // What failed to load on demand (this language's texts, the .docx generator), to retry.
  const [failed, setFailed] = useState<'texts' | Kind | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setFailed(null);
    Promise.all(needed.map((l) => ensureLoaded(l, DRAFT_NAMESPACES))).then(
      () => live && setReady(lang),
      () => live && setFailed('texts'),
    );
    return () => {
      live = false;
    };
  }, [needed, lang, attempt]);

  const basis = noticeBasis(result);
  const notes = work.notes;
  const composed = useMemo(() => {
    if (ready !== lang) return null;
    const ctx = (l: Language): DraftContext => ({
      lang: l,
      t: i18next.getFixedT(l, 'documents'),
      tq: i18next.getFixedT(l, 'questionnaire'),
      tr: i18next.getFixedT(l, 'results'),
      content,
      clauseById,
      answers,
      result,
      inputs,
      notes: notes ?? {},
      date: longDate(date, l),
    });
    return {
      docs: [noticeDraft(ctx(lang)), consultationDraft(ctx('es'))] as (DraftDoc | NoNotice)[],
      // Read by someone who reads no Spanish; never filed, so never edited.
      readingCopy: lang === 'en' ? consultationDraft(ctx('en')) : null,
      points: letterPoints(ctx('es')).length,
    };
  }, [ready, lang, answers, result, inputs, notes, date]);
  const docs = composed?.docs;

  const edited = (doc: DraftDoc): DraftDoc => ({
    ...doc,
    sections: doc.sections.map((s) => ({ ...s, body: edits[doc.kind]?.sections[s.id] ?? s.body })),
  });
  const tiers = () => {
    const td = i18next.getFixedT(lang, 'documents');
    return { public: td('notice.publicTier'), annex: td('notice.annexTier') };
  };
  const filename = (doc: DraftDoc, ext: string) => `${doc.kind === 'notice' ? 'aviso' : 'consulta'}-${slug(systemName)}-${doc.lang}.${ext}`;

  async function downloadDocx(doc: DraftDoc) {
    setBusy(doc.kind);
    setFailed(null);
    try {
      const generator = await import('../../documents/docx').catch(() => null);
      if (!generator) return setFailed(doc.kind);
      saveFile(await generator.docxBlob(edited(doc), tiers()), filename(doc, 'docx'));
    } finally {
      setBusy(null);
    }
  }

  const field = (key: keyof DraftInputs) => (
    <div className="form-group form-group--compact">
      <label htmlFor={`draft-${key}`} className="label">
        {t(`drafts.${key}`)}
      </label>
      <input
        id={`draft-${key}`}
        className="input"
        maxLength={MAX_INPUT_LENGTH}
        value={inputs[key]}
        onChange={(e) => save({ inputs: { ...work.inputs, [key]: cleanText(e.target.value) } })}
      />
    </div>
  );

  return (
    <section aria-labelledby="drafts" className="drafts">
      <h2 id="drafts" className="no-print">
        {t('drafts.title')}
      </h2>
      <div className="no-print">
        <p>{t('drafts.lead')}</p>
        {field('organisation')}
        {field('contact')}
        {field('oversight')}
        {field('place')}
        {field('ruc')}
        {field('representative')}
        <div className="form-group form-group--compact">
          <label htmlFor="draft-language" className="label">
            {t('drafts.language')}
          </label>
          <select id="draft-language" className="input input--short" value={lang} onChange={(e) => save({ lang: e.target.value as Language })}>
            {(['es', 'en'] as const).map((l) => (
              <option key={l} value={l} lang={l}>
                {t(`languageNames.${l}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {failed === 'texts' ? <LoadFailed messageKey={`loadFailed.texts.${lang}`} onRetry={() => setAttempt((n) => n + 1)} /> : null}
      {docs?.map((doc) =>
        doc.kind === 'no_notice' ? (
          <article key={doc.kind} className="draft" lang={lang} aria-labelledby="draft-notice">
            <p className="draft__kind no-print">{t(`drafts.notice.${basis}`)}</p>
            <h2 id="draft-notice" className="draft__title">
              {doc.title}
            </h2>
            {doc.paragraphs.map((p) => (
              <p key={p}>{p}</p>
            ))}
            <EditedElsewhere kind="notice" edits={edits.notice} source={source} sections={[]} lang={lang} onChange={(draft) => saveDraft('notice', draft)} />
          </article>
        ) : (
          <article key={doc.kind} className="draft" lang={doc.lang} aria-labelledby={`draft-${doc.kind}`}>
            <p className="draft__kind no-print" lang={i18n.language}>
              {doc.kind === 'notice' ? t(`drafts.notice.${basis}`) : t('drafts.consultation')}
              {doc.kind === 'consultation' && result.consultation.recommended ? ` — ${t('drafts.consultationRecommended')}` : null}
            </p>
            {doc.kind === 'consultation' ? (
              <p className="no-print" lang={i18n.language}>
                {t('drafts.letterInSpanish')} {composed?.points === 0 ? t('drafts.noPoints') : null}
              </p>
            ) : null}
            <h2 id={`draft-${doc.kind}`} className="draft__title">
              {doc.title}
            </h2>
            <EditedElsewhere
              kind={doc.kind}
              edits={edits[doc.kind]}
              source={source}
              sections={doc.sections.map((s) => s.id)}
              lang={lang}
              onChange={(draft) => saveDraft(doc.kind, draft)}
            />
            {doc.sections.map((s, i) => {
              const text = edits[doc.kind]?.sections[s.id] ?? s.body;
              const todo = hasPlaceholder(text);
              return (
                <div key={s.id} className="draft__section">
                  {s.tier && s.tier !== doc.sections[i - 1]?.tier ? <h3 className="draft__tier">{tiers()[s.tier]}</h3> : null}
                  <label htmlFor={`${doc.kind}-${s.id}`} className="draft__heading">
                    {s.heading}
                  </label>
                  <textarea
                    id={`${doc.kind}-${s.id}`}
                    className={`input draft__text no-print${todo ? ' draft__text--todo' : ''}`}
                    rows={rows(text)}
                    value={text}
                    maxLength={MAX_SECTION_LENGTH}
                    aria-describedby={todo ? `${doc.kind}-${s.id}-todo` : undefined}
                    onChange={(e) => editSection(doc.kind, s.id, e.target.value)}
                  />
                  {todo ? (
                    <p id={`${doc.kind}-${s.id}-todo`} className="draft__todo no-print">
                      {t('drafts.toFill')}
                    </p>
                  ) : null}
                  <Printed text={text} />
                </div>
              );
            })}
            {doc.footer.length ? (
              <div className="draft__footer">
                {doc.footer.map((f) => (
                  <p key={f}>{f}</p>
                ))}
              </div>
            ) : null}
            <div className="button-group no-print">
              <button type="button" className="button button--secondary" disabled={busy === doc.kind} onClick={() => void downloadDocx(doc)}>
                {busy === doc.kind ? t('drafts.preparing') : t('drafts.docx', { document: t(`drafts.${doc.kind}Short`) })}
              </button>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => saveFile(new Blob([toMarkdown(edited(doc), tiers())], { type: 'text/markdown;charset=utf-8' }), filename(doc, 'md'))}
              >
                {t('drafts.markdown', { document: t(`drafts.${doc.kind}Short`) })}
              </button>
              {edits[doc.kind] ? (
                <button type="button" className="inline-link" onClick={() => saveDraft(doc.kind, null)}>
                  {t('drafts.reset')}
                </button>
              ) : null}
            </div>
            {failed === doc.kind ? <LoadFailed messageKey="loadFailed.docx" onRetry={() => void downloadDocx(doc)} /> : null}
            {doc.kind === 'consultation' && composed?.readingCopy ? <ReadingCopy doc={composed.readingCopy} /> : null}
          </article>
        ),
      )}
    </section>
  );
}
