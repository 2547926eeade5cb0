import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { listVillages, openDatabase } from '../src/index.ts';
import { systemScope } from '@hgcs/domain';

const dir = mkdtempSync(join(tmpdir(), 'hgcs-durable-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('keeps every acknowledged write when the process is killed with SIGKILL, and across a restart', async () => {
  const child = spawn(process.execPath, [fileURLToPath(new URL('./write-loop.ts', import.meta.url)), dir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const acked: number[] = [];
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`writer exited early (${code})`)));
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      for (const m of chunk.matchAll(/ack (\d+)/g)) acked.push(Number(m[1]));
      if (acked.length >= 50) resolve();
    });
  });
  child.removeAllListeners('exit');
  child.kill('SIGKILL');
  await new Promise((r) => child.once('exit', r));

  // The killed process left its PostgreSQL running; opening again must shut it down cleanly and recover.
  const first = await openDatabase({ dataDir: dir });
  const names = new Set((await listVillages(first.db, systemScope(99001))).map((v) => v.name));
  await first.close();
  for (const n of acked) expect(names.has(`Làng ${n}`)).toBe(true);

  const second = await openDatabase({ dataDir: dir });
  expect((await listVillages(second.db, systemScope(99001))).length).toBe(names.size);
  await second.close();
}, 180_000);
