/** The stored plan tree (db) as the domain's `Plan` value, for the domain's roll-up and expansion. */
import type { PlanTree } from '@hgcs/db';
import type { Plan } from '@hgcs/domain';

/** The stored plan tree as the domain's Plan value. */
export function treeToPlan(tree: PlanTree, communeCode: string): Plan {
  return {
    code: tree.code,
    title: tree.title,
    communeCode,
    basis: tree.basis,
    startYear: tree.startYear,
    endYear: tree.endYear,
    funding: tree.funding,
    groups: tree.groups.map((g) => ({
      code: g.code,
      title: g.title,
      activities: g.activities,
      weight: g.weight,
      tasks: g.tasks.map((t) => ({
        code: t.code,
        content: t.content,
        leadAgency: t.leadAgencyCode,
        leadNote: t.leadNote,
        coordinatingAgencies: t.coordinatingAgencyCodes,
        coordinatingOthers: t.coordinatingOthers,
        timingText: t.timingText,
        timing: t.timing,
        expectedEvidence: t.expectedEvidence,
        weight: t.weight,
      })),
    })),
  };
}
