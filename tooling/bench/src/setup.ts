/**
 * The bench's database: an embedded PostgreSQL in a temporary directory, migrated and bootstrapped (Pờ Tó), with a
 * read-only signed-in user `bench` (no second factor due), so a measured read is session → permission → scope → read.
 * `provinceSized` adds 99 more communes with Pờ Tó's plan and every dated work item (100 in all, ≈ 20 k items), in one
 * transaction, and marks some items done or in progress so the roll-ups have something to add up.
 */
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { bootstrap, currentTotp, hashPassword, sealSecret } from '@hgcs/api';
import { connect, insertUser, migrateDatabase, seedCommuneIn, startEmbeddedPostgres, type NewUser } from '@hgcs/db';
import { poToAgencies, poToPlan, poToVillages } from '@hgcs/domain';

/** The keys the bench's product server runs with (fixed, so the bench can enrol and answer a second factor). */
export const benchSecretKey = new Uint8Array(32).fill(7);
export const benchInternalKey = 'bench-internal-key-0123456789abcdef';
const totpSecret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const password = 'bench-password-123';

export type BenchDatabase = {
  dir: string;
  url: string;
  db: ReturnType<typeof connect>['db'];
  stop: () => Promise<void>;
};

export async function benchDatabase(): Promise<BenchDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'hgcs-bench-'));
  chmodSync(dir, 0o755); // PostgreSQL runs as its own user when we are root
  const pgServer = await startEmbeddedPostgres(join(dir, 'pg'), { persistent: false });
  const admin = new pg.Client({ connectionString: pgServer.url('postgres') });
  await admin.connect();
  await admin.query('create database bench');
  await admin.end();
  const url = pgServer.url('bench');
  await migrateDatabase(url);
  const { db, close } = connect(url);
  await bootstrap(db, { setupPasswordOverride: 'bench-setup-password' });
  await insertUser(db, {
    communeId: 24013,
    username: 'bench',
    displayName: 'Bench',
    role: 'dpo',
    agencyCode: null,
    passwordHash: await hashPassword(password),
    mustChangePassword: false,
  });
  // The justice officer of the Justice office (TP), with an authenticator: the console's dashboard is theirs.
  await addBenchUser(db, { username: 'bench.tp', role: 'justice_officer', communeId: 24013, agencyCode: 'TP' });
  return {
    dir,
    url,
    db,
    stop: async () => {
      await close();
      await pgServer.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A signed-in-able user with the bench's password and authenticator: a commune's (with `communeId`) or a
 * province's (with `provinceCode`).
 */
export async function addBenchUser(
  db: BenchDatabase['db'],
  user: { username: string; role: NewUser['role']; communeId?: number; provinceCode?: string; agencyCode?: string },
): Promise<void> {
  const id = randomUUID();
  await insertUser(db, {
    id,
    communeId: user.communeId ?? null,
    provinceCode: user.provinceCode ?? null,
    username: user.username,
    displayName: user.username,
    role: user.role,
    agencyCode: user.agencyCode ?? null,
    passwordHash: await hashPassword(password),
    mustChangePassword: false,
    totpSecret: sealSecret(benchSecretKey, totpSecret, id),
    totpEnabled: true,
  });
}

/** The province: 99 more communes (codes 24100–24198) like Pờ Tó, their work items, and some progress. Returns the codes. */
export async function provinceSized({ db, url }: BenchDatabase): Promise<number[]> {
  const codes = Array.from({ length: 99 }, (_, i) => 24100 + i);
  await db.transaction(async (tx) => {
    for (const code of codes) {
      await seedCommuneIn(tx, async () => undefined, {
        commune: { code: String(code), name: `Xã ${code}`, provinceCode: '52', provinceName: 'Tỉnh Gia Lai' },
        villages: poToVillages,
        agencies: poToAgencies,
        plan: { ...poToPlan, communeCode: String(code) },
      });
    }
  });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(
    `update work_items set status = 'done', progress = 100 where year <= 2026 and abs(hashtext(id::text)) % 3 = 0`,
  );
  await client.query(
    `update work_items set status = 'in_progress', progress = 40 where year <= 2027 and abs(hashtext(id::text)) % 3 = 1`,
  );
  await client.query('analyze');
  await client.end();
  return [24013, ...codes];
}

/** Signs `username` in through the product at `base` (and gives the second factor when asked); returns the token. */
export async function signIn(base: string, username: string): Promise<string> {
  const call = async (path: string, body: unknown, token?: string) => {
    const res = await fetch(`${base}/trpc/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as { result?: { data: { token: string; next?: string } } };
    if (!json.result) throw new Error(`${path} of ${username} failed: ${JSON.stringify(json)}`);
    return json.result.data;
  };
  const { token, next } = await call('auth.signIn', { username, password });
  if (next === 'totp') await call('auth.verifyTotp', { code: currentTotp(username, totpSecret, new Date()) }, token);
  return token;
}
