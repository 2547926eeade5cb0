/**
 * An in-process cache of values derived from one commune's data (its villages, agencies and plan tree; the kiosk's
 * public figures), one per database handle. It is trusted only while this process LISTENs on PostgreSQL's
 * `hgcs_commune_data` channel, where triggers announce every write to those tables at commit (migration 0010):
 * a `reference:<commune>` notice forgets everything of that commune, a `progress:<commune>` notice its progress
 * figures, `*` everything. A load that started before a notice is not kept after it (the epoch check), concurrent
 * misses of one key share one load, and a dropped listener empties and bypasses the cache — the same rules as the
 * session cache (docs/decisions.md 5). Values are frozen: callers share them and must not change them.
 * A province's values (the list of its communes, which a province user's scope is made of) are kept beside the
 * communes' and forgotten by `*`, which a trigger sends on every change to the communes table (migration 0021).
 * The figures owed upward (commune-figures.ts) are `figures` values of a commune, forgotten by its `figures:<commune>`
 * notices (migration 0033: teams, memberships, training events, trainers and attendance, cases) and its reference
 * notices; a province's roll-up of statistical reports is a `reports` value of the province that names the communes
 * it was built from, forgotten by a `reports:<commune>` notice (a stored report written) of any of them. The writing
 * process's own audited commit forgets all of its commune's values, and when it audited a statistical report, the
 * province values built from that commune too.
 */
import { communeDataChannel, listen, onCommittedWrite, parseCommuneDataNotice, type Db } from '@hgcs/db';

/**
 * Which notices forget a value: every kind is forgotten by its commune's reference notices (and by `*`); a `progress`
 * value also by progress notices, a `figures` value by figures notices, a `reports` value by reports notices.
 */
export type CacheKind = 'reference' | 'progress' | 'figures' | 'reports';

export type CommuneDataCache = {
  /** The value of `key` in `communeId`, loaded by `load` on a miss (and kept unless a notice came meanwhile). */
  get: <T>(communeId: number, key: string, kind: CacheKind, load: () => Promise<T>) => Promise<T>;
  /**
   * The value of `key` of a province (forgotten by `*`: a change to the communes table, a TRUNCATE). Given `communes`,
   * a `reports` value built from them, forgotten too by a reports notice or an audited commit of any of them.
   */
  getOfProvince: <T>(
    provinceCode: string,
    key: string,
    load: () => Promise<T>,
    communes?: readonly number[],
  ) => Promise<T>;
  /** Counters for tests and the bench: hits, misses (loads), notices heard. */
  stats: () => { hits: number; misses: number; notices: number; listening: boolean };
  close: () => Promise<void>;
};

type Entry = { kind: CacheKind; value: Promise<unknown>; until: number; communes?: ReadonlySet<number> };

const maxCommunes = 1_000;
const maxKeysPerCommune = 64;
/** A bound on staleness should a notice ever be lost without the connection dropping (it should not happen). */
const ttlMs = 10 * 60_000;

const caches = new WeakMap<Db, CommuneDataCache>();

/** The commune data cache of a database handle, listening for changes from every process. */
export function communeDataCacheFor(db: Db): CommuneDataCache {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = createCommuneDataCache(db)));
  return cache;
}

/** Stops listening and forgets everything (host shutdown, test teardown). */
export async function closeCommuneDataCache(db: Db): Promise<void> {
  await caches.get(db)?.close();
  caches.delete(db);
}

/** A commune's id, or `p:<code>` for a province's values (no commune notice names it). */
type Owner = number | `p:${string}`;

function createCommuneDataCache(db: Db, now = () => performance.now()): CommuneDataCache {
  const communes = new Map<Owner, Map<string, Entry>>();
  let listening = false;
  // Epochs: bumped by every notice (of a commune, or of all), so a load overtaken by one is not kept.
  let epoch = 0;
  const communeEpochs = new Map<Owner, number>();
  const epochOf = (communeId: Owner) => `${epoch}:${communeEpochs.get(communeId) ?? 0}`;
  const stats = { hits: 0, misses: 0, notices: 0 };
  const bump = (owner: Owner) => communeEpochs.set(owner, (communeEpochs.get(owner) ?? 0) + 1);
  /** Forgets the province values built from `communeId` (their roll-ups of its stored report). */
  const forgetProvinceValuesOf = (communeId: number) => {
    for (const [owner, entries] of communes) {
      if (typeof owner === 'number') continue;
      let hit = false;
      for (const [key, entry] of entries)
        if (entry.communes?.has(communeId)) {
          entries.delete(key);
          hit = true;
        }
      if (hit) bump(owner);
    }
  };
  const forget = (communeId: number, kind: CacheKind) => {
    bump(communeId);
    if (kind === 'reports') forgetProvinceValuesOf(communeId);
    if (kind === 'reference') return void communes.delete(communeId);
    const entries = communes.get(communeId);
    for (const [key, entry] of entries ?? []) if (entry.kind === kind) entries!.delete(key);
  };
  const listener = listen(db, communeDataChannel, {
    onMessage: (payload) => {
      stats.notices++;
      const notice = parseCommuneDataNotice(payload);
      if (notice.kind === 'all') {
        epoch++;
        communes.clear();
      } else forget(notice.communeId, notice.kind);
    },
    onState: (on) => {
      epoch++;
      listening = on;
      communes.clear();
    },
  });
  // This process's own audited writes forget their commune at once (the notice confirms it a moment later).
  // A commune it added changes its province's list: everything is forgotten, as the communes trigger's `*` will say.
  // A stored statistical report it wrote forgets the roll-ups of the provinces holding its commune.
  const unsubscribe = onCommittedWrite(db, (change, objectTypes) => {
    if (change !== 'all') {
      if (objectTypes.has('statistical_report')) forget(change, 'reports');
      return forget(change, 'reference');
    }
    epoch++;
    communes.clear();
  });

  const get = <T>(
    communeId: Owner,
    key: string,
    kind: CacheKind,
    load: () => Promise<T>,
    built?: readonly number[],
  ): Promise<T> => {
    if (!listening) return load();
    const t = now();
    let entries = communes.get(communeId);
    const hit = entries?.get(key);
    if (hit && hit.until > t) {
      stats.hits++;
      return hit.value as Promise<T>;
    }
    stats.misses++;
    const startedAt = epochOf(communeId);
    const value = load().then(deepFreeze);
    if (!entries) {
      if (communes.size >= maxCommunes) communes.delete(communes.keys().next().value!);
      communes.set(communeId, (entries = new Map()));
    }
    if (entries.size >= maxKeysPerCommune) entries.delete(entries.keys().next().value!);
    const entry: Entry = { kind, value, until: t + ttlMs, ...(built && { communes: new Set(built) }) };
    entries.set(key, entry);
    // A failed load, or one overtaken by a notice, is not kept (a notice already removed it unless reloaded since).
    value.then(
      () => {
        if (startedAt !== epochOf(communeId) && communes.get(communeId)?.get(key) === entry)
          communes.get(communeId)!.delete(key);
      },
      () => {
        if (communes.get(communeId)?.get(key) === entry) communes.get(communeId)!.delete(key);
      },
    );
    return value;
  };

  return {
    get,
    getOfProvince: (provinceCode, key, load, built) =>
      get(`p:${provinceCode}`, key, built ? 'reports' : 'reference', load, built),
    stats: () => ({ ...stats, listening }),
    close: async () => {
      unsubscribe();
      await listener.close();
      communes.clear();
    },
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value) && !(value instanceof Date)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
