/**
 * The registry's decisions: mediator elections (newest first, keyset pages by `(held_on, id)`), team-leader
 * elections and terminations of the scope's teams; each change of status is conditional on the status before, so a
 * retry changes nothing twice.
 */
import type { AnyScope, CommuneLevelScope } from '@hgcs/domain';
import { and, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { scopeWhere } from '../scope-filter.ts';
import { mediatorElections, mediatorTerminations, teamLeaderElections } from '../schema/election.ts';
import { mediators } from '../schema/mediator.ts';
import { teamMemberships } from '../schema/team.ts';

const electionsInScope = (scope: AnyScope) =>
  scopeWhere(scope, { communeId: mediatorElections.communeId, teamId: mediatorElections.teamId });

/** `(held_on, id)` before the row `before` (newest first), or undefined on the first page. */
function beforeRow(before: string | undefined): SQL | undefined {
  if (!before) return undefined;
  return sql`(${mediatorElections.heldOn}, ${mediatorElections.id}) < (select k.held_on, k.id from mediator_elections k where k.commune_id = ${mediatorElections.communeId} and k.id = ${before})`;
}

export type MediatorElectionInsert = Omit<
  typeof mediatorElections.$inferInsert,
  'communeId' | 'id' | 'status' | 'decisionNo' | 'decisionOn' | 'createdAt' | 'recognisedAt'
>;

/** Records a counted election. */
export async function insertMediatorElection(db: DbOrTx, scope: CommuneLevelScope, values: MediatorElectionInsert) {
  const [row] = await db
    .insert(mediatorElections)
    .values({ ...values, communeId: scope.communeId })
    .returning({ id: mediatorElections.id });
  return row!;
}

/** One keyset page (`limit + 1` rows) of the scope's elections, newest first, optionally of one team. */
export function pageMediatorElections(
  db: DbOrTx,
  scope: AnyScope,
  { after, limit, teamId }: { after?: string; limit: number; teamId?: string },
) {
  return db
    .select()
    .from(mediatorElections)
    .where(and(electionsInScope(scope), teamId ? eq(mediatorElections.teamId, teamId) : undefined, beforeRow(after)))
    .orderBy(desc(mediatorElections.heldOn), desc(mediatorElections.id))
    .limit(limit + 1);
}

/** One election of the scope, optionally locked for a change. */
export async function getMediatorElection(db: DbOrTx, scope: AnyScope, id: string, { lock = false } = {}) {
  const query = db
    .select()
    .from(mediatorElections)
    .where(and(electionsInScope(scope), eq(mediatorElections.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** Marks a recorded election recognised; false when it was not `recorded` any more. */
export async function markElectionRecognised(
  db: DbOrTx,
  scope: CommuneLevelScope,
  id: string,
  decision: { decisionNo: string; decisionOn: string },
  now: Date,
) {
  const rows = await db
    .update(mediatorElections)
    .set({ status: 'recognised', ...decision, recognisedAt: now })
    .where(
      and(
        eq(mediatorElections.communeId, scope.communeId),
        eq(mediatorElections.id, id),
        eq(mediatorElections.status, 'recorded'),
      ),
    )
    .returning({ id: mediatorElections.id });
  return rows.length > 0;
}

/** The persons behind ids, of the scope's commune: what decisions and the standards check need. */
export function mediatorsByIds(db: DbOrTx, scope: CommuneLevelScope, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({
      id: mediators.id,
      fullName: mediators.fullName,
      gender: mediators.gender,
      birthYear: mediators.birthYear,
      citizenship: mediators.citizenship,
      residenceVillageId: mediators.residenceVillageId,
    })
    .from(mediators)
    .where(and(eq(mediators.communeId, scope.communeId), inArray(mediators.id, [...ids])));
}

/** Which of `mediatorIds` have an open membership of the team. */
export async function openMembersAmong(db: DbOrTx, scope: CommuneLevelScope, teamId: string, mediatorIds: string[]) {
  if (mediatorIds.length === 0) return new Set<string>();
  const rows = await db
    .select({ mediatorId: teamMemberships.mediatorId })
    .from(teamMemberships)
    .where(
      and(
        eq(teamMemberships.communeId, scope.communeId),
        eq(teamMemberships.teamId, teamId),
        inArray(teamMemberships.mediatorId, mediatorIds),
        isNull(teamMemberships.leftOn),
      ),
    );
  return new Set(rows.map((r) => r.mediatorId));
}

const leaderInScope = (scope: AnyScope) =>
  scopeWhere(scope, { communeId: teamLeaderElections.communeId, teamId: teamLeaderElections.teamId });

/** Records a team-leader election. */
export async function insertTeamLeaderElection(
  db: DbOrTx,
  scope: CommuneLevelScope,
  values: Omit<
    typeof teamLeaderElections.$inferInsert,
    'communeId' | 'id' | 'status' | 'decisionNo' | 'decisionOn' | 'createdAt' | 'recognisedAt'
  >,
) {
  const [row] = await db
    .insert(teamLeaderElections)
    .values({ ...values, communeId: scope.communeId })
    .returning({ id: teamLeaderElections.id });
  return row!;
}

/** The team-leader elections of a team of the scope, newest first (a team holds a handful). */
export function leaderElectionsOfTeam(db: DbOrTx, scope: AnyScope, teamId: string) {
  return db
    .select()
    .from(teamLeaderElections)
    .where(and(leaderInScope(scope), eq(teamLeaderElections.teamId, teamId)))
    .orderBy(desc(teamLeaderElections.heldOn), desc(teamLeaderElections.id))
    .limit(50);
}

/** One team-leader election of the scope, optionally locked. */
export async function getTeamLeaderElection(db: DbOrTx, scope: AnyScope, id: string, { lock = false } = {}) {
  const query = db
    .select()
    .from(teamLeaderElections)
    .where(and(leaderInScope(scope), eq(teamLeaderElections.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** Marks a recorded team-leader election recognised; false when it was not `recorded` any more. */
export async function markLeaderElectionRecognised(
  db: DbOrTx,
  scope: CommuneLevelScope,
  id: string,
  decision: { decisionNo: string; decisionOn: string },
  now: Date,
) {
  const rows = await db
    .update(teamLeaderElections)
    .set({ status: 'recognised', ...decision, recognisedAt: now })
    .where(
      and(
        eq(teamLeaderElections.communeId, scope.communeId),
        eq(teamLeaderElections.id, id),
        eq(teamLeaderElections.status, 'recorded'),
      ),
    )
    .returning({ id: teamLeaderElections.id });
  return rows.length > 0;
}

/** Sets an open membership's role (the leader's index refuses a second leader); false when none is open. */
export async function setMembershipRole(
  db: DbOrTx,
  scope: CommuneLevelScope,
  teamId: string,
  mediatorId: string,
  role: 'member' | 'leader' | 'deputy',
) {
  const rows = await db
    .update(teamMemberships)
    .set({ role })
    .where(
      and(
        eq(teamMemberships.communeId, scope.communeId),
        eq(teamMemberships.teamId, teamId),
        eq(teamMemberships.mediatorId, mediatorId),
        isNull(teamMemberships.leftOn),
      ),
    )
    .returning({ id: teamMemberships.id });
  return rows.length > 0;
}

/** The team's open leader membership becomes a plain member (before another is made leader). */
export function demoteLeader(db: DbOrTx, scope: CommuneLevelScope, teamId: string) {
  return db
    .update(teamMemberships)
    .set({ role: 'member' })
    .where(
      and(
        eq(teamMemberships.communeId, scope.communeId),
        eq(teamMemberships.teamId, teamId),
        eq(teamMemberships.role, 'leader'),
        isNull(teamMemberships.leftOn),
      ),
    );
}

const terminationsInScope = (scope: AnyScope) =>
  scopeWhere(scope, { communeId: mediatorTerminations.communeId, teamId: mediatorTerminations.teamId });

/** Records a termination decision. */
export async function insertTermination(
  db: DbOrTx,
  scope: CommuneLevelScope,
  values: Omit<typeof mediatorTerminations.$inferInsert, 'communeId' | 'id' | 'createdAt'>,
) {
  const [row] = await db
    .insert(mediatorTerminations)
    .values({ ...values, communeId: scope.communeId })
    .returning({ id: mediatorTerminations.id });
  return row!;
}

/** The termination of a membership, if any (a retry finds the first). */
export async function terminationOfMembership(db: DbOrTx, scope: AnyScope, membershipId: string) {
  const [row] = await db
    .select()
    .from(mediatorTerminations)
    .where(and(terminationsInScope(scope), eq(mediatorTerminations.membershipId, membershipId)));
  return row;
}

/** One termination of the scope. */
export async function getTermination(db: DbOrTx, scope: AnyScope, id: string) {
  const [row] = await db
    .select()
    .from(mediatorTerminations)
    .where(and(terminationsInScope(scope), eq(mediatorTerminations.id, id)));
  return row;
}

/** The terminations of a team of the scope, newest first. */
export function terminationsOfTeam(db: DbOrTx, scope: AnyScope, teamId: string) {
  return db
    .select({
      id: mediatorTerminations.id,
      mediatorId: mediatorTerminations.mediatorId,
      fullName: mediators.fullName,
      ground: mediatorTerminations.ground,
      decisionNo: mediatorTerminations.decisionNo,
      decisionOn: mediatorTerminations.decisionOn,
    })
    .from(mediatorTerminations)
    .innerJoin(
      mediators,
      and(eq(mediators.communeId, mediatorTerminations.communeId), eq(mediators.id, mediatorTerminations.mediatorId)),
    )
    .where(and(terminationsInScope(scope), eq(mediatorTerminations.teamId, teamId)))
    .orderBy(desc(mediatorTerminations.decisionOn), desc(mediatorTerminations.id))
    .limit(100);
}

export type MediatorElectionRow = typeof mediatorElections.$inferSelect;
export type TeamLeaderElectionRow = typeof teamLeaderElections.$inferSelect;
