// The compliance files (#/expediente) of the two assessments compared, section by section: how
// each binds, how far it is filled in, and whether what was written differs. A workshop copy of
// a high-risk example with one answer changed may lose or gain sections, or a section may bind
// differently for another actor: the table shows that next to the answers that caused it.
import { useTranslation } from 'react-i18next';
import { isBlankText, readWork, type Result } from '../engine';
import { dossierOffer, dossierSections, missingIn, prefill, sectionState, type DossierSection, type Prefilled } from '../engine/dossier';
import { DOSSIER_SECTIONS, type DossierSectionId, type DossierSectionWork, type DossierWork } from '../engine/dossierWork';
import { outcomeKeys } from '../documents/outcome';
import { dataText } from '../questionnaire/texts';
import type { SavedAssessment } from '../storage/assessments';

interface Side {
  offer: ReturnType<typeof dossierOffer>;
  result: Result;
  sections: Map<DossierSectionId, DossierSection>;
  dossier: DossierWork | undefined;
  prefilled: Prefilled;
}

interface Props {
  pair: readonly [SavedAssessment, SavedAssessment];
  results: readonly [Result, Result];
  names: readonly [string, string];
}

/** What a section holds, to compare: only its own fields and only what is written, trimmed, in a
 *  fixed order. Keys are saved in the order fields were typed in, and a field typed in and
 *  cleared is kept empty: neither is a difference a person would see. */
function written(section: DossierSection, work: DossierSectionWork | undefined): string {
  if (section.pointer || !work) return '';
  const text = (s: string | undefined) => (s === undefined || isBlankText(s) ? '' : s.trim());
  const fields = [...section.required, ...section.optional].map((f) => text(work.fields?.[f]));
  const risks = (work.risks ?? []).map((r) => [r.kind, r.description, r.measure, r.mitigation, r.owner, r.due].map(text));
  const attachments = (work.attachments ?? []).map((a) => [text(a.name), text(a.date)]);
  return JSON.stringify([fields, risks.filter((r) => r.some(Boolean)), attachments.filter((a) => a.some(Boolean))]);
}

/** Whether anything is written anywhere in a file (a file kept from before an answer changed). */
const anyText = (value: unknown): boolean =>
  typeof value === 'string' ? !isBlankText(value) : value !== null && typeof value === 'object' ? Object.values(value).some(anyText) : false;

export function CompareDossier({ pair, results, names }: Props) {
  const { t } = useTranslation('pages');
  const text = dataText(t);
  const sides = pair.map((saved, i): Side => {
    const result = results[i]!;
    const work = readWork(saved.work);
    return {
      offer: dossierOffer(result),
      result,
      sections: new Map(dossierSections(result).map((s) => [s.id, s])),
      dossier: work.dossier,
      // Prefilled values count as written (as on the file's own summary); their wording does not
      // matter here, only whether there is one.
      prefilled: prefill(result, work.inputs?.oversight, (a, kind) => `${a.id}.${kind}`),
    };
  });
  if (!sides.some((s) => s.offer)) return null;

  /** Why a side has no file: not finished, or its classification is not one the file is for. */
  const noFile = (side: Side) => {
    if (!side.result.complete) return t('compare.dossier.noResult');
    const outcome = t(outcomeKeys(side.result).label, { ns: 'results' });
    return anyText(side.dossier) ? t('compare.dossier.notOfferedKept', { outcome }) : t('compare.dossier.notOffered', { outcome });
  };
  const ids = DOSSIER_SECTIONS.filter((id) => sides.some((s) => s.sections.has(id)));
  const cell = (side: Side, id: DossierSectionId) => {
    if (!side.offer) return { shown: t('compare.dossier.none'), key: 'none' };
    const section = side.sections.get(id);
    if (!section) return { shown: t('compare.dossier.notAsked'), key: 'not-asked' };
    const work = side.dossier?.sections?.[id];
    const state = sectionState(section, work, side.prefilled[id]);
    const parts = [text(`kinds.${section.kind}`, { ns: 'dossier' }), text(`states.${state}`, { ns: 'dossier' })];
    if (state === 'in_progress') parts.push(t('compare.dossier.missing', { count: missingIn(section, work, side.prefilled[id]).length }));
    // What was written counts too: two files in the same state may say different things.
    return { shown: parts.join(' · '), key: `${parts.join()}|${written(section, work)}` };
  };
  const rows = [
    {
      id: 'file',
      label: t('compare.dossier.file'),
      cells: sides.map((s) => {
        const shown = s.offer === 'file' ? t('compare.dossier.offered') : s.offer === 'preview' ? t('compare.dossier.preview') : noFile(s);
        return { shown, key: shown };
      }),
    },
    {
      id: 'version',
      label: text('header.version', { ns: 'dossier' }),
      cells: sides.map((s) => {
        const shown = s.dossier?.version?.trim() || t('compare.dossier.noVersion');
        return { shown, key: shown };
      }),
    },
    ...ids.map((id) => ({ id, label: text(`sections.${id}.title`, { ns: 'dossier' }), cells: sides.map((s) => cell(s, id)) })),
  ];

  return (
    <section aria-labelledby="compare-dossier">
      <h2 id="compare-dossier">{t('compare.dossier.heading')}</h2>
      <p>{t('compare.dossier.lead')}</p>
      <table className="compare__table" data-compare="dossier">
        <caption className="visually-hidden">{t('compare.dossier.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('compare.dossier.section')}</th>
            <th scope="col">{t('compare.side.a', { name: names[0] })}</th>
            <th scope="col">{t('compare.side.b', { name: names[1] })}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const differs = r.cells[0]!.key !== r.cells[1]!.key;
            return (
              <tr key={r.id} data-section={r.id} className={differs ? 'compare__diff' : undefined}>
                <th scope="row">
                  {differs ? <strong className="compare__mark">{t('compare.differs')} </strong> : null}
                  {r.label}
                </th>
                <td>{r.cells[0]!.shown}</td>
                <td>{r.cells[1]!.shown}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
