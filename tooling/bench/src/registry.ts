/**
 * `pnpm bench` (second part): the registry at national scale (national-registry.ts: 3,298 communes, ≈ 89,000
 * teams, ≈ 564,000 mediators), through the product's HTTP API as signed-in users, one request at a time (latency,
 * not throughput):
 *  - a commune's team list with live composition compliance (`team.list`, the justice officer of one commune);
 *  - search without diacritics over a province's mediators (`mediator.search`, a province officer; queries such as
 *    "ro mah", "nguyen thi", "ksor hbia");
 *  - the province's "teams consolidated" figure (`team.figures`, the province officer).
 * Baselines in the same run: the round trip of the cheapest signed-in procedure (`auth.me`), and a full scan of the
 * province's teams with their village's area flag (every row, over pg's wire, no HTTP) read directly.
 * Goals (issue "the registry"): team list p99 ≤ 30 ms; search p99 ≤ 50 ms; province figure ≤ 1 × the scan.
 * BENCH_SAMPLES (default 300) sizes each measurement.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { addBenchUser, benchDatabase, signIn } from './setup.ts';
import { benchProvince, firstNationalCommune, nationalShape, seedNationalRegistry } from './national-registry.ts';

const samples = Number(process.env.BENCH_SAMPLES ?? 300);
const here = (f: string) => fileURLToPath(new URL(f, import.meta.url));
const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))]!;
const ms = (x: number) => x.toFixed(1).padStart(7);

const bench = await benchDatabase();
const seedStart = performance.now();
const counts = await seedNationalRegistry(bench.url);
console.log(
  `national registry: ${counts.communes} communes, ${counts.teams} teams, ${counts.mediators} mediators, ` +
    `generated in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
);
const provinceIndex = Number(benchProvince.slice(1));
const communeOfBench = firstNationalCommune + provinceIndex * nationalShape.communesPerProvince + 5;
await addBenchUser(bench.db, { username: 'nat.tp', role: 'justice_officer', communeId: communeOfBench });
await addBenchUser(bench.db, { username: 'nat.so', role: 'province_officer', provinceCode: benchProvince });

const product = fork(here('./server-product.ts'), [bench.url, '4111'], { stdio: 'inherit' });
await new Promise((resolve) => product.once('message', resolve));
const base = 'http://127.0.0.1:4111';
const officer = { authorization: `Bearer ${await signIn(base, 'nat.tp')}` };
const province = { authorization: `Bearer ${await signIn(base, 'nat.so')}` };
const input = (value: unknown) => `?input=${encodeURIComponent(JSON.stringify(value))}`;

/** Latencies (ms) of `samples` calls made one after another, after 20 unmeasured ones. */
async function latencies(name: string, path: (i: number) => string, headers: Record<string, string>) {
  const once = async (i: number) => {
    const start = performance.now();
    const res = await fetch(`${base}/trpc/${path(i)}`, { headers });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`${name} answered ${res.status}: ${body.slice(0, 300)}`);
    return performance.now() - start;
  };
  for (let i = 0; i < 20; i++) await once(i);
  const xs: number[] = [];
  for (let i = 0; i < samples; i++) xs.push(await once(i));
  return { name, p50: quantile(xs, 0.5), p99: quantile(xs, 0.99) };
}

const queries = ['ro mah', 'nguyen thi', 'ksor hbia', 'blo', 'siu thuong', 'dinh van an', 'kpa', 'tran ngoc'];
const sampleTeams = await fetch(`${base}/trpc/team.list${input({ limit: 50 })}`, { headers: officer });
const teamBody = (await sampleTeams.json()) as { result: { data: { items: { compliance: unknown }[] } } };
if (teamBody.result.data.items.length !== nationalShape.villagesPerCommune)
  throw new Error(`team.list gave ${teamBody.result.data.items.length} teams, not ${nationalShape.villagesPerCommune}`);

const me = await latencies('auth.me (baseline: a signed-in round trip)', () => 'auth.me', officer);
const teamList = await latencies(
  'team.list of a commune, with compliance',
  () => `team.list${input({ limit: 50 })}`,
  officer,
);
const search = await latencies(
  "mediator.search over a province's mediators",
  (i) => `mediator.search${input({ q: queries[i % queries.length], limit: 50 })}`,
  province,
);
const figures = await latencies('team.figures of a province ("teams consolidated")', () => 'team.figures', province);

// The baseline of the figure: every team of the province with its village's area flag, read directly.
const client = new pg.Client({ connectionString: bench.url });
await client.connect();
const provinceCommunes = (
  await client.query<{ id: number }>('select id from communes where province_code = $1', [benchProvince])
).rows.map((r) => r.id);
const scanTimes: number[] = [];
for (let i = 0; i < 20 + samples / 5; i++) {
  const start = performance.now();
  await client.query(
    `select t.id, t.status, v.ethnic_minority_area from teams t
     join villages v on v.commune_id = t.commune_id and v.id = t.village_id
     where t.commune_id = any($1) and v.commune_id = any($1)`,
    [provinceCommunes],
  );
  if (i >= 20) scanTimes.push(performance.now() - start);
}
await client.end();
const scan = {
  name: "full scan of the province's teams (baseline, pg direct)",
  p50: quantile(scanTimes, 0.5),
  p99: quantile(scanTimes, 0.99),
};

console.log(`\n${'measure'.padEnd(60)}  p50 ms  p99 ms  p50 × baseline`);
for (const [row, baseline] of [
  [me, me],
  [teamList, me],
  [search, me],
  [scan, scan],
  [figures, scan],
] as const) {
  console.log(`${row.name.padEnd(60)} ${ms(row.p50)} ${ms(row.p99)}  ${(row.p50 / baseline.p50).toFixed(2)}`);
}
console.log(
  `\ngoals: team list p99 ${teamList.p99.toFixed(1)} ms (≤ 30), search p99 ${search.p99.toFixed(1)} ms (≤ 50), ` +
    `province figure ${(figures.p50 / scan.p50).toFixed(2)} × the scan (≤ 1)`,
);

product.kill('SIGTERM');
await bench.stop();
