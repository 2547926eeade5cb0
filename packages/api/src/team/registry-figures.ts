/**
 * The scope's Decision 315 figures: "teams consolidated" (target 100 %) and "teams with legal support" (≥ 10 %),
 * from the domain's KPI functions over every active team of the scope.
 */
import { allTeamsForFigures, openMembershipsInScope, supporterCounts, type Db } from '@hgcs/db';
import { registryFigures, type AnyScope, type RegistryFigures } from '@hgcs/domain';

export async function readRegistryFigures(db: Db, scope: AnyScope): Promise<RegistryFigures> {
  const [teams, members, supporters] = await Promise.all([
    allTeamsForFigures(db, scope),
    openMembershipsInScope(db, scope),
    supporterCounts(db, scope),
  ]);
  const supportOf = new Map(supporters.map((s) => [s.teamId, s.supporters]));
  const membersOf = Map.groupBy(members, (m) => m.teamId);
  return registryFigures(
    teams.map((t) => ({
      teamId: t.id,
      status: t.status,
      villageEthnicMinorityArea: t.villageEthnicMinorityArea,
      members: membersOf.get(t.id) ?? [],
      supporters: supportOf.get(t.id) ?? 0,
    })),
  );
}
