// Cross-reference checks the schema cannot express: every ID a condition or citation uses
// exists, conditions only look back (so the flow has no cycle), and sections run in order.
// Kept apart from the zod schema because object-level refinements do not run once an inner
// field has failed, which would hide a dangling reference behind another error.
import type { Condition, Question } from './schema';
import type { Content } from './schema';

function optionIds(content: Content, q: Question): string[] {
  if (q.kind !== 'choice') return [];
  return (q.options ?? content.questionnaire.scales[q.scale ?? ''] ?? []).map((o) => o.id);
}

export function validateGraph(content: Content, clauseIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const { questionnaire } = content;
  const position = new Map<string, number>();
  questionnaire.questions.forEach((q, i) => {
    if (position.has(q.id)) problems.push(`question ${q.id}: duplicate id`);
    position.set(q.id, i);
  });

  const checkCites = (where: string, cites: readonly string[]) => {
    for (const c of cites) if (!clauseIds.has(c)) problems.push(`${where}: cites unknown clause ${c}`);
  };

  const namedStack: string[] = [];
  // `before`: the position a condition may look back from (askIf); Infinity for rules.
  const checkCondition = (where: string, cond: Condition, before: number) => {
    if ('q' in cond) {
      const at = position.get(cond.q);
      const question = at === undefined ? undefined : questionnaire.questions[at];
      if (!question || at === undefined) return problems.push(`${where}: refers to unknown question ${cond.q}`);
      if (question.kind !== 'choice') return problems.push(`${where}: refers to text question ${cond.q}`);
      if (at >= before) problems.push(`${where}: refers to ${cond.q}, which is not asked before it`);
      const ids = optionIds(content, question);
      for (const v of cond.in) if (!ids.includes(v)) problems.push(`${where}: ${cond.q} has no option "${v}"`);
      return;
    }
    if ('all' in cond) return cond.all.forEach((c) => checkCondition(where, c, before));
    if ('any' in cond) return cond.any.forEach((c) => checkCondition(where, c, before));
    if ('not' in cond) return checkCondition(where, cond.not, before);
    const target = questionnaire.conditions[cond.ref];
    if (!target) return problems.push(`${where}: refers to unknown condition "${cond.ref}"`);
    if (namedStack.includes(cond.ref)) return problems.push(`${where}: condition "${cond.ref}" refers to itself`);
    namedStack.push(cond.ref);
    checkCondition(where, target, before);
    namedStack.pop();
  };

  const termIds = new Set(questionnaire.terms.map((t) => t.id));
  const fields = new Set<string>();
  let sectionAt = 0;
  questionnaire.questions.forEach((q, i) => {
    const where = `question ${q.id}`;
    checkCites(where, q.cites);
    const sectionIndex = questionnaire.sections.indexOf(q.section);
    if (sectionIndex < 0) problems.push(`${where}: unknown section "${q.section}"`);
    else if (sectionIndex < sectionAt) problems.push(`${where}: section "${q.section}" is out of order`);
    else sectionAt = sectionIndex;
    if (q.kind === 'choice') {
      if ((q.scale === undefined) === (q.options === undefined)) problems.push(`${where}: needs exactly one of scale or options`);
      if (q.scale !== undefined && !questionnaire.scales[q.scale]) problems.push(`${where}: unknown scale "${q.scale}"`);
      for (const o of q.options ?? []) if (o.cites) checkCites(`${where} option ${o.id}`, o.cites);
      const ids = optionIds(content, q);
      if (new Set(ids).size !== ids.length) problems.push(`${where}: duplicate option ids`);
    }
    if (q.askIf) checkCondition(where, q.askIf, i);
    for (const t of q.terms ?? []) if (!termIds.has(t)) problems.push(`${where}: unknown term "${t}"`);
    if (q.profileField) {
      if (fields.has(q.profileField)) problems.push(`${where}: profile field ${q.profileField} used twice`);
      fields.add(q.profileField);
    }
  });

  problems.push(...pageProblems(content));

  for (const [name, cond] of Object.entries(questionnaire.conditions)) checkCondition(`condition ${name}`, cond, Infinity);
  for (const rule of questionnaire.rules) {
    checkCites(`rule ${rule.id}`, rule.cites);
    checkCondition(`rule ${rule.id}`, rule.when, Infinity);
    for (const u of rule.unless ?? []) {
      checkCites(`rule ${rule.id} exception`, u.cites);
      checkCondition(`rule ${rule.id} exception`, u.when, Infinity);
    }
  }
  for (const a of questionnaire.advisories) {
    checkCites(`advisory ${a.id}`, a.cites);
    checkCondition(`advisory ${a.id}`, a.when, Infinity);
  }
  for (const o of content.obligations) {
    checkCites(`obligation ${o.id}`, o.cites);
    if (o.when) checkCondition(`obligation ${o.id}`, o.when, Infinity);
  }
  for (const s of content.deadlines.schedules) {
    checkCites(`deadline ${s.id}`, s.cites);
    checkCondition(`deadline ${s.id}`, s.when, Infinity);
  }
  checkCites('general entry into force', content.deadlines.generalEntry.cites);
  for (const c of content.deadlines.actorCaveats) checkCondition(`actor caveat ${c.caveat}`, c.when, Infinity);
  checkCites('consultation', Object.values(questionnaire.consultation));
  checkCites('residual', [questionnaire.residual]);
  for (const t of questionnaire.terms) checkCites(`term ${t.id}`, t.cites);

  const ids = [
    ...questionnaire.rules.map((r) => r.id),
    ...questionnaire.advisories.map((a) => a.id),
    ...content.obligations.map((o) => o.id),
    ...content.deadlines.schedules.map((s) => s.id),
    content.deadlines.generalEntry.id,
  ];
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) problems.push(`${id}: duplicate id`);
    seen.add(id);
  }
  return problems;
}

/** Pages cut the questions into consecutive runs: each question on exactly one page, pages in
 *  the questions' order. With conditions that only look back, a row's askIf then reads only
 *  rows above it on its page or questions of earlier pages, so a page can be shown as one form. */
function pageProblems(content: Content): string[] {
  const problems: string[] = [];
  const { questions, pages } = content.questionnaire;
  const known = new Set(questions.map((q) => q.id));
  const pageIds = new Set<string>();
  const onPage = new Map<string, string>();
  for (const page of pages) {
    if (pageIds.has(page.id)) problems.push(`page ${page.id}: duplicate id`);
    pageIds.add(page.id);
    for (const id of page.questions) {
      if (!known.has(id)) problems.push(`page ${page.id}: unknown question ${id}`);
      else if (onPage.has(id)) problems.push(`question ${id}: on pages ${onPage.get(id)} and ${page.id}`);
      else onPage.set(id, page.id);
    }
  }
  for (const q of questions) if (!onPage.has(q.id)) problems.push(`question ${q.id}: on no page`);
  if (problems.length === 0) {
    const order = pages.flatMap((p) => p.questions);
    const at = order.findIndex((id, i) => id !== questions[i]!.id);
    if (at >= 0) problems.push(`page ${onPage.get(order[at]!)}: question ${order[at]} is out of the questions' order`);
  }
  return problems;
}
