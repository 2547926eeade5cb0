/**
 * The request context every procedure receives: the database, the request id, the clock, the client address,
 * the key that seals TOTP secrets, and the signed-in user (from the bearer token), if any. A session ends after
 * its role's idle limit or 10 hours (domain org/session-limits.ts); its "last seen" is written at most once a
 * minute, so the hot path stays one read (or none, from the cache).
 */
import { deleteSession, findSession, touchSession, type Db } from '@hgcs/db';
import {
  lastSeenWriteSeconds,
  rolesRequiringTotp,
  sessionAlive,
  type AnyScope,
  type CommuneLevelScope,
  type Role,
} from '@hgcs/domain';
import { sessionCacheFor, type SessionRecord } from './auth/session-cache.ts';
import { hashToken } from './auth/token.ts';

export type SessionUser = {
  tokenHash: string;
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  agencyCode: string | null;
  /** The user's commune; null for a province user (Sở Tư pháp), who acts on no commune. */
  communeId: number | null;
  /** The name of the user's commune (the console's header shows it, or the province's). */
  communeName: string | null;
  /** A province user's province (code and name); null for a commune user. */
  provinceCode: string | null;
  provinceName: string | null;
  /** The village a village head serves and the team a team leader leads (their scopes). */
  villageId: string | null;
  teamId: string | null;
  /** The account must change its setup password or enrol TOTP before anything else. */
  needsSetup: boolean;
  /** The setup password is still in use. */
  mustChangePassword: boolean;
  totpEnabled: boolean;
  /** The account has TOTP and this session has not given its code yet. */
  secondFactorPending: boolean;
};

export type Context = {
  db: Db;
  requestId: string;
  now: Date;
  ip: string;
  secretKey: Uint8Array;
  user: SessionUser | null;
  /** A kiosk's device token (its `X-Kiosk-Device` header), checked only by the procedures of registered kiosks. */
  deviceToken: string | null;
};

/** The context of an authorized procedure: its user and the scope `can()` resolved (a commune's, by default). */
export type ScopedContext<S extends AnyScope = CommuneLevelScope> = Context & { user: SessionUser; scope: S };

/** The audit actor of a scoped procedure: the user, in the scope's commune's chain. */
export function actorIn(ctx: ScopedContext): { communeId: number; userId: string; requestId: string } {
  return { communeId: ctx.scope.communeId, userId: ctx.user.userId, requestId: ctx.requestId };
}

type ContextInput = {
  db: Db;
  requestId: string;
  ip: string;
  authorization: string | undefined;
  deviceToken?: string | undefined;
  secretKey: Uint8Array;
  now?: Date;
};

/** Builds the context for one request from its Authorization header. */
export async function createContext({
  db,
  requestId,
  ip,
  authorization,
  deviceToken,
  secretKey,
  now = new Date(),
}: ContextInput): Promise<Context> {
  const token = authorization?.startsWith('Bearer ') ? authorization.slice(7).trim() : null;
  const user = token ? await resolveSession(db, token, now) : null;
  return { db, requestId, now, ip, secretKey, user, deviceToken: deviceToken?.trim() || null };
}

/** The live session of a token: from the cache when this process is sure it is current, else from the database. */
async function resolveSession(db: Db, token: string, now: Date): Promise<SessionUser | null> {
  const cache = sessionCacheFor(db);
  let record = cache.get(token, now);
  if (record && !alive(record, now)) {
    cache.forgetUser(record.user.userId); // another process may have seen it since: ask the database
    record = undefined;
  }
  if (!record) {
    const epoch = cache.epoch();
    const tokenHash = hashToken(token);
    const s = await findSession(db, tokenHash, now);
    if (!s || !s.active) return null;
    record = {
      expiresAt: s.expiresAt,
      lastSeenAt: s.lastSeenAt,
      user: {
        tokenHash,
        communeId: s.communeId,
        communeName: s.communeName,
        userId: s.userId,
        username: s.username,
        displayName: s.displayName,
        role: s.role,
        agencyCode: s.agencyCode,
        provinceCode: s.provinceCode,
        provinceName: s.provinceName,
        villageId: s.villageId,
        teamId: s.teamId,
        needsSetup: s.mustChangePassword || (rolesRequiringTotp.includes(s.role) && !s.totpEnabled),
        mustChangePassword: s.mustChangePassword,
        totpEnabled: s.totpEnabled,
        secondFactorPending: s.totpEnabled && !s.secondFactorDone,
      },
    };
    if (!alive(record, now)) {
      await deleteSession(db, tokenHash);
      return null;
    }
    cache.remember(token, record, now, epoch);
  }
  if (now.getTime() - record.lastSeenAt.getTime() >= lastSeenWriteSeconds * 1000) {
    await touchSession(db, record.user.tokenHash, now);
    record.lastSeenAt = now;
  }
  return record.user;
}

function alive(record: SessionRecord, now: Date): boolean {
  return sessionAlive({ role: record.user.role, lastSeenAt: record.lastSeenAt, expiresAt: record.expiresAt }, now);
}
