/**
 * For start-up tests: runs the real API host (`node apps/api/src/main.ts`) as a child process with its own data
 * directory and port, and collects what it prints.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export type ApiProcess = {
  child: ChildProcess;
  out: () => string;
  err: () => string;
  exited: Promise<number | null>;
  ready: Promise<void>;
};

/** Starts `node <script>` (default the API) from the repository root with a clean environment plus `env`. */
export function startProcess(env: Record<string, string>, script = 'apps/api/src/main.ts'): ApiProcess {
  const { DATABASE_URL: _url, EVIDENCE_DIR: _evidence, ...base } = process.env;
  const child = spawn(process.execPath, [script], {
    cwd: repoRoot,
    env: { ...base, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', () => out.includes('"API ready"') && resolve());
    void exited.then((code) => reject(new Error(`exited ${code} before ready: ${err}`)));
  });
  ready.catch(() => undefined);
  return { child, out: () => out, err: () => err, exited, ready };
}

/** A TCP port free right now on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** The PID of the PostgreSQL serving an API data directory (from its postmaster.pid). */
export const postmasterPid = (dataDir: string) =>
  Number(readFileSync(join(dataDir, 'postgres', 'pgdata', 'postmaster.pid'), 'utf8').split('\n')[0]);

/** GET /health: its status and body, or status 0 when nothing answers. */
export async function health(port: number): Promise<{ status: number; body: Record<string, string> | null }> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/health`);
    return { status: res.status, body: (await res.json()) as Record<string, string> };
  } catch {
    return { status: 0, body: null };
  }
}

/** Waits until `predicate` holds, checking every 100 ms, for at most `seconds`. */
export async function eventually(predicate: () => boolean | Promise<boolean>, seconds = 60): Promise<void> {
  for (let i = 0; i < seconds * 10; i++) {
    if (await predicate()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('condition not met in time');
}

export const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
