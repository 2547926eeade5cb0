/**
 * Audit: `withAudit` runs a mutation in one transaction together with its audit rows; `listAudit` reads them.
 * Every row's `before`/`after` passes the allow-list of non-personal fields (redact-audit.ts) here, centrally;
 * its place in the commune's hash chain is set by the database (migration 0003).
 */
import type { CommuneLevelScope } from '@hgcs/domain';
import { and, asc, desc, eq, lt } from 'drizzle-orm';
import type { Db, Tx } from '../client.ts';
import { scopeWhere } from '../scope-filter.ts';
import { auditLog } from '../schema/audit.ts';
import { users } from '../schema/user.ts';
import { redactAudit } from './redact-audit.ts';
import { committedWrite } from '../commune-data-notices.ts';

/**
 * Who acts, in which commune's chain. `communeId: null` is a province user acting on no commune (signing in,
 * their own sessions): no commune's chain applies, so no audit row is written — the request log keeps the
 * request. A province user's action on a commune passes that commune's id.
 */
export type Actor = { communeId: number | null; userId: string | null; requestId: string };
export type AuditEntry = { action: string; objectType: string; objectId: string; before?: unknown; after?: unknown };
export type Audit = (entry: AuditEntry) => Promise<void>;

/**
 * Runs `work` in a transaction; every `audit(...)` call inside writes its row in that same transaction. After the
 * commit, this process's caches of the actor's commune are told at once, with the object types audited
 * (commune-data-notices.ts).
 */
export async function withAudit<T>(db: Db, actor: Actor, work: (tx: Tx, audit: Audit) => Promise<T>): Promise<T> {
  const objectTypes = new Set<string>();
  const result = await db.transaction(async (tx) => {
    const communeId = actor.communeId;
    const audit: Audit = async (entry) => {
      if (communeId === null) return;
      objectTypes.add(entry.objectType);
      const { before, after } = redactAudit(entry.before, entry.after);
      await tx.insert(auditLog).values({
        communeId,
        actorUserId: actor.userId,
        requestId: actor.requestId,
        action: entry.action,
        objectType: entry.objectType,
        objectId: entry.objectId,
        before,
        after,
      });
    };
    return work(tx, audit);
  });
  if (actor.communeId !== null) committedWrite(db, actor.communeId, objectTypes);
  return result;
}

/** The newest audit rows of one commune, `limit` at a time, older than the cursor `beforeId` when given. */
export function listAudit(db: Db, scope: CommuneLevelScope, { limit, beforeId }: { limit: number; beforeId?: number }) {
  return db
    .select({
      id: auditLog.id,
      communeId: auditLog.communeId,
      actorUserId: auditLog.actorUserId,
      actor: users.displayName,
      action: auditLog.action,
      objectType: auditLog.objectType,
      objectId: auditLog.objectId,
      before: auditLog.before,
      after: auditLog.after,
      requestId: auditLog.requestId,
      at: auditLog.at,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(and(scopeWhere(scope, { communeId: auditLog.communeId }), beforeId ? lt(auditLog.id, beforeId) : undefined))
    .orderBy(desc(auditLog.id))
    .limit(limit);
}

/** The history of one object: its audit rows, oldest first, with the actor's name. */
export function listAuditFor(db: Db, scope: CommuneLevelScope, objectType: string, objectId: string) {
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      before: auditLog.before,
      after: auditLog.after,
      actor: users.displayName,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(
      and(
        scopeWhere(scope, { communeId: auditLog.communeId }),
        eq(auditLog.objectType, objectType),
        eq(auditLog.objectId, objectId),
      ),
    )
    .orderBy(asc(auditLog.id));
}
