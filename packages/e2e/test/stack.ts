/**
 * Boots the built product for a browser test: the API (on a fresh database cloned from the run's migrated
 * template, with a known setup password), the admin console (adapter-node build) and the kiosk (static build
 * behind serve.ts), each a real process on a free port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createTestDatabase } from '@hgcs/db/testing';
import { e2eClockStart, startE2eClock } from './clock.ts';
import { e2eSecretKey } from './totp.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
export const setupPassword = 'mat-khau-cai-dat-e2e-01';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Waits for a server to answer: up to 150 s, a loaded 2-core machine (the whole `pnpm test` beside us) took over 30. */
async function waitFor(url: string, output: string[], seconds = 150) {
  const since = performance.now();
  while (performance.now() - since < seconds * 1000) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not start in ${seconds} s:\n${output.join('').slice(-2000)}`);
}

export async function startStack() {
  const database = await createTestDatabase();
  const [apiPort, adminPort, kioskPort] = [await freePort(), await freePort(), await freePort()];
  const api = `http://127.0.0.1:${apiPort}`;
  const children: ChildProcess[] = [];
  const output: string[] = [];
  const run = (args: string[], env: Record<string, string>) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (d) => output.push(String(d)));
    child.stderr!.on('data', (d) => output.push(String(d)));
    children.push(child);
  };
  const evidenceDir = mkdtempSync(join(tmpdir(), 'hgcs-e2e-evidence-'));
  // The stack's own data directory (keys made at first start), never the checkout's ./data.
  const dataDir = mkdtempSync(join(tmpdir(), 'hgcs-e2e-data-'));
  run(['apps/api/src/main.ts'], {
    HGCS_DATA_DIR: dataDir,
    DATABASE_URL: database.url,
    MIGRATION_DATABASE_URL: database.owner.url,
    API_PORT: String(apiPort),
    HGCS_SETUP_PASSWORD: setupPassword,
    EVIDENCE_DIR: evidenceDir,
    HGCS_SECRET_KEY: Buffer.from(e2eSecretKey).toString('base64'),
    HGCS_CLOCK_START: e2eClockStart,
  });
  await waitFor(`${api}/health`, output);
  startE2eClock();
  run(['apps/admin/server.ts'], { HGCS_DATA_DIR: dataDir, PORT: String(adminPort), HOST: '127.0.0.1', API_URL: api });
  run(['apps/kiosk/serve.ts'], { HGCS_DATA_DIR: dataDir, KIOSK_PORT: String(kioskPort), API_URL: api });
  const admin = `http://127.0.0.1:${adminPort}`;
  const kiosk = `http://127.0.0.1:${kioskPort}`;
  await Promise.all([waitFor(`${admin}/sign-in`, output), waitFor(`${kiosk}/`, output)]);
  return {
    api,
    admin,
    kiosk,
    db: database.db,
    output,
    stop: async () => {
      for (const c of children) c.kill('SIGTERM');
      await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : undefined)));
      await database.close();
    },
  };
}
