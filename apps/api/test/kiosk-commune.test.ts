/**
 * The kiosk learns its commune from configuration (KIOSK_COMMUNE), not from its build: the real kiosk server is
 * spawned and asked, and the static build is searched for a baked-in commune code.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const kioskDir = fileURLToPath(new URL('../../kiosk/', import.meta.url));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) c.kill('SIGTERM');
});

const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });

/** Starts `node apps/kiosk/serve.ts` with `extra` in its environment; resolves with its URL, or its exit code and stderr. */
async function startKiosk(
  extra: Record<string, string>,
): Promise<{ url: string } | { exit: number | null; stderr: string }> {
  const port = await freePort();
  const env: Record<string, string | undefined> = {
    ...process.env,
    KIOSK_PORT: String(port),
    API_URL: 'http://127.0.0.1:9',
    HGCS_DATA_DIR: mkdtempSync(join(tmpdir(), 'hgcs-kiosk-')),
    HGCS_INTERNAL_KEY: 'k'.repeat(48),
  };
  delete env.KIOSK_COMMUNE;
  const child = spawn(process.execPath, [join(kioskDir, 'serve.ts')], {
    env: { ...env, ...extra },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += String(d)));
  return new Promise((resolve) => {
    child.stdout!.on('data', (d) => {
      if (String(d).includes('kiosk on')) resolve({ url: `http://127.0.0.1:${port}` });
    });
    child.once('exit', (exit) => resolve({ exit, stderr }));
  });
}

describe("the kiosk's commune", () => {
  it('is the configured KIOSK_COMMUNE, answered at /config.json, 24013 by default', async () => {
    const other = await startKiosk({ KIOSK_COMMUNE: '24014' });
    if (!('url' in other)) throw new Error(other.stderr);
    const res = await fetch(`${other.url}/config.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ commune: '24014' });
    const byDefault = await startKiosk({});
    if (!('url' in byDefault)) throw new Error(byDefault.stderr);
    expect(await (await fetch(`${byDefault.url}/config.json`)).json()).toEqual({ commune: '24013' });
  });

  it('refuses a malformed KIOSK_COMMUNE with one line', async () => {
    const bad = await startKiosk({ KIOSK_COMMUNE: '24013/../x' });
    expect(bad).toMatchObject({ exit: 1, stderr: expect.stringContaining('KIOSK_COMMUNE phải là mã xã gồm 5 chữ số') });
  });

  it('is not baked into the static build', () => {
    const build = join(kioskDir, 'build');
    const files = readdirSync(build, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(js|html)$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(readFileSync(join(build, file), 'utf8'), file).not.toMatch(/['"]24013['"]/);
  });
});
