/** The legal-support pool and the teams each supporter is linked to. */
import type { AnyScope, CommuneLevelScope } from '@hgcs/domain';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { scopeWhere } from '../scope-filter.ts';
import { legalSupporters, teamLegalSupports } from '../schema/legal-support.ts';
import { teams } from '../schema/team.ts';
import { afterRow } from './keyset.ts';

const columns = {
  id: legalSupporters.id,
  fullName: legalSupporters.fullName,
  kind: legalSupporters.kind,
  organisation: legalSupporters.organisation,
  phone: legalSupporters.phone,
};

/** One keyset page (`limit + 1` rows) of the commune's supporters by name. */
export function pageLegalSupporters(db: DbOrTx, scope: AnyScope, { after, limit }: { after?: string; limit: number }) {
  return db
    .select(columns)
    .from(legalSupporters)
    .where(
      and(
        scopeWhere(scope, { communeId: legalSupporters.communeId }),
        afterRow(
          legalSupporters,
          { communeId: legalSupporters.communeId, name: legalSupporters.fullName, id: legalSupporters.id },
          after,
        ),
      ),
    )
    .orderBy(asc(legalSupporters.fullName), asc(legalSupporters.id))
    .limit(limit + 1);
}

/** The teams (of the scope) the given supporters are linked to. */
export function linksOfSupporters(db: DbOrTx, scope: AnyScope, supporterIds: readonly string[]) {
  if (supporterIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      supporterId: teamLegalSupports.supporterId,
      teamId: teamLegalSupports.teamId,
      teamName: teams.name,
      since: teamLegalSupports.since,
    })
    .from(teamLegalSupports)
    .innerJoin(teams, and(eq(teams.communeId, teamLegalSupports.communeId), eq(teams.id, teamLegalSupports.teamId)))
    .where(
      and(
        scopeWhere(scope, { communeId: teamLegalSupports.communeId, teamId: teamLegalSupports.teamId }),
        inArray(teamLegalSupports.supporterId, [...supporterIds]),
      ),
    )
    .orderBy(asc(teams.name));
}

/** The supporters of one team of the scope. */
export function supportersOfTeam(db: DbOrTx, scope: AnyScope, teamId: string) {
  return db
    .select({ ...columns, since: teamLegalSupports.since })
    .from(teamLegalSupports)
    .innerJoin(
      legalSupporters,
      and(
        eq(legalSupporters.communeId, teamLegalSupports.communeId),
        eq(legalSupporters.id, teamLegalSupports.supporterId),
      ),
    )
    .where(
      and(
        scopeWhere(scope, { communeId: teamLegalSupports.communeId, teamId: teamLegalSupports.teamId }),
        eq(teamLegalSupports.teamId, teamId),
      ),
    )
    .orderBy(asc(legalSupporters.fullName));
}

export async function insertLegalSupporter(
  db: DbOrTx,
  scope: CommuneLevelScope,
  values: {
    fullName: string;
    kind: (typeof legalSupporters.$inferInsert)['kind'];
    organisation: string | null;
    phone: string | null;
  },
) {
  const [row] = await db
    .insert(legalSupporters)
    .values({ ...values, communeId: scope.communeId })
    .returning({ id: legalSupporters.id });
  return row!;
}

export async function updateLegalSupporter(
  db: DbOrTx,
  scope: CommuneLevelScope,
  id: string,
  patch: Partial<Pick<typeof legalSupporters.$inferInsert, 'fullName' | 'kind' | 'organisation' | 'phone'>>,
) {
  const where = and(eq(legalSupporters.communeId, scope.communeId), eq(legalSupporters.id, id));
  const [before] = await db.select().from(legalSupporters).where(where).for('update');
  if (!before) return undefined;
  const [after] = await db.update(legalSupporters).set(patch).where(where).returning();
  return { before, after: after! };
}

/** Removes a supporter and their links; false when not in the commune. */
export async function deleteLegalSupporter(db: DbOrTx, scope: CommuneLevelScope, id: string) {
  const rows = await db
    .delete(legalSupporters)
    .where(and(eq(legalSupporters.communeId, scope.communeId), eq(legalSupporters.id, id)))
    .returning({ id: legalSupporters.id });
  return rows.length > 0;
}

/** Whether a supporter exists in the scope's commune. */
export async function legalSupporterExists(db: DbOrTx, scope: CommuneLevelScope, id: string) {
  const [row] = await db
    .select({ id: legalSupporters.id })
    .from(legalSupporters)
    .where(and(eq(legalSupporters.communeId, scope.communeId), eq(legalSupporters.id, id)));
  return !!row;
}

/** Links a supporter to a team; a second link is a no-op (retries never duplicate). True when a link was made. */
export async function linkLegalSupport(
  db: DbOrTx,
  scope: CommuneLevelScope,
  link: { supporterId: string; teamId: string; since: string | null },
) {
  const rows = await db
    .insert(teamLegalSupports)
    .values({ ...link, communeId: scope.communeId })
    .onConflictDoNothing()
    .returning({ id: teamLegalSupports.id });
  return rows.length > 0;
}

/** Removes a link; true when there was one. */
export async function unlinkLegalSupport(
  db: DbOrTx,
  scope: CommuneLevelScope,
  link: { supporterId: string; teamId: string },
) {
  const rows = await db
    .delete(teamLegalSupports)
    .where(
      and(
        eq(teamLegalSupports.communeId, scope.communeId),
        eq(teamLegalSupports.supporterId, link.supporterId),
        eq(teamLegalSupports.teamId, link.teamId),
      ),
    )
    .returning({ id: teamLegalSupports.id });
  return rows.length > 0;
}
