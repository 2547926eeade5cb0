/**
 * `pnpm bench` (third part) — the figures owed upward (issue 13, Speed), on the generated national database
 * (national-registry.ts and national-cases.ts) with the 2025 official annual statistical report approved for 9 of
 * every 10 communes (the figures of one commune, built by the product's own read path, stored for each):
 *  (a) the national roll-up of the period (every approved report read, `rollUpStatisticalReports`) ÷ a full scan of
 *      the rows it reads (pg direct) — goal ≤ 3 ×;
 *  (b) a province's roll-up (`statistics.province` over HTTP, the province officer) ÷ a scan of its rows — ≤ 1 ×;
 *  (c) a commune's report prepared: the `statistics.prepare` read path (`buildCommuneReport`: the period's records in
 *      one round, built by the domain; the write of the snapshot is not measured) — p99 ≤ 5 ms;
 *  (d) the Decision 315 dashboard (`kpi.dashboard` over HTTP) with 50 concurrent users (autocannon) — p99 ≤ 100 ms.
 * Baselines are measured in the same run; each measure starts after a full garbage collection (`--expose-gc`), so
 * none pays for the garbage of the one before (the national roll-up's reports). BENCH_PROVINCES (default 34) sizes the country, BENCH_CASES_PER_TEAM
 * (default 12) the case load, BENCH_SAMPLES (default 300) each latency measurement, BENCH_SECONDS (default 10) the
 * load of (d).
 */
import { fork } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { buildCommuneReport } from '@hgcs/api';
import { provinceStatisticalReports } from '@hgcs/db';
import { rollUpStatisticalReports, systemScope, type StatisticalReport } from '@hgcs/domain';
import { addBenchUser, benchDatabase, signIn } from './setup.ts';
import { benchProvince, firstNationalCommune, nationalShape, seedNationalRegistry } from './national-registry.ts';
import { seedNationalCases } from './national-cases.ts';

const samples = Number(process.env.BENCH_SAMPLES ?? 300);
const casesPerTeam = Number(process.env.BENCH_CASES_PER_TEAM ?? 12);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const here = (f: string) => fileURLToPath(new URL(f, import.meta.url));
const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))]!;
const ms = (x: number) => x.toFixed(2).padStart(8);
const period = { year: 2025, kind: 'annual_official' as const };

const bench = await benchDatabase();
let t0 = performance.now();
const counts = await seedNationalRegistry(bench.url);
const { cases } = await seedNationalCases(bench.url, casesPerTeam);
console.log(
  `national database: ${counts.communes} communes, ${counts.teams} teams, ${counts.mediators} mediators, ` +
    `${cases} cases, generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);
const provinceIndex = Number(benchProvince.slice(1));
const communeOfBench = firstNationalCommune + provinceIndex * nationalShape.communesPerProvince + 5;
const communeScope = systemScope(communeOfBench);

// The period's approved reports: one commune's figures built by the product's read path, stored for 9 in 10 communes.
t0 = performance.now();
const figures = await buildCommuneReport(bench.db, communeScope, period);
const client = new pg.Client({ connectionString: bench.url });
await client.connect();
const bootstrapUser = (await client.query<{ id: string }>('select id from users limit 1')).rows[0]!.id;
await client.query(
  `insert into statistical_reports (commune_id, year, period_kind, status, figures, prepared_by, prepared_at,
                                    approved_by, approved_at)
   select id, $1, $2, 'approved', $3::jsonb, $4, now(), $4, now() from communes
    where id >= $5 and id % 10 <> 3`,
  [period.year, period.kind, JSON.stringify(figures), bootstrapUser, firstNationalCommune],
);
await client.query('vacuum analyze statistical_reports');
const approvedCount = (
  await client.query<{ n: number }>(`select count(*)::int as n from statistical_reports where status = 'approved'`)
).rows[0]!.n;
console.log(`approved reports: ${approvedCount}, stored in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const allCommunes = (
  await client.query<{ id: number }>('select id from communes where id >= $1 order by id', [firstNationalCommune])
).rows.map((r) => r.id);
const provinceCommunes = (
  await client.query<{ id: number }>('select id from communes where province_code = $1 order by id', [benchProvince])
).rows.map((r) => r.id);

/** The garbage of the measures before is collected first (node --expose-gc), so no measure pays for another's. */
const collect = () => (globalThis as { gc?: () => void }).gc?.();

/** Latencies (ms) of `n` runs of `f`, one after another, after 10 unmeasured ones; printed as soon as measured. */
async function timed(name: string, n: number, f: (i: number) => Promise<unknown>) {
  collect();
  for (let i = 0; i < 10; i++) await f(i);
  const xs: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await f(i);
    xs.push(performance.now() - start);
  }
  const row = { name, p50: quantile(xs, 0.5), p99: quantile(xs, 0.99) };
  console.log(`${name}: p50 ${row.p50.toFixed(2)} ms, p99 ${row.p99.toFixed(2)} ms`);
  return row;
}
const scanOf = (ids: number[]) => () =>
  client.query(`select * from statistical_reports where commune_id = any($1) and year = $2 and period_kind = $3`, [
    ids,
    period.year,
    period.kind,
  ]);
const fewer = Math.max(20, Math.round(samples / 10));

// (a) The national roll-up, in process: the approved reports of every commune, summed by the domain.
const nationalScope = { kind: 'province' as const, provinceCode: '*', communeIds: allCommunes };
const nationalScan = await timed(
  'full scan of every commune’s report rows (baseline, pg direct)',
  fewer,
  scanOf(allCommunes),
);
const national = await timed('national roll-up of the period (read + rollUpStatisticalReports)', fewer, async () => {
  const rows = await provinceStatisticalReports(bench.db, nationalScope, period);
  return rollUpStatisticalReports(
    rows.filter((r) => r.status === 'approved').map((r) => r.figures as StatisticalReport),
  );
});

// (b) A province's roll-up over HTTP, as the province officer.
await addBenchUser(bench.db, { username: 'fig.so', role: 'province_officer', provinceCode: benchProvince });
await addBenchUser(bench.db, { username: 'fig.ct', role: 'chairman', communeId: communeOfBench });
const product = fork(here('./server-product.ts'), [bench.url, '4121'], { stdio: 'inherit' });
await new Promise((resolve) => product.once('message', resolve));
const base = 'http://127.0.0.1:4121';
const province = { authorization: `Bearer ${await signIn(base, 'fig.so')}` };
const chairman = { authorization: `Bearer ${await signIn(base, 'fig.ct')}` };
const input = (value: unknown) => `?input=${encodeURIComponent(JSON.stringify(value))}`;
async function get(path: string, headers: Record<string, string>) {
  const res = await fetch(`${base}/trpc/${path}`, { headers });
  const body = await res.text();
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}: ${body.slice(0, 300)}`);
  return body;
}
const provinceScan = await timed(
  'full scan of the province’s report rows (baseline, pg direct)',
  samples,
  scanOf(provinceCommunes),
);
const provinceRollup = await timed('statistics.province over HTTP (the province’s roll-up)', samples, () =>
  get(`statistics.province${input(period)}`, province),
);

// (c) A commune's report prepared: the read that builds it.
const prepare = await timed("a commune's report built (statistics.prepare's read path)", samples, () =>
  buildCommuneReport(bench.db, communeScope, period),
);

// (d) The dashboard under 50 concurrent users; its single-call latency too.
const dashboardPath = `/trpc/kpi.dashboard${input({ year: 2025 })}`;
await get(dashboardPath.slice(6), chairman);
const dashboardOne = await timed('kpi.dashboard, one call at a time', samples, () =>
  get(dashboardPath.slice(6), chairman),
);
collect();
const load = await autocannon({
  url: `${base}${dashboardPath}`,
  connections: 50,
  duration: seconds,
  headers: chairman,
});

console.log(`\n${'measure'.padEnd(70)}   p50 ms   p99 ms  p50 × baseline`);
for (const [row, baseline] of [
  [nationalScan, nationalScan],
  [national, nationalScan],
  [provinceScan, provinceScan],
  [provinceRollup, provinceScan],
  [prepare, prepare],
  [dashboardOne, dashboardOne],
] as const)
  console.log(`${row.name.padEnd(70)} ${ms(row.p50)} ${ms(row.p99)}  ${(row.p50 / baseline.p50).toFixed(2)}`);
console.log(
  `kpi.dashboard, 50 connections for ${seconds} s: ${Math.round(load.requests.average)} req/s, ` +
    `p50 ${load.latency.p50} ms, p99 ${load.latency.p99} ms, ${load.non2xx} non-2xx, ${load.errors} errors`,
);
console.log(
  `machine load (1, 5, 15 min): ${loadavg()
    .map((x) => x.toFixed(2))
    .join(', ')}`,
);
console.log(
  `\ngoals: national roll-up ${(national.p50 / nationalScan.p50).toFixed(2)} × its scan (≤ 3), ` +
    `province roll-up ${(provinceRollup.p50 / provinceScan.p50).toFixed(2)} × its scan (≤ 1), ` +
    `commune report p99 ${prepare.p99.toFixed(2)} ms (≤ 5), dashboard p99 under 50 users ${load.latency.p99} ms (≤ 100)`,
);

await client.end();
product.kill('SIGTERM');
await bench.stop();
if (load.non2xx > 0 || load.errors > 0)
  throw new Error(`kpi.dashboard under load: ${load.non2xx} non-2xx, ${load.errors} errors`);
