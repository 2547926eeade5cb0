/**
 * `pnpm --filter @hgcs/bench profile`: runs the product server under `node --cpu-prof` with autocannon load on the
 * signed-in `commune.villages`, then prints the functions with the most self time (where a request's CPU goes).
 * PROFILE_PATH picks another procedure path (e.g. `progress.tree?input=…`), PROFILE_USER the user (`bench.tp`, the
 * justice officer), PROFILE_PROVINCE=1 seeds the 100 communes; BENCH_SECONDS the load's length.
 */
import { fork } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { benchDatabase, provinceSized, signIn } from './setup.ts';

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number };

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const path = process.env.PROFILE_PATH ?? 'commune.villages';
const bench = await benchDatabase();
if (process.env.PROFILE_PROVINCE) await provinceSized(bench); // the province-sized database of `pnpm bench`
const profDir = join(bench.dir, 'prof');
mkdirSync(profDir);
const child = fork(fileURLToPath(new URL('./server-product.ts', import.meta.url)), [bench.url, '4111'], {
  stdio: 'inherit',
  execArgv: [...process.execArgv, '--cpu-prof', `--cpu-prof-dir=${profDir}`],
});
await new Promise((r) => child.once('message', r));
const token = await signIn('http://127.0.0.1:4111', process.env.PROFILE_USER ?? 'bench');
const mark = () =>
  new Promise<number>((resolve) => {
    child.once('message', (m) => resolve(Number(m)));
    child.send('clock');
  });
const from = await mark();
const result = await autocannon({
  url: `http://127.0.0.1:4111/trpc/${path}`,
  connections: 100,
  duration: seconds,
  headers: { authorization: `Bearer ${token}` },
});
const to = await mark();
console.log(
  `${path}: ${result.requests.average.toFixed(0)} req/s, p99 ${result.latency.p99} ms, non-2xx ${result.non2xx}`,
);
child.kill('SIGTERM');
await new Promise((r) => child.once('exit', r));

const file = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'))!;
const profile = JSON.parse(readFileSync(join(profDir, file), 'utf8')) as Profile;
const self = new Map<number, number>();
// Only the samples taken under load (start-up's module loading is not a request's cost).
let at = profile.startTime;
profile.samples.forEach((id, i) => {
  at += profile.timeDeltas[i] ?? 0;
  if (at >= from && at <= to) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
const byFunction = new Map<string, number>();
let total = 0;
for (const node of profile.nodes) {
  const us = self.get(node.id) ?? 0;
  total += us;
  const where = node.callFrame.url
    .replace(/^.*node_modules\/\.pnpm\/([^/]+)\/node_modules\//, '$1 ')
    .replace(/^file:\/\/.*\/hot-path\//, '')
    .replace(/^.*\/(packages|apps)\//, '$1/');
  const key = `${node.callFrame.functionName || '(anonymous)'}  ${where}:${node.callFrame.lineNumber + 1}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + us);
}
const top = [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.PROFILE_TOP ?? 40));
console.log(`self time, ${(total / 1e6).toFixed(1)} s sampled:`);
// Who calls a function (PROFILE_CALLERS=name): the chain of its callers, three deep, by self time.
const parent = new Map<number, Node>();
for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node);
const callersOf = process.env.PROFILE_CALLERS;
if (callersOf) {
  const chains = new Map<string, number>();
  for (const node of profile.nodes) {
    if (node.callFrame.functionName !== callersOf) continue;
    const chain: string[] = [];
    for (let p = parent.get(node.id); p && chain.length < 8; p = parent.get(p.id))
      chain.push(
        `${p.callFrame.functionName || '(anon)'}@${p.callFrame.url.split('/').slice(-2).join('/')}:${p.callFrame.lineNumber + 1}`,
      );
    chains.set(chain.join(' < '), (chains.get(chain.join(' < ')) ?? 0) + (self.get(node.id) ?? 0));
  }
  for (const [chain, us] of [...chains].sort((a, b) => b[1] - a[1]).slice(0, 8))
    console.log(`${((us / total) * 100).toFixed(1).padStart(5)} % < ${chain}`);
}
for (const [key, us] of top) console.log(`${((us / total) * 100).toFixed(1).padStart(5)} %  ${key}`);
await bench.stop();
