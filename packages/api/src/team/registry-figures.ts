/**
 * The scope's Decision 315 figures: "teams consolidated" (target 100 %) and "teams with legal support" (≥ 10 %),
 * from the domain's rule over every team of the scope as the database counts it (one row per team; a province's
 * figure reads no membership — docs/decisions.md, 18).
 */
import { teamCountsInScope, type Db } from '@hgcs/db';
import { registryFiguresOfCounts, type AnyScope, type RegistryFigures } from '@hgcs/domain';

export async function readRegistryFigures(db: Db, scope: AnyScope): Promise<RegistryFigures> {
  const teams = await teamCountsInScope(db, scope);
  return registryFiguresOfCounts(teams.map(({ status, supporters, ...counts }) => ({ status, supporters, counts })));
}
