/**
 * Imports of mediator lists waiting for confirmation (schema/registry-import.ts), and the registry facts an import
 * is planned against: the recorded people of the commune and the open memberships of its teams.
 */
import type { CommuneLevelScope } from '@hgcs/domain';
import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { mediators } from '../schema/mediator.ts';
import { registryImports } from '../schema/registry-import.ts';
import { teamMemberships, teams } from '../schema/team.ts';

const byId = (scope: CommuneLevelScope, id: string) =>
  and(eq(registryImports.communeId, scope.communeId), eq(registryImports.id, id));

/** Keeps a checked upload; pending imports of the commune older than a day are dropped first (never confirmed). */
export async function insertRegistryImport(
  db: DbOrTx,
  scope: CommuneLevelScope,
  values: { createdBy: string; createdAt: Date; sha256: string; rowCount: number; rows: unknown; issues: unknown },
) {
  await db
    .delete(registryImports)
    .where(
      and(
        eq(registryImports.communeId, scope.communeId),
        eq(registryImports.status, 'pending'),
        lt(registryImports.createdAt, new Date(values.createdAt.getTime() - 86_400_000)),
      ),
    );
  const [row] = await db
    .insert(registryImports)
    .values({ ...values, communeId: scope.communeId })
    .returning({ id: registryImports.id });
  return row!;
}

/** One import of the scope's commune, or undefined; `lock` takes it FOR UPDATE (a confirmation). */
export async function getRegistryImport(db: DbOrTx, scope: CommuneLevelScope, id: string, lock = false) {
  const query = db.select().from(registryImports).where(byId(scope, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** Marks an import confirmed with its counts and forgets its rows. */
export async function markRegistryImportConfirmed(
  db: DbOrTx,
  scope: CommuneLevelScope,
  id: string,
  values: { confirmedBy: string; confirmedAt: Date; result: unknown },
) {
  await db
    .update(registryImports)
    .set({ ...values, status: 'confirmed', rows: [], issues: [] })
    .where(byId(scope, id));
}

/** Serializes imports of one commune (two confirmations of lists naming the same person cannot both create them). */
export async function lockRegistryImports(db: DbOrTx, scope: CommuneLevelScope) {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext('hgcs.registry_import'), ${scope.communeId})`);
}

/** The commune's recorded people (what `personKey` is computed from). */
export function peopleForImport(db: DbOrTx, scope: CommuneLevelScope) {
  return db
    .select({
      id: mediators.id,
      fullName: mediators.fullName,
      birthYear: mediators.birthYear,
      residenceVillageId: mediators.residenceVillageId,
    })
    .from(mediators)
    .where(eq(mediators.communeId, scope.communeId));
}

/** The open memberships of the commune's teams. */
export function openMembershipsForImport(db: DbOrTx, scope: CommuneLevelScope) {
  return db
    .select({ teamId: teamMemberships.teamId, mediatorId: teamMemberships.mediatorId, role: teamMemberships.role })
    .from(teamMemberships)
    .where(and(eq(teamMemberships.communeId, scope.communeId), isNull(teamMemberships.leftOn)));
}

/** The commune's active teams an import may fill (dissolved teams take no one). */
export function teamsForImport(db: DbOrTx, scope: CommuneLevelScope) {
  return db
    .select({ id: teams.id, name: teams.name, villageId: teams.villageId })
    .from(teams)
    .where(and(eq(teams.communeId, scope.communeId), eq(teams.status, 'active')));
}
