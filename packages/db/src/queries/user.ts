/** Users and sessions: the reads and writes sign-in needs. Tokens are stored only as SHA-256 hashes. */
import { and, eq, gt, sql } from 'drizzle-orm';
import type { Role } from '@hgcs/domain';
import type { Db, DbOrTx } from '../client.ts';
import { prepared } from '../prepared.ts';
import { communes } from '../schema/commune.ts';
import { sessions, users } from '../schema/user.ts';

/** A user by username (case-insensitive), across communes: usernames are unique in a deployment. */
export async function findUserByUsername(db: DbOrTx, username: string) {
  const [row] = await db.select().from(users).where(eq(users.username, username.toLowerCase()));
  return row;
}

/** A user of one commune by id. */
export async function getUser(db: DbOrTx, communeId: number, id: string) {
  const [row] = await db.select().from(users).where(and(eq(users.communeId, communeId), eq(users.id, id)));
  return row;
}

export type NewUser = { communeId: number; username: string; displayName: string; role: Role; agencyCode: string | null; passwordHash: string; mustChangePassword: boolean };

/** Inserts a user; the username is stored lower-case. */
export async function insertUser(db: DbOrTx, user: NewUser) {
  const [row] = await db.insert(users).values({ ...user, username: user.username.toLowerCase() }).returning();
  return row!;
}

/** Counts one failed sign-in and locks the account until `lockedUntil` (null = no lock). Returns the new count. */
export async function recordFailedSignIn(db: DbOrTx, id: string, lockedUntil: (failures: number) => Date | null): Promise<number> {
  const [row] = await db.update(users).set({ failedSignIns: sql`${users.failedSignIns} + 1` }).where(eq(users.id, id)).returning({ n: users.failedSignIns });
  const failures = row?.n ?? 0;
  await db.update(users).set({ lockedUntil: lockedUntil(failures) }).where(eq(users.id, id));
  return failures;
}

/** Clears the failure count and lock after a good sign-in. */
export async function clearFailedSignIns(db: DbOrTx, id: string) {
  await db.update(users).set({ failedSignIns: 0, lockedUntil: null }).where(eq(users.id, id));
}

/** Sets or clears the TOTP secret and whether it is enabled. */
export async function setTotp(db: DbOrTx, communeId: number, id: string, secret: string | null, enabled: boolean) {
  await db.update(users).set({ totpSecret: secret, totpEnabled: enabled }).where(and(eq(users.communeId, communeId), eq(users.id, id)));
}

/** Replaces a user's password hash. */
export async function setPasswordHash(db: DbOrTx, communeId: number, id: string, passwordHash: string) {
  await db.update(users).set({ passwordHash, mustChangePassword: false }).where(and(eq(users.communeId, communeId), eq(users.id, id)));
}

/** Stores a session under the hash of its token. */
export async function insertSession(db: DbOrTx, s: { id: string; communeId: number; userId: string; secondFactorDone: boolean; expiresAt: Date }) {
  await db.insert(sessions).values(s);
}

/** The live session with this token hash, with its user's identity, or undefined. One prepared, indexed read. */
export async function findSession(db: Db, tokenHash: string, now: Date) {
  const statement = prepared(db, 'find_session', (d) => d.select({
    communeId: sessions.communeId, userId: sessions.userId, secondFactorDone: sessions.secondFactorDone, expiresAt: sessions.expiresAt,
    username: users.username, displayName: users.displayName, role: users.role, agencyCode: users.agencyCode,
    totpEnabled: users.totpEnabled, mustChangePassword: users.mustChangePassword, active: users.active, communeName: communes.name,
  }).from(sessions).innerJoin(users, eq(users.id, sessions.userId)).innerJoin(communes, eq(communes.id, sessions.communeId))
    .where(and(eq(sessions.id, sql.placeholder('tokenHash')), gt(sessions.expiresAt, sql.placeholder('now'))))
    .prepare('find_session'));
  const [row] = await statement.execute({ tokenHash, now });
  return row;
}

/** Marks a session's second factor as given. */
export async function completeSecondFactor(db: DbOrTx, tokenHash: string) {
  await db.update(sessions).set({ secondFactorDone: true }).where(eq(sessions.id, tokenHash));
}

/** Ends one session (sign-out). */
export async function deleteSession(db: DbOrTx, tokenHash: string) {
  await db.delete(sessions).where(eq(sessions.id, tokenHash));
}

/** Counts a commune's users (the first run creates the first administrator when there are none). */
export async function countUsers(db: DbOrTx, communeId: number): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users).where(eq(users.communeId, communeId));
  return row?.n ?? 0;
}
