/**
 * Notices that a commune's data changed, for the API's in-process caches. Across processes, triggers (migration
 * 0010) NOTIFY `communeDataChannel` at commit on every write to villages, agencies and the plan tree
 * (`reference:<commune>`) and to work items, sign-offs and reopenings (`progress:<commune>`); migration 0033 on every
 * write to the tables the figures owed upward read — teams, memberships, training events, trainers and attendance,
 * cases (`figures:<commune>`) — and to the stored statistical reports (`reports:<commune>`); `*` after a TRUNCATE.
 * Within this process, `withAudit` also calls `onCommittedWrite` listeners right after its commit, so the writer's
 * own next read never waits for the notice to come back.
 */
import type { Db } from './client.ts';

export const communeDataChannel = 'hgcs_commune_data';

/** What a notice says: which commune and which kind of data, or every commune (`all`). */
export type CommuneDataNotice =
  { kind: 'reference' | 'progress' | 'figures' | 'reports'; communeId: number } | { kind: 'all' };

/** Reads a notice's payload; anything unexpected is read as "everything may have changed". */
export function parseCommuneDataNotice(payload: string): CommuneDataNotice {
  const match = /^(reference|progress|figures|reports):(\d+)$/.exec(payload);
  return match
    ? { kind: match[1] as 'reference' | 'progress' | 'figures' | 'reports', communeId: Number(match[2]) }
    : { kind: 'all' };
}

/** A commune whose data a committed write changed, or `all` after a change to the communes table itself. */
export type CommittedWrite = number | 'all';

/** The listener of committed writes: the commune (or `all`) and the object types its audit rows named. */
type CommittedWriteListener = (change: CommittedWrite, objectTypes: ReadonlySet<string>) => void;
const listeners = new WeakMap<Db, Set<CommittedWriteListener>>();

/**
 * Calls `listener` with the commune of every audited write this process commits on `db` (or `all` when it added a
 * commune) and the object types it audited; returns the unsubscribe.
 */
export function onCommittedWrite(db: Db, listener: CommittedWriteListener): () => void {
  let set = listeners.get(db);
  if (!set) listeners.set(db, (set = new Set()));
  set.add(listener);
  return () => set.delete(listener);
}

/** Tells this process's listeners that a write on `db` in `communeId` (or to the communes table: `all`) committed. */
export function committedWrite(db: Db, change: CommittedWrite, objectTypes: ReadonlySet<string> = new Set()): void {
  for (const listener of listeners.get(db) ?? []) listener(change, objectTypes);
}
