/**
 * `pnpm bench`: the product's hot reads through Hono + tRPC + PostgreSQL against raw node:http serving the same bytes
 * as the first, all in one run with autocannon (100 connections, interleaved rounds, medians), on a province-sized
 * database (100 communes with every dated work item):
 *  - signed-in `commune.villages` (session, permission, commune scope, the commune's villages);
 *  - the console's dashboard: `workItem.reminders` + `progress.tree` of this year, as the justice officer;
 *  - the progress page: `plan.get` + `progress.tree` of this year;
 *  - the kiosk's `progress.public`, each request for one of the 100 communes from a different client address
 *    (the kiosk server's `x-hgcs-client`, so the per-client rate limit is that of real kiosks' visitors).
 * Prints throughput, p99 and the ratio to raw; performance.md sets the goal (≥ 0.25 × raw, p99 ≤ 25 ms).
 * BENCH_SECONDS (default 8) and BENCH_ROUNDS (default 3) size the run (≈ 2.5 min by default). Also times the
 * API's start to serving.
 *
 * What the profile said (`pnpm --filter @hgcs/bench run profile`, 2026-11-28, before this change): under load the
 * product spent a third of its CPU in `writev` — half of it writing the HTTP answer, a third sending the villages
 * query to PostgreSQL (plus pg's parse, pool and row building) — then tRPC's context merging (`_objectSpread2`,
 * 2–5 %), undici's Request/Headers construction for the fetch adapter, SHA-256 of the token (≈ 1 %), Hono's router
 * and middleware chain. The session cache already made the session free; the villages read was the only database
 * round trip left. So: the commune's reference data is now cached in process (LISTEN/NOTIFY invalidation), the
 * request id and log share one middleware, and the session cache hit path is one Map lookup.
 * Then (same day) the profile of what was left: tRPC's fetch adapter and Hono's middlewares — undici Request,
 * Headers and AbortSignal.any per call, the Response copied into node's, secure headers set one by one on a Headers
 * object. A same-site GET of one query now skips them (apps/api/src/trpc-query.ts: the procedure called directly,
 * tRPC's wire format, headers precomputed): 1,071 → 3,126 req/s in the profiler on the same loaded machine. What
 * the profile shows after it: the answer's socket write (`writeUtf8String`, ≈ 27 % — raw node:http pays it too),
 * tRPC's own middleware chain (`_objectSpread2` context merges, ≈ 7 %), then a long flat tail. The kiosk's
 * per-client rate-limit upsert (a commit per call) became a local allowance sent in batches (rate-allowance.ts).
 */
import { fork, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { benchDatabase, benchInternalKey, benchSecretKey, provinceSized, signIn } from './setup.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const here = (f: string) => fileURLToPath(new URL(f, import.meta.url));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const bench = await benchDatabase();
const seedStart = performance.now();
const communes = await provinceSized(bench);
const seedMs = performance.now() - seedStart;

function start(script: string, args: string[]) {
  const child = fork(here(script), args, { stdio: 'inherit' });
  return new Promise<typeof child>((resolve) => child.once('message', () => resolve(child)));
}
const product = await start('./server-product.ts', [bench.url, '4101']);
const base = 'http://127.0.0.1:4101';
const reader = { authorization: `Bearer ${await signIn(base, 'bench')}` };
const officer = { authorization: `Bearer ${await signIn(base, 'bench.tp')}` };
const year = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();
const input = (value: unknown) => `?input=${encodeURIComponent(JSON.stringify(value))}`;

const sample = await fetch(`${base}/trpc/commune.villages`, { headers: reader });
const bytes = Buffer.from(await sample.arrayBuffer());
if (sample.status !== 200) throw new Error(`product answered ${sample.status}: ${bytes}`);
writeFileSync(join(bench.dir, 'body.json'), bytes);
const raw = await start('./server-raw.ts', [join(bench.dir, 'body.json'), '4102']);

type Request = {
  method: 'GET';
  path: string;
  headers: Record<string, string>;
  setupRequest?: (r: Record<string, unknown>) => Record<string, unknown>;
};
const get = (path: string, headers: Record<string, string>): Request => ({ method: 'GET', path, headers });
let client = 0;
/** A kiosk visitor's address, different for each request (10.0.0.0/8). */
const visitor = () => {
  client = (client + 1) % 16_000_000;
  return `10.${client >> 16}.${(client >> 8) & 255}.${client & 255}`;
};
const targets: { name: string; label: string; url: string; requests: Request[]; calls: number }[] = [
  {
    name: 'raw',
    label: 'A raw node:http, same bytes as B',
    url: 'http://127.0.0.1:4102',
    requests: [get('/', {})],
    calls: 1,
  },
  {
    name: 'villages',
    label: 'B signed-in commune.villages',
    url: base,
    requests: [get('/trpc/commune.villages', reader)],
    calls: 1,
  },
  {
    name: 'dashboard',
    label: 'C dashboard: workItem.reminders + progress.tree',
    url: base,
    requests: [get('/trpc/workItem.reminders', officer), get(`/trpc/progress.tree${input({ year })}`, officer)],
    calls: 2,
  },
  {
    name: 'progress',
    label: 'D progress page: plan.get + progress.tree',
    url: base,
    requests: [get('/trpc/plan.get', reader), get(`/trpc/progress.tree${input({ year })}`, reader)],
    calls: 2,
  },
  {
    name: 'public',
    label: 'E kiosk progress.public, 100 communes',
    url: base,
    calls: 1,
    requests: communes.map((c) => ({
      ...get(`/trpc/progress.public${input({ commune: String(c) })}`, {}),
      setupRequest: (r) => ({ ...r, headers: { 'x-hgcs-client': visitor(), 'x-hgcs-internal-key': benchInternalKey } }),
    })),
  },
];
for (const t of targets) {
  const res = await fetch(`${t.url}${t.requests[0]!.path}`, {
    headers: { ...t.requests[0]!.headers, 'x-hgcs-client': visitor(), 'x-hgcs-internal-key': benchInternalKey },
  });
  if (res.status !== 200) throw new Error(`${t.name} answered ${res.status}: ${await res.text()}`);
}

const load = (t: (typeof targets)[number], duration: number) =>
  autocannon({ url: t.url, connections: 100, duration, requests: t.requests as autocannon.Request[] });
for (const t of targets) await load(t, 2); // warm-up
const results = Object.fromEntries(targets.map((t) => [t.name, { rps: [] as number[], p99: [] as number[] }]));
for (let r = 0; r < rounds; r++) {
  for (const t of targets) {
    const a = await load(t, seconds);
    if (a.non2xx || a.errors) throw new Error(`${t.name}: ${a.non2xx} non-2xx answers, ${a.errors} errors`);
    results[t.name]!.rps.push(a.requests.average);
    results[t.name]!.p99.push(a.latency.p99);
  }
}
product.kill();
raw.kill();

// Start-up: the API host from a stopped state to serving /health (existing database, migrations applied).
const startUp: number[] = [];
for (let i = 0; i < 3; i++) {
  const t0 = performance.now();
  const api = spawn(process.execPath, [fileURLToPath(new URL('../../../apps/api/src/main.ts', import.meta.url))], {
    env: {
      ...process.env,
      DATABASE_URL: bench.url,
      API_PORT: '4103',
      LOG_LEVEL: 'silent',
      HGCS_SECRET_KEY: Buffer.from(benchSecretKey).toString('base64'),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  api.stderr.on('data', (d: Buffer) => void (stderr += d));
  for (;;) {
    if (api.exitCode !== null) throw new Error(`the API stopped while starting (exit ${api.exitCode}): ${stderr}`);
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
await bench.stop();

const rawRps = median(results.raw!.rps);
const lines = targets.map((t) => {
  const rps = median(results[t.name]!.rps);
  const ratio = t.name === 'raw' ? '' : `   ratio ${(rps / rawRps).toFixed(2)}`;
  const pages = t.calls > 1 ? `  (${(rps / t.calls).toFixed(0)} pages/s)` : '';
  return `  ${t.label.padEnd(50)} ${rps.toFixed(0).padStart(7)} req/s   p99 ${String(median(results[t.name]!.p99)).padStart(4)} ms${ratio}${pages}`;
});
console.log(`
Benchmark (${rounds} rounds × ${seconds} s, 100 connections, medians; ${communes.length} communes seeded in ${(seedMs / 1000).toFixed(1)} s; body of A/B ${bytes.length} bytes)
${lines.join('\n')}
  goal for B: ratio ≥ 0.25 and p99 ≤ 25 ms (bare Hono + tRPC + one read: 0.18)
  API start to serving (existing db)   ${median(startUp).toFixed(0)} ms (median of 3)
`);
