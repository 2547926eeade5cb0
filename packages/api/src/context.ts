/**
 * The request context every procedure receives: the database, the request id, the clock, the client address
 * and the signed-in user (from the bearer token), if any.
 */
import { findSession, type Db } from '@hgcs/db';
import { rolesRequiringTotp, type Role } from '@hgcs/domain';
import { cachedSession, rememberSession } from './auth/session-cache.ts';
import { hashToken } from './auth/token.ts';

export type SessionUser = {
  tokenHash: string; communeId: number; userId: string; username: string; displayName: string; role: Role; agencyCode: string | null;
  /** The name of the user's commune (the console's header shows it). */
  communeName: string;
  /** The account must change its setup password or enrol TOTP before anything else. */
  needsSetup: boolean;
  /** The setup password is still in use. */
  mustChangePassword: boolean;
  totpEnabled: boolean;
  /** The account has TOTP and this session has not given its code yet. */
  secondFactorPending: boolean;
};

export type Context = { db: Db; requestId: string; now: Date; ip: string; user: SessionUser | null };

/** Builds the context for one request from its Authorization header. */
export async function createContext({ db, requestId, ip, authorization, now = new Date() }: { db: Db; requestId: string; ip: string; authorization: string | undefined; now?: Date }): Promise<Context> {
  const token = authorization?.startsWith('Bearer ') ? authorization.slice(7).trim() : null;
  if (!token) return { db, requestId, now, ip, user: null };
  const tokenHash = hashToken(token);
  const cached = cachedSession(tokenHash, now);
  if (cached) return { db, requestId, now, ip, user: cached };
  const s = await findSession(db, tokenHash, now);
  if (!s || !s.active) return { db, requestId, now, ip, user: null };
  const user: SessionUser = {
    tokenHash, communeId: s.communeId, communeName: s.communeName, userId: s.userId, username: s.username, displayName: s.displayName, role: s.role, agencyCode: s.agencyCode,
    needsSetup: s.mustChangePassword || (rolesRequiringTotp.includes(s.role) && !s.totpEnabled),
    mustChangePassword: s.mustChangePassword, totpEnabled: s.totpEnabled,
    secondFactorPending: s.totpEnabled && !s.secondFactorDone,
  };
  rememberSession(user, s.expiresAt, now);
  return { db, requestId, now, ip, user };
}
