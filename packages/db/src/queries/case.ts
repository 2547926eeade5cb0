/**
 * Mediation cases (issue 11): the case row as far as the caller's scope reaches (the commune's every case, a team
 * leader's own team's), the open queue one keyset page at a time, the row locked for a change. Every query carries
 * `commune_id` and the team filter of the scope (scope-filter.ts). The parties and the rest of the file are in
 * case-file.ts.
 */
import { openCaseStatuses, type AnyScope, type CommuneLevelScope } from '@hgcs/domain';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { scopeWhere } from '../scope-filter.ts';
import { caseEvents, caseParties, cases } from '../schema/case.ts';
import { teams } from '../schema/team.ts';
import { afterRow } from './keyset.ts';

const inScope = (scope: AnyScope) => scopeWhere(scope, { communeId: cases.communeId, teamId: cases.teamId });
const withTeam = and(eq(teams.communeId, cases.communeId), eq(teams.id, cases.teamId));

export type CaseRow = typeof cases.$inferSelect;
export type CaseInsert = Omit<typeof cases.$inferInsert, 'communeId' | 'id' | 'createdAt' | 'updatedAt'>;
export type PartyInsert = Omit<typeof caseParties.$inferInsert, 'communeId' | 'id' | 'caseId' | 'createdAt'>;

/**
 * Opens a case with its parties, unless the client's key already opened one: then nothing is written and
 * `created` is false. A clash of tracking codes raises `cases_tracking_code_uq` for the caller to retry.
 */
export async function insertCase(db: DbOrTx, scope: CommuneLevelScope, values: CaseInsert, parties: PartyInsert[]) {
  const [row] = await db
    .insert(cases)
    .values({ ...values, communeId: scope.communeId })
    .onConflictDoNothing({ target: [cases.communeId, cases.clientKey] })
    .returning({ id: cases.id, trackingCode: cases.trackingCode });
  if (!row) return { ...(await caseByClientKey(db, scope, values.clientKey))!, created: false };
  await db.insert(caseParties).values(parties.map((p) => ({ ...p, caseId: row.id, communeId: scope.communeId })));
  return { ...row, created: true };
}

/** The case a client's key opened in the scope's commune. */
export async function caseByClientKey(db: DbOrTx, scope: CommuneLevelScope, clientKey: string) {
  const [row] = await db
    .select({ id: cases.id, trackingCode: cases.trackingCode })
    .from(cases)
    .where(and(eq(cases.communeId, scope.communeId), eq(cases.clientKey, clientKey)));
  return row;
}

const queueColumns = {
  id: cases.id,
  trackingCode: cases.trackingCode,
  teamId: cases.teamId,
  teamName: teams.name,
  channel: cases.channel,
  receivedOn: cases.receivedOn,
  disputeKind: cases.disputeKind,
  status: cases.status,
  scopeDecision: cases.scopeDecision,
  startDueOn: cases.startDueOn,
  suspendedOn: cases.suspendedOn,
};

/**
 * One keyset page of the scope's cases, oldest request first (`limit + 1` rows: the extra one says there is a
 * next page); `open` keeps the open statuses (the partial queue indexes), `teamId` one team.
 */
export function pageCases(
  db: DbOrTx,
  scope: AnyScope,
  { teamId, filter, after, limit }: { teamId?: string; filter: 'open' | 'all'; after?: string; limit: number },
) {
  return db
    .select(queueColumns)
    .from(cases)
    .innerJoin(teams, withTeam)
    .where(
      and(
        inScope(scope),
        teamId ? eq(cases.teamId, teamId) : undefined,
        filter === 'open' ? inArray(cases.status, [...openCaseStatuses]) : undefined,
        afterRow(cases, { communeId: cases.communeId, name: cases.receivedOn, id: cases.id }, after),
      ),
    )
    .orderBy(asc(cases.receivedOn), asc(cases.id))
    .limit(limit + 1);
}

/** One case of the scope with its team's name, or undefined (another team's or commune's case is "not found"). */
export async function getCase(db: DbOrTx, scope: AnyScope, id: string) {
  const [row] = await db
    .select({ c: cases, teamName: teams.name })
    .from(cases)
    .innerJoin(teams, withTeam)
    .where(and(inScope(scope), eq(cases.id, id)));
  return row ? { ...row.c, teamName: row.teamName } : undefined;
}

/** One case of the scope locked for a change (FOR UPDATE: two changes of one case run one after the other). */
export async function lockCase(db: DbOrTx, scope: CommuneLevelScope, id: string) {
  const [row] = await db
    .select()
    .from(cases)
    .where(and(inScope(scope), eq(cases.id, id)))
    .for('update');
  return row;
}

/** Writes a locked case's changed columns. */
export async function updateCase(
  db: DbOrTx,
  scope: CommuneLevelScope,
  id: string,
  patch: Partial<CaseInsert>,
  now: Date,
) {
  await db
    .update(cases)
    .set({ ...patch, updatedAt: now })
    .where(and(eq(cases.communeId, scope.communeId), eq(cases.id, id)));
}

/** Appends one event to a case's history. */
export async function insertCaseEvent(
  db: DbOrTx,
  scope: CommuneLevelScope,
  event: Omit<typeof caseEvents.$inferInsert, 'communeId' | 'id' | 'createdAt'>,
) {
  await db.insert(caseEvents).values({ ...event, communeId: scope.communeId });
}
