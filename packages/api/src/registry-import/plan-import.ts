/** An import's rows planned against the registry as it is now (what the preview shows and the confirmation writes). */
import { openMembershipsForImport, peopleForImport, teamsForImport, type DbOrTx } from '@hgcs/db';
import { planMediatorImport, type CommuneLevelScope, type ImportedMediator } from '@hgcs/domain';

export async function planImport(db: DbOrTx, scope: CommuneLevelScope, rows: readonly ImportedMediator[]) {
  const [people, openMemberships, teams] = await Promise.all([
    peopleForImport(db, scope),
    openMembershipsForImport(db, scope),
    teamsForImport(db, scope),
  ]);
  const teamNames = Object.fromEntries(teams.map((t) => [t.id, t.name]));
  // A team dissolved since the upload takes no one: its rows are left out of the plan.
  const live = rows.filter((r) => r.teamId in teamNames);
  return {
    plan: planMediatorImport(live, { people, openMemberships, teamNames }),
    teamNames,
    dropped: rows.length - live.length,
  };
}
