/**
 * Users and sessions: the reads and writes sign-in needs. Tokens are stored only as SHA-256 hashes, TOTP secrets
 * only sealed, recovery codes only hashed. The failure count and the lock change in one statement each time
 * (`reserveSignInAttempt`), so parallel guesses cannot outrun the lock-out.
 */
import { and, eq, gt, isNull, ne, sql, type Column } from 'drizzle-orm';
import type { Role } from '@hgcs/domain';
import type { Db, DbOrTx } from '../client.ts';
import { prepared } from '../prepared.ts';
import { communes, provinces } from '../schema/commune.ts';
import { sessions, users } from '../schema/user.ts';
import { auditLog } from '../schema/audit.ts';

/** The PostgreSQL channel on which every process hears that a user's sessions changed (payload: the user id). */
export const sessionsChannel = 'hgcs_sessions';

/** `column` is the commune `communeId`, or empty for a province user's rows (null). */
const communeIs = (column: Column, communeId: number | null) =>
  communeId === null ? isNull(column) : eq(column, communeId);

/** A user by username (case-insensitive), across communes: usernames are unique in a deployment. */
export async function findUserByUsername(db: DbOrTx, username: string) {
  const [row] = await db.select().from(users).where(eq(users.username, username.toLowerCase()));
  return row;
}

/** A user of one commune (or, `null`, a province user) by id. */
export async function getUser(db: DbOrTx, communeId: number | null, id: string) {
  const [row] = await db
    .select()
    .from(users)
    .where(and(communeIs(users.communeId, communeId), eq(users.id, id)));
  return row;
}

export type NewUser = {
  /** Given only when the caller needs the id before the row exists (a sealed secret is bound to it). */
  id?: string;
  communeId: number | null;
  username: string;
  displayName: string;
  role: Role;
  agencyCode: string | null;
  passwordHash: string;
  mustChangePassword: boolean;
  /** A province user's province (and no commune); a village head's village; a team leader's team. */
  provinceCode?: string | null;
  villageId?: string | null;
  teamId?: string | null;
  /** A sealed TOTP secret, already enrolled (tests and seeding only). */
  totpSecret?: string | null;
  totpEnabled?: boolean;
};

/** Inserts a user; the username is stored lower-case. */
export async function insertUser(db: DbOrTx, user: NewUser) {
  const [row] = await db
    .insert(users)
    .values({ ...user, username: user.username.toLowerCase() })
    .returning();
  return row!;
}

/**
 * Counts one attempt as a failure before it is checked, and locks the account when the count reaches a lock
 * (`lockTable[n - 1]` seconds, domain `lockoutTable`) — in ONE statement, and only when the account is active and
 * not locked at `now`. Returns the user, the new count and the lock it set; undefined when the username is
 * unknown, disabled or locked (the caller answers all three alike). A good attempt then calls `undoSignInAttempt`
 * or `clearFailedSignIns`.
 */
export async function reserveSignInAttempt(
  db: DbOrTx,
  by: { username: string } | { id: string },
  now: Date,
  lockTable: readonly number[],
) {
  const table = `{${lockTable.join(',')}}`;
  const seconds = sql`(${table}::int[])[least(${users.failedSignIns} + 1, ${lockTable.length})]`;
  const [row] = await db
    .update(users)
    .set({
      failedSignIns: sql`${users.failedSignIns} + 1`,
      lockedUntil: sql`case when ${seconds} > 0 then ${now.toISOString()}::timestamptz + make_interval(secs => ${seconds}) else null end`,
    })
    .where(
      and(
        'username' in by ? eq(users.username, by.username.toLowerCase()) : eq(users.id, by.id),
        eq(users.active, true),
        sql`(${users.lockedUntil} is null or ${users.lockedUntil} <= ${now.toISOString()}::timestamptz)`,
      ),
    )
    .returning();
  return row;
}

/** Takes back a reserved attempt that turned out good (password right, code still due): one failure less, and its own lock lifted. */
export async function undoSignInAttempt(db: DbOrTx, id: string, lockSet: Date | null) {
  await db
    .update(users)
    .set({
      failedSignIns: sql`greatest(${users.failedSignIns} - 1, 0)`,
      lockedUntil: lockSet
        ? sql`case when ${users.lockedUntil} = ${lockSet.toISOString()}::timestamptz then null else ${users.lockedUntil} end`
        : sql`${users.lockedUntil}`,
    })
    .where(eq(users.id, id));
}

/** The lock of a user (for the answer to a locked second-factor attempt). */
export async function lockedUntilOf(db: DbOrTx, id: string): Promise<Date | null> {
  const [row] = await db.select({ lockedUntil: users.lockedUntil }).from(users).where(eq(users.id, id));
  return row?.lockedUntil ?? null;
}

/** Clears the failure count and lock after a complete sign-in. */
export async function clearFailedSignIns(db: DbOrTx, id: string) {
  await db.update(users).set({ failedSignIns: 0, lockedUntil: null }).where(eq(users.id, id));
}

/** An administrator lifts a lock. False when no such user in the commune. */
export async function unlockUser(db: DbOrTx, communeId: number, id: string): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ failedSignIns: 0, lockedUntil: null })
    .where(and(eq(users.communeId, communeId), eq(users.id, id)))
    .returning({ id: users.id });
  return rows.length > 0;
}

/**
 * Accepts the TOTP code of `step` only if it is newer than the last accepted one, in one statement (so a code
 * works once, across sessions and processes); a good code also clears the failure count. False = replayed.
 */
export async function consumeTotpStep(db: DbOrTx, id: string, step: number): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ totpLastStep: step, failedSignIns: 0, lockedUntil: null })
    .where(and(eq(users.id, id), sql`(${users.totpLastStep} is null or ${users.totpLastStep} < ${step})`))
    .returning({ id: users.id });
  return rows.length > 0;
}

/** Uses up one recovery code (by its hash) in one statement; returns how many remain, or null when it was not there. */
export async function consumeRecoveryCode(db: DbOrTx, id: string, codeHash: string): Promise<number | null> {
  const [row] = await db
    .update(users)
    .set({
      recoveryCodeHashes: sql`array_remove(${users.recoveryCodeHashes}, ${codeHash})`,
      failedSignIns: 0,
      lockedUntil: null,
    })
    .where(and(eq(users.id, id), sql`${codeHash} = any(${users.recoveryCodeHashes})`))
    .returning({ left: sql<number>`cardinality(${users.recoveryCodeHashes})::int` });
  return row ? row.left : null;
}

/** Keeps a new, not yet confirmed authenticator secret (sealed); the active one stays until confirmation. */
export async function setPendingTotp(db: DbOrTx, communeId: number | null, id: string, sealedSecret: string) {
  await db
    .update(users)
    .set({ totpPendingSecret: sealedSecret })
    .where(and(communeIs(users.communeId, communeId), eq(users.id, id)));
}

/** Makes the pending secret the active one, with its first used step and fresh recovery-code hashes, and clears the failures. False when it changed meanwhile. */
export async function activatePendingTotp(
  db: DbOrTx,
  communeId: number | null,
  id: string,
  { pending, step, recoveryCodeHashes }: { pending: string; step: number; recoveryCodeHashes: string[] },
) {
  const rows = await db
    .update(users)
    .set({
      totpSecret: pending,
      totpPendingSecret: null,
      totpEnabled: true,
      totpLastStep: step,
      recoveryCodeHashes,
      failedSignIns: 0,
      lockedUntil: null,
    })
    .where(and(communeIs(users.communeId, communeId), eq(users.id, id), eq(users.totpPendingSecret, pending)))
    .returning({ id: users.id });
  return rows.length > 0;
}

/** Removes a user's second factor entirely (administrator's reset): the user enrols again at next sign-in. */
export async function clearSecondFactor(db: DbOrTx, communeId: number, id: string): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ totpSecret: null, totpPendingSecret: null, totpEnabled: false, totpLastStep: null, recoveryCodeHashes: [] })
    .where(and(eq(users.communeId, communeId), eq(users.id, id)))
    .returning({ id: users.id });
  return rows.length > 0;
}

/** Sealed TOTP secrets (active or pending) that still need sealing or a key check: id and both columns. */
export function listTotpSecrets(db: DbOrTx) {
  return db
    .select({ id: users.id, totpSecret: users.totpSecret, totpPendingSecret: users.totpPendingSecret })
    .from(users)
    .where(sql`${users.totpSecret} is not null or ${users.totpPendingSecret} is not null`);
}

/** Rewrites a user's secrets (sealing legacy plain ones at start-up). */
export async function rewriteTotpSecrets(
  db: DbOrTx,
  id: string,
  secrets: { totpSecret: string | null; totpPendingSecret: string | null },
) {
  await db.update(users).set(secrets).where(eq(users.id, id));
}

/** Replaces a user's password hash. */
export async function setPasswordHash(db: DbOrTx, communeId: number | null, id: string, passwordHash: string) {
  await db
    .update(users)
    .set({ passwordHash, mustChangePassword: false })
    .where(and(communeIs(users.communeId, communeId), eq(users.id, id)));
}

/** Disables or re-enables an account. False when no such user in the commune. */
export async function setUserActive(db: DbOrTx, communeId: number, id: string, active: boolean): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ active })
    .where(and(eq(users.communeId, communeId), eq(users.id, id)))
    .returning({ id: users.id });
  return rows.length > 0;
}

/** The accounts of a commune for its administrator, with their live session count (never a hash or secret). */
export function listUsers(db: DbOrTx, communeId: number, now: Date) {
  return db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      agencyCode: users.agencyCode,
      active: users.active,
      totpEnabled: users.totpEnabled,
      /** Only a lock still in force at `now` (the API's clock): the console shows it as is, never its own clock. */
      lockedUntil:
        sql<Date | null>`case when ${users.lockedUntil} > ${now.toISOString()}::timestamptz then ${users.lockedUntil} end`.mapWith(
          users.lockedUntil,
        ),
      failedSignIns: users.failedSignIns,
      createdAt: users.createdAt,
      sessions: sql<number>`(select count(*)::int from ${sessions} s where s.commune_id = "users"."commune_id" and s.user_id = "users"."id" and s.expires_at > ${now.toISOString()}::timestamptz)`,
    })
    .from(users)
    .where(eq(users.communeId, communeId))
    .orderBy(users.username);
}

/** Stores a session under the hash of its token; created and last seen at `now`. */
export async function insertSession(
  db: DbOrTx,
  s: { id: string; communeId: number | null; userId: string; secondFactorDone: boolean; expiresAt: Date; now: Date },
) {
  const { now, ...row } = s;
  await db.insert(sessions).values({ ...row, createdAt: now, lastSeenAt: now });
}

/** The unexpired session with this token hash, with its user's identity, or undefined. One prepared, indexed read. */
export async function findSession(db: Db, tokenHash: string, now: Date) {
  const statement = prepared(db, 'find_session', (d) =>
    d
      .select({
        communeId: sessions.communeId,
        userId: sessions.userId,
        secondFactorDone: sessions.secondFactorDone,
        expiresAt: sessions.expiresAt,
        lastSeenAt: sessions.lastSeenAt,
        username: users.username,
        displayName: users.displayName,
        role: users.role,
        agencyCode: users.agencyCode,
        totpEnabled: users.totpEnabled,
        mustChangePassword: users.mustChangePassword,
        active: users.active,
        communeName: communes.name,
        provinceCode: users.provinceCode,
        provinceName: provinces.name,
        villageId: users.villageId,
        teamId: users.teamId,
      })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .leftJoin(communes, eq(communes.id, sessions.communeId))
      .leftJoin(provinces, eq(provinces.code, users.provinceCode))
      .where(and(eq(sessions.id, sql.placeholder('tokenHash')), gt(sessions.expiresAt, sql.placeholder('now'))))
      .prepare('find_session'),
  );
  const [row] = await statement.execute({ tokenHash, now });
  return row;
}

/** Writes a session's "last seen" time. */
export async function touchSession(db: DbOrTx, tokenHash: string, now: Date) {
  await db
    .update(sessions)
    .set({ lastSeenAt: now })
    .where(and(eq(sessions.id, tokenHash), sql`${sessions.lastSeenAt} < ${now.toISOString()}::timestamptz`));
}

/** Marks a session's second factor as given. */
export async function completeSecondFactor(db: DbOrTx, tokenHash: string) {
  await db.update(sessions).set({ secondFactorDone: true }).where(eq(sessions.id, tokenHash));
}

/** Ends one session (sign-out). */
export async function deleteSession(db: DbOrTx, tokenHash: string) {
  await db.delete(sessions).where(eq(sessions.id, tokenHash));
}

/** A user's sessions, newest first: public id, times, and whether it is the session `currentTokenHash`. */
export async function listUserSessions(
  db: DbOrTx,
  communeId: number | null,
  userId: string,
  currentTokenHash: string,
  now: Date,
) {
  const rows = await db
    .select({
      id: sessions.id,
      publicId: sessions.publicId,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
    })
    .from(sessions)
    .where(and(communeIs(sessions.communeId, communeId), eq(sessions.userId, userId), gt(sessions.expiresAt, now)))
    .orderBy(sql`${sessions.createdAt} desc`);
  return rows.map(({ id, ...s }) => ({ ...s, current: id === currentTokenHash }));
}

/** Ends one of a user's sessions by its public id. False when it is not theirs. */
export async function deleteSessionByPublicId(
  db: DbOrTx,
  communeId: number | null,
  userId: string,
  publicId: string,
): Promise<boolean> {
  const rows = await db
    .delete(sessions)
    .where(and(communeIs(sessions.communeId, communeId), eq(sessions.userId, userId), eq(sessions.publicId, publicId)))
    .returning({ id: sessions.id });
  return rows.length > 0;
}

/** Ends every session of a user, or every one but `exceptTokenHash`. Returns how many ended. */
export async function deleteUserSessions(
  db: DbOrTx,
  communeId: number | null,
  userId: string,
  exceptTokenHash?: string,
): Promise<number> {
  const rows = await db
    .delete(sessions)
    .where(
      and(
        communeIs(sessions.communeId, communeId),
        eq(sessions.userId, userId),
        exceptTokenHash ? ne(sessions.id, exceptTokenHash) : undefined,
      ),
    )
    .returning({ id: sessions.id });
  return rows.length;
}

/** Deletes every session past its absolute end or its role's idle limit (`idleSeconds` per role, from the domain). */
export async function sweepSessions(db: DbOrTx, now: Date, idleSeconds: Record<Role, number>): Promise<number> {
  const at = now.toISOString();
  const result = await db.execute(sql`delete from ${sessions} s using ${users} u where u.id = s.user_id and
    (s.expires_at <= ${at}::timestamptz or s.last_seen_at <= ${at}::timestamptz - make_interval(secs => (${JSON.stringify(idleSeconds)}::jsonb ->> u.role::text)::int))`);
  return result.rowCount ?? 0;
}

/** Tells every process (LISTEN `sessionsChannel`) that a user's sessions changed; delivered when the transaction commits. */
export async function notifySessionsChanged(db: DbOrTx, userId: string) {
  await db.execute(sql`select pg_notify(${sessionsChannel}, ${userId})`);
}

/** Counts a commune's users (the first run creates the first administrator when there are none). */
export async function countUsers(db: DbOrTx, communeId: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(eq(users.communeId, communeId));
  return row?.n ?? 0;
}

/** The display name of the commune's chairman (the earliest active one), who signs its documents; null when none. */
export async function chairmanName(db: DbOrTx, communeId: number): Promise<string | null> {
  const [row] = await db
    .select({ name: users.displayName })
    .from(users)
    .where(and(eq(users.communeId, communeId), eq(users.role, 'chairman'), eq(users.active, true)))
    .orderBy(users.createdAt)
    .limit(1);
  return row?.name ?? null;
}

/** Each account's last successful sign-in in a commune, from its audit chain (`auth.sign_in`), by user id. */
export async function lastSignIns(db: DbOrTx, communeId: number): Promise<Map<string, Date>> {
  const rows = await db
    .select({ userId: auditLog.objectId, at: sql<Date>`max(${auditLog.at})` })
    .from(auditLog)
    .where(and(eq(auditLog.communeId, communeId), eq(auditLog.objectType, 'user'), eq(auditLog.action, 'auth.sign_in')))
    .groupBy(auditLog.objectId);
  return new Map(rows.map((r) => [r.userId, new Date(r.at)]));
}

/** Gives an account of the commune a new one-time setup password (it must be changed at the next sign-in); false when no such user. */
export async function setSetupPassword(
  db: DbOrTx,
  communeId: number,
  id: string,
  passwordHash: string,
): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ passwordHash, mustChangePassword: true, failedSignIns: 0, lockedUntil: null })
    .where(and(eq(users.communeId, communeId), eq(users.id, id)))
    .returning({ id: users.id });
  return rows.length > 0;
}

/** The village and team scopes of a commune's accounts, by user id (the console's users page). */
export function userScopes(db: DbOrTx, communeId: number) {
  return db
    .select({ id: users.id, villageId: users.villageId, teamId: users.teamId })
    .from(users)
    .where(eq(users.communeId, communeId));
}
