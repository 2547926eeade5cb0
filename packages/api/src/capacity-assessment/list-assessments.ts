/**
 * A year's capacity assessments (plan task 3b): each mediator's scores and level, the rubric, and the results per
 * team and per village (the domain's `summariseAssessments`: how many, the average, who is below the bar), with the
 * active mediators not assessed yet.
 */
import { activeMediators, assessmentsOfYear, type DbOrTx } from '@hgcs/db';
import { defaultCapacityRubric, summariseAssessments, type CommuneLevelScope } from '@hgcs/domain';

export async function listAssessments(db: DbOrTx, scope: CommuneLevelScope, year: number) {
  const [rows, people] = await Promise.all([assessmentsOfYear(db, scope, year), activeMediators(db, scope)]);
  const placeOf = new Map(people.map((p) => [p.id, p]));
  const results = rows.map((r) => ({ ...r, average: Number(r.average) }));
  const names = new Map(rows.map((r) => [r.mediatorId, r.fullName]));
  const named = (g: ReturnType<typeof summariseAssessments>[number]) => ({
    ...g,
    below: g.below.map((id) => ({ id, fullName: names.get(id) ?? '' })),
  });
  const assessed = new Set(rows.map((r) => r.mediatorId));
  return {
    year,
    rubric: defaultCapacityRubric,
    items: results.map((r) => ({ ...r, teamName: placeOf.get(r.mediatorId)?.teamName ?? null })),
    byTeam: summariseAssessments(results, (id) => {
      const p = placeOf.get(id);
      return p ? { key: p.teamId, name: p.teamName } : null;
    }).map(named),
    byVillage: summariseAssessments(results, (id) => {
      const p = placeOf.get(id);
      return p ? { key: p.villageId, name: p.villageName } : null;
    }).map(named),
    notAssessed: people
      .filter((p, i) => !assessed.has(p.id) && people.findIndex((q) => q.id === p.id) === i)
      .map(({ id, fullName, teamName }) => ({ id, fullName, teamName })),
  };
}
