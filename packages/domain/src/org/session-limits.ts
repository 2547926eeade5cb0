/**
 * How long a console session lives (security.md ANM-02; TCVN 14423 §4.5.2.2 a; ASVS 7.3.1–7.3.2): it ends after
 * 15 minutes without use for staff, 5 minutes for the system administrator, and 10 hours after sign-in whatever
 * happens (one working day). "Last seen" is written at most once a minute, so a session may live up to a minute
 * past its idle limit as seen from another process — never more.
 */
import type { Role } from './roles.ts';

/** The absolute limit of a session: 10 hours. */
export const sessionAbsoluteSeconds = 10 * 3600;

/** How often a session's "last seen" time is written (seconds). */
export const lastSeenWriteSeconds = 60;

/** The idle limit of a role's sessions in seconds: 5 minutes for administrators (commune, province), 15 minutes for everyone else. */
export function sessionIdleSeconds(role: Role): number {
  return role === 'admin' || role === 'province_admin' ? 5 * 60 : 15 * 60;
}

/** True when a session last seen at `lastSeenAt` and expiring at `expiresAt` is still alive at `now`. */
export function sessionAlive(
  { role, lastSeenAt, expiresAt }: { role: Role; lastSeenAt: Date; expiresAt: Date },
  now: Date,
): boolean {
  return expiresAt.getTime() > now.getTime() && now.getTime() - lastSeenAt.getTime() < sessionIdleSeconds(role) * 1000;
}
