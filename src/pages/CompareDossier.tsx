// The compliance files (#/expediente) of the two assessments compared, section by section: how
// each binds, how far it is filled in, and whether what was written differs. A workshop copy of
// a high-risk example with one answer changed may lose or gain sections, or a section may bind
// differently for another actor: the table shows that next to the answers that caused it.
import { useTranslation } from 'react-i18next';
import { readWork, type Result } from '../engine';
import { dossierOffer, dossierSections, missingIn, prefill, sectionState, type DossierSection } from '../engine/dossier';
import { DOSSIER_SECTIONS, type DossierWork } from '../engine/dossierWork';
import { dataText } from '../questionnaire/texts';
import type { SavedAssessment } from '../storage/assessments';

interface Side {
  sections: Map<string, DossierSection>;
  dossier: DossierWork | undefined;
  prefilled: ReturnType<typeof prefill>;
}

interface Props {
  pair: readonly [SavedAssessment, SavedAssessment];
  results: readonly [Result, Result];
  names: readonly [string, string];
}

export function CompareDossier({ pair, results, names }: Props) {
  const { t } = useTranslation('pages');
  const text = dataText(t);
  const sides = pair.map((saved, i): Side | null => {
    const result = results[i]!;
    if (!dossierOffer(result)) return null;
    const work = readWork(saved.work);
    return {
      sections: new Map(dossierSections(result).map((s) => [s.id, s])),
      dossier: work.dossier,
      // Prefilled values count as written (as on the file's own summary); their wording does not
      // matter here, only whether there is one.
      prefilled: prefill(result, work.inputs?.oversight, (a, kind) => `${a.id}.${kind}`),
    };
  });
  if (!sides.some(Boolean)) return null;

  const ids = DOSSIER_SECTIONS.filter((id) => sides.some((s) => s?.sections.has(id)));
  const cell = (side: Side | null, id: (typeof ids)[number]) => {
    const section = side?.sections.get(id);
    if (!side || !section) return { shown: t('compare.dossier.none'), key: 'none' };
    const work = side.dossier?.sections?.[id];
    const state = sectionState(section, work, side.prefilled[id]);
    const missing = section.pointer ? 0 : missingIn(section, work, side.prefilled[id]).length;
    const parts = [text(`kinds.${section.kind}`, { ns: 'dossier' }), text(`states.${state}`, { ns: 'dossier' })];
    if (state === 'in_progress') parts.push(t('compare.dossier.missing', { count: missing }));
    // What was written counts too: two files in the same state may say different things.
    return { shown: parts.join(' · '), key: `${parts.join()}|${JSON.stringify(work ?? {})}` };
  };
  const rows = ids.map((id) => {
    const cells = sides.map((s) => cell(s, id));
    return { id, cells, differs: cells[0]!.key !== cells[1]!.key };
  });
  const versionOf = (side: Side | null) => (side ? side.dossier?.version?.trim() || t('compare.dossier.noVersion') : t('compare.dossier.none'));
  const versions = sides.map(versionOf);

  return (
    <section aria-labelledby="compare-dossier">
      <h2 id="compare-dossier">{t('compare.dossier.heading')}</h2>
      <p>{t('compare.dossier.lead')}</p>
      <table className="compare__table" data-compare="dossier">
        <caption className="visually-hidden">{t('compare.dossier.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('compare.dossier.section')}</th>
            <th scope="col">{names[0]}</th>
            <th scope="col">{names[1]}</th>
          </tr>
        </thead>
        <tbody>
          <tr className={versions[0] !== versions[1] ? 'compare__diff' : undefined}>
            <th scope="row">
              {versions[0] !== versions[1] ? <strong className="compare__mark">{t('compare.differs')} </strong> : null}
              {text('header.version', { ns: 'dossier' })}
            </th>
            <td>{versions[0]}</td>
            <td>{versions[1]}</td>
          </tr>
          {rows.map((r) => (
            <tr key={r.id} data-section={r.id} className={r.differs ? 'compare__diff' : undefined}>
              <th scope="row">
                {r.differs ? <strong className="compare__mark">{t('compare.differs')} </strong> : null}
                {text(`sections.${r.id}.title`, { ns: 'dossier' })}
              </th>
              <td>{r.cells[0]!.shown}</td>
              <td>{r.cells[1]!.shown}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
