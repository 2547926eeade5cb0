/**
 * `pnpm bench`: a signed-in, permission-checked, commune-scoped read procedure (commune.villages) through
 * Hono + tRPC + PostgreSQL, against raw node:http serving the same bytes, measured in the same run with
 * autocannon (100 connections, interleaved rounds, medians). Also times the API's start to serving.
 * Prints throughput, p99 and the ratio; performance.md sets the goal (≥ 0.25 × raw, p99 ≤ 25 ms).
 */
import { fork, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { bootstrap, hashPassword } from '@hgcs/api';
import { connect, insertUser, migrateDatabase, startEmbeddedPostgres } from '@hgcs/db';

const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const dir = mkdtempSync(join(tmpdir(), 'hgcs-bench-'));
chmodSync(dir, 0o755); // PostgreSQL runs as its own user when we are root
const here = (f: string) => fileURLToPath(new URL(f, import.meta.url));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const pgServer = await startEmbeddedPostgres(join(dir, 'pg'), { persistent: false });
const admin = new pg.Client({ connectionString: pgServer.url('postgres') });
await admin.connect();
await admin.query('create database bench');
await admin.end();
const url = pgServer.url('bench');
await migrateDatabase(url);
const { db, close } = connect(url);
await bootstrap(db, { setupPasswordOverride: 'bench-setup-password' });
// A read-only role (no second factor due), so the measured path is session → permission → commune scope → one read.
await insertUser(db, {
  communeId: 24013,
  username: 'bench',
  displayName: 'Bench',
  role: 'dpo',
  agencyCode: null,
  passwordHash: await hashPassword('bench-password-123'),
  mustChangePassword: false,
});

function start(script: string, args: string[]) {
  const child = fork(here(script), args, { stdio: 'inherit' });
  return new Promise<typeof child>((resolve) => child.once('message', () => resolve(child)));
}
const product = await start('./server-product.ts', [url, '4101']);
const signIn = await fetch('http://127.0.0.1:4101/trpc/auth.signIn', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ username: 'bench', password: 'bench-password-123' }),
});
const token = ((await signIn.json()) as { result: { data: { token: string } } }).result.data.token;
const headers = { authorization: `Bearer ${token}` };
const productUrl = 'http://127.0.0.1:4101/trpc/commune.villages';
const sample = await fetch(productUrl, { headers });
const bytes = Buffer.from(await sample.arrayBuffer());
if (sample.status !== 200) throw new Error(`product answered ${sample.status}: ${bytes}`);
writeFileSync(join(dir, 'body.json'), bytes);
const raw = await start('./server-raw.ts', [join(dir, 'body.json'), '4102']);

const load = (target: string, h: Record<string, string> = {}) =>
  autocannon({ url: target, connections: 100, duration: seconds, headers: h });
await load(productUrl, headers); // warm-up
await load('http://127.0.0.1:4102/', {});
const results = {
  raw: { rps: [] as number[], p99: [] as number[] },
  product: { rps: [] as number[], p99: [] as number[] },
};
for (let r = 0; r < rounds; r++) {
  const a = await load('http://127.0.0.1:4102/');
  results.raw.rps.push(a.requests.average);
  results.raw.p99.push(a.latency.p99);
  const b = await load(productUrl, headers);
  if (b.non2xx) throw new Error(`${b.non2xx} non-2xx answers from the product`);
  results.product.rps.push(b.requests.average);
  results.product.p99.push(b.latency.p99);
}
product.kill();
raw.kill();

// Start-up: the API host from a stopped state to serving /health (existing database, migrations applied).
const startUp: number[] = [];
for (let i = 0; i < 3; i++) {
  const t0 = performance.now();
  const api = spawn(process.execPath, [fileURLToPath(new URL('../../../apps/api/src/main.ts', import.meta.url))], {
    env: { ...process.env, DATABASE_URL: url, API_PORT: '4103', LOG_LEVEL: 'silent' },
    stdio: 'ignore',
  });
  for (;;) {
    try {
      if ((await fetch('http://127.0.0.1:4103/health')).ok) break;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  startUp.push(performance.now() - t0);
  api.kill('SIGTERM');
  await new Promise((r) => api.once('exit', r));
}
await close();
await pgServer.stop();
rmSync(dir, { recursive: true, force: true });

const rawRps = median(results.raw.rps);
const productRps = median(results.product.rps);
console.log(`
Benchmark (${rounds} rounds × ${seconds} s, 100 connections, medians; body ${bytes.length} bytes)
  A raw node:http, same bytes          ${rawRps.toFixed(0).padStart(7)} req/s   p99 ${median(results.raw.p99)} ms
  B commune.villages (session, permission, commune scope, PostgreSQL)
                                       ${productRps.toFixed(0).padStart(7)} req/s   p99 ${median(results.product.p99)} ms
  B / A throughput ratio               ${(productRps / rawRps).toFixed(2)}   (goal ≥ 0.25; bare stack with one read: 0.18)
  API start to serving (existing db)   ${median(startUp).toFixed(0)} ms (median of 3)
`);
