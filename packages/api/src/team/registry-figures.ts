/**
 * The scope's Decision 315 figures: "teams consolidated" (target 100 %) and "teams with legal support" (≥ 10 %):
 * the database groups the scope's teams by what the rule reads of them (counts it keeps per team), the domain's rule
 * decides each group — a province's figure reads no membership and ships a few dozen rows (docs/decisions.md, 18).
 */
import { teamCountGroupsInScope, type Db } from '@hgcs/db';
import { registryFiguresOfCounts, type AnyScope, type RegistryFigures } from '@hgcs/domain';

export async function readRegistryFigures(db: Db, scope: AnyScope): Promise<RegistryFigures> {
  const groups = await teamCountGroupsInScope(db, scope);
  return registryFiguresOfCounts(
    groups.map(({ status, supported, teams, ...counts }) => ({ status, supported, teams, counts })),
  );
}
