/** The plan's output shape: explicit fields only (no row leaks), agency codes resolved to names. */
import type { getPlanTree, listAgencies } from '@hgcs/db';

type Tree = NonNullable<Awaited<ReturnType<typeof getPlanTree>>>;
type Agencies = Awaited<ReturnType<typeof listAgencies>>;

/** Shapes a stored plan tree for screens. */
export function toPlanView(tree: Tree, agencies: Agencies) {
  const name = (code: string) => agencies.find((a) => a.code === code)?.name ?? code;
  return {
    code: tree.code,
    title: tree.title,
    startYear: tree.startYear,
    endYear: tree.endYear,
    basis: tree.basis,
    funding: tree.funding,
    groups: tree.groups.map((g) => ({
      code: g.code,
      title: g.title,
      activities: g.activities,
      tasks: g.tasks.map((t) => ({
        code: t.code,
        content: t.content,
        leadAgency: { code: t.leadAgencyCode, name: name(t.leadAgencyCode) },
        leadNote: t.leadNote,
        coordinatingAgencies: t.coordinatingAgencyCodes.map((code) => ({ code, name: name(code) })),
        coordinatingOthers: t.coordinatingOthers,
        timingText: t.timingText,
        timing: t.timing,
        expectedEvidence: t.expectedEvidence,
      })),
    })),
  };
}
