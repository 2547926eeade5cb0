/**
 * A short-lived in-process cache of resolved sessions, so a signed-in read costs one database round trip instead
 * of two (performance.md). One cache per database handle (≈ per process). It is used only while this process
 * LISTENs on the sessions channel: every change to a user's sessions (sign-out, password change, disabling,
 * second-factor reset, ending sessions) sends a NOTIFY in its own transaction, and each process forgets that
 * user's entries when it hears it. If the listening connection drops, the cache is emptied and bypassed until it
 * is back, so a revocation can never be outlived. A read that started before a notice is not cached after it
 * (the `epoch` check). Entries live at most `ttlMs` (15 s) and never past the session's expiry.
 * The hit path is one Map lookup keyed by the bearer token itself (held in this process's memory only, as each
 * request's header is; the database keeps only its SHA-256), so a cached request hashes nothing.
 */
import { listen, sessionsChannel, type Db, type Listener } from '@hgcs/db';
import type { SessionUser } from '../context.ts';

const ttlMs = 15_000;
const maxEntries = 10_000;

/** A resolved session: its user, and the times that decide whether it is still alive. */
export type SessionRecord = { user: SessionUser; expiresAt: Date; lastSeenAt: Date };

export type SessionCache = {
  /** A stamp to take before reading a session from the database; `remember` ignores reads older than a notice. */
  epoch: () => number;
  get: (token: string, now: Date) => SessionRecord | undefined;
  remember: (token: string, record: SessionRecord, now: Date, epoch: number) => void;
  forgetUser: (userId: string) => void;
  close: () => Promise<void>;
};

const caches = new WeakMap<Db, SessionCache>();

/** The session cache of a database handle, listening for revocations from every process. */
export function sessionCacheFor(db: Db): SessionCache {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = createSessionCache(db)));
  return cache;
}

/** Stops listening and forgets everything (host shutdown, test teardown). */
export async function closeSessionCache(db: Db): Promise<void> {
  await caches.get(db)?.close();
  caches.delete(db);
}

function createSessionCache(db: Db): SessionCache {
  const entries = new Map<string, { record: SessionRecord; until: number }>();
  let listening = false;
  let epoch = 0;
  const forgetUser = (userId: string) => {
    epoch++;
    for (const [key, value] of entries) if (value.record.user.userId === userId) entries.delete(key);
  };
  const listener: Listener = listen(db, sessionsChannel, {
    onMessage: forgetUser,
    onState: (on) => {
      epoch++;
      listening = on;
      entries.clear();
    },
  });
  return {
    epoch: () => epoch,
    get: (token, now) => {
      if (!listening) return undefined;
      const hit = entries.get(token);
      if (!hit) return undefined;
      if (hit.until <= now.getTime()) {
        entries.delete(token);
        return undefined;
      }
      return hit.record;
    },
    remember: (token, record, now, startedAt) => {
      if (!listening || startedAt !== epoch) return;
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
      entries.set(token, { record, until: Math.min(now.getTime() + ttlMs, record.expiresAt.getTime()) });
    },
    forgetUser,
    close: async () => {
      await listener.close();
      entries.clear();
    },
  };
}
