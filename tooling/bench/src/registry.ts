/**
 * `pnpm bench` (second part): the registry at national scale (national-registry.ts: 3,298 communes, ≈ 89,000
 * teams, ≈ 564,000 mediators), through the product's HTTP API as signed-in users, one request at a time (latency,
 * not throughput):
 *  - a commune's team list with live composition compliance (`team.list`, the justice officer of one commune);
 *  - search without diacritics over a province's mediators (`mediator.search`, a province officer; queries such as
 *    "ro mah", "nguyen thi", "ksor hbia");
 *  - the province's "teams consolidated" figure (`team.figures`, the province officer);
 *  - on ≈ 1,070,000 generated cases (national-cases.ts): a team's logbook of a year (`case.logbook`, audited), the
 *    commune's open queue (`case.list`), and the province's case counts of a year (`case.counts`).
 * Baselines in the same run: the round trip of the cheapest signed-in procedure (`auth.me`), a full scan of the
 * province's teams with their village's area flag, and one of the province's cases of the year (every row, over
 * pg's wire, no HTTP), read directly.
 * Goals (issues "the registry", "mediation cases"): team list p99 ≤ 30 ms; search p99 ≤ 50 ms; province figure ≤ 1 ×
 * its scan; logbook p99 ≤ 50 ms; open queue p99 ≤ 30 ms; province case counts ≤ 1 × its scan.
 * BENCH_SAMPLES (default 300) sizes each measurement, BENCH_CASES_PER_TEAM (default 12) the case load.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { addBenchUser, benchDatabase, signIn } from './setup.ts';
import { benchProvince, firstNationalCommune, nationalShape, seedNationalRegistry } from './national-registry.ts';
import { seedNationalCases } from './national-cases.ts';

const samples = Number(process.env.BENCH_SAMPLES ?? 300);
const casesPerTeam = Number(process.env.BENCH_CASES_PER_TEAM ?? 12);
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
const casesStart = performance.now();
const { cases: caseCount } = await seedNationalCases(bench.url, casesPerTeam);
console.log(
  `national cases: ${caseCount} cases, generated in ${((performance.now() - casesStart) / 1000).toFixed(1)} s`,
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

// Cases: a team's logbook of a year (audited: each view writes its audit row), the commune's open queue, and the
// province's case counts for a year.
const client0 = new pg.Client({ connectionString: bench.url });
await client0.connect();
const benchTeams = (
  await client0.query<{ id: string }>('select id from teams where commune_id = $1 order by name', [communeOfBench])
).rows.map((r) => r.id);
await client0.end();
const logbook = await latencies(
  "case.logbook of a team's year",
  (i) => `case.logbook${input({ teamId: benchTeams[i % benchTeams.length], year: 2024 + (i % 3) })}`,
  officer,
);
const queue = await latencies("case.list: the commune's open queue", () => `case.list${input({ limit: 50 })}`, officer);
const year = { from: '2025-01-01', to: '2025-12-31' };
const caseCounts = await latencies("case.counts of a province's year", () => `case.counts${input(year)}`, province);

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
// The baseline of the case counts: every case of the province received that year, read directly.
const caseScanTimes: number[] = [];
for (let i = 0; i < 20 + samples / 5; i++) {
  const start = performance.now();
  await client.query(
    'select id, commune_id, status from cases where commune_id = any($1) and received_on between $2 and $3',
    [provinceCommunes, year.from, year.to],
  );
  if (i >= 20) caseScanTimes.push(performance.now() - start);
}
await client.end();
const caseScan = {
  name: "full scan of the province's cases of the year (baseline, pg direct)",
  p50: quantile(caseScanTimes, 0.5),
  p99: quantile(caseScanTimes, 0.99),
};
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
  [logbook, me],
  [queue, me],
  [caseScan, caseScan],
  [caseCounts, caseScan],
] as const) {
  console.log(`${row.name.padEnd(60)} ${ms(row.p50)} ${ms(row.p99)}  ${(row.p50 / baseline.p50).toFixed(2)}`);
}
console.log(
  `\ngoals: team list p99 ${teamList.p99.toFixed(1)} ms (≤ 30), search p99 ${search.p99.toFixed(1)} ms (≤ 50), ` +
    `province figure ${(figures.p50 / scan.p50).toFixed(2)} × the scan (≤ 1)`,
);
console.log(
  `goals: logbook p99 ${logbook.p99.toFixed(1)} ms (≤ 50), open queue p99 ${queue.p99.toFixed(1)} ms (≤ 30), ` +
    `province case counts ${(caseCounts.p50 / caseScan.p50).toFixed(2)} × the scan (≤ 1)`,
);

product.kill('SIGTERM');
await bench.stop();
