/**
 * Issue 7, points 8 and 14 (HD-01): the built console (apps/admin/server.ts) and kiosk (apps/kiosk/serve.ts), each
 * a real process on a free port in front of a real API. Their security headers, the console's `__Host-` session
 * cookie and no-store pages, `/lang?back=` staying on the site, and the kiosk proxy forwarding only exactly
 * `/trpc/<kiosk procedure>` while keeping the API's headers.
 */
import { appRouter } from '@hgcs/api';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, password, startServer } from './harness.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const internalKey = 'edge-test-internal-key-0123456789abcdef';
let s: Awaited<ReturnType<typeof startServer>>;
let admin: string;
let kiosk: string;
const children: ChildProcess[] = [];

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

async function run(script: string, env: Record<string, string>, ready: string): Promise<void> {
  const child = spawn(process.execPath, [script], { cwd: root, env: { ...process.env, ...env }, stdio: 'ignore' });
  children.push(child);
  for (let i = 0; i < 200; i++) {
    const up = await fetch(ready).then(
      () => true,
      () => false,
    );
    if (up) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${script} did not start`);
}

/** A raw GET whose path is sent exactly as written (fetch would resolve `..`). */
const rawGet = (base: string, path: string) =>
  new Promise<number>((resolve, reject) => {
    const url = new URL(base);
    request({ host: url.hostname, port: url.port, path, method: 'GET' }, (res) => {
      res.resume();
      resolve(res.statusCode!);
    })
      .on('error', reject)
      .end();
  });

beforeAll(async () => {
  s = await startServer({ internalKey });
  await createUser(s.db, { role: 'office_staff', username: 'vanphong', agencyCode: 'office' });
  const dataDir = mkdtempSync(join(tmpdir(), 'hgcs-edge-data-'));
  writeFileSync(join(dataDir, 'internal.key'), internalKey);
  const [adminPort, kioskPort] = [await freePort(), await freePort()];
  admin = `http://127.0.0.1:${adminPort}`;
  kiosk = `http://127.0.0.1:${kioskPort}`;
  await run(
    'apps/admin/server.ts',
    { PORT: String(adminPort), HOST: '127.0.0.1', API_URL: s.url, HGCS_DATA_DIR: dataDir, ADMIN_PROTOCOL: 'https' },
    `${admin}/sign-in`,
  );
  await run(
    'apps/kiosk/serve.ts',
    { KIOSK_PORT: String(kioskPort), API_URL: s.url, HGCS_DATA_DIR: dataDir, KIOSK_PROTOCOL: 'https' },
    `${kiosk}/`,
  );
});
afterAll(async () => {
  for (const c of children) c.kill('SIGTERM');
  await s.close();
});

describe('the console', () => {
  it('sends nosniff, same-origin referrers, HSTS under https and a CSP with form-action and base-uri', async () => {
    const res = await fetch(`${admin}/sign-in`);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("form-action 'self'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('keeps the session in a __Host- cookie under https and never lets signed-in pages be stored', async () => {
    const form = new URLSearchParams({ username: 'vanphong', password });
    const res = await fetch(`${admin}/sign-in`, {
      method: 'POST',
      body: form,
      redirect: 'manual',
      headers: {
        origin: admin.replace('http:', 'https:'),
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'text/html',
      },
    });
    expect(res.status).toBe(303);
    const cookie = res.headers.getSetCookie().find((c) => c.includes('hgcs_session='))!;
    expect(cookie).toMatch(/^__Host-hgcs_session=[^;]+;/);
    expect(cookie).toMatch(/; Secure/i);
    expect(cookie).toMatch(/; Path=\//i);
    const page = await fetch(`${admin}${res.headers.get('location')}`, {
      redirect: 'manual',
      headers: { cookie: cookie.split(';')[0]! },
    });
    expect(page.headers.get('cache-control')).toBe('no-store');
  });

  it('sends /lang back only to a path of this site, and never fails', async () => {
    const back = async (value: string) => {
      const res = await fetch(`${admin}/lang`, {
        method: 'POST',
        redirect: 'manual',
        body: new URLSearchParams({ lang: 'en', back: value }),
        headers: {
          origin: admin.replace('http:', 'https:'),
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'text/html',
        },
      });
      return { status: res.status, location: res.headers.get('location') };
    };
    expect(await back('/work?year=2027')).toEqual({ status: 303, location: '/work?year=2027' });
    for (const evil of [
      '/\\evil.test',
      '//evil.test',
      'https://evil.test/',
      '/\u0000x',
      '/%0d%0aSet-Cookie:x=1',
      'javascript:alert(1)',
    ]) {
      const r = await back(evil);
      expect(r.status).toBe(303);
      expect(r.location === '/' || r.location!.startsWith('/%')).toBe(true);
      expect(r.location).not.toMatch(/^\/\/|^\/\\|evil/);
    }
  });
});

describe('the kiosk', () => {
  it('sends a self-only CSP, nosniff, no-referrer, frame-ancestors none and HSTS under https', async () => {
    const res = await fetch(`${kiosk}/`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self'( 'sha256-[^']+')*/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
  });

  it('forwards the kiosk procedures with the API headers kept', async () => {
    const input = encodeURIComponent(JSON.stringify({ commune: '24013' }));
    const res = await fetch(`${kiosk}/trpc/plan.public?input=${input}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toMatch(/.+/);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const batch = await fetch(
      `${kiosk}/trpc/plan.public,progress.public?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: { commune: '24013' }, 1: { commune: '24013' } }))}`,
    );
    expect(batch.status).toBe(200);
  });

  it('forwards every kiosk procedure of the API and nothing else: reads by GET, writes by POST only', async () => {
    for (const [path, p] of Object.entries(
      appRouter._def.procedures as unknown as Record<string, { _def: { type: string; meta?: { access?: unknown } } }>,
    )) {
      // kioskText.public also names the language of the commune's texts.
      const input = path === 'kioskText.public' ? '{"commune":"24013","lang":"jra"}' : '{"commune":"24013"}';
      const status = await rawGet(kiosk, `/trpc/${path}?input=${encodeURIComponent(input)}`);
      const write = await fetch(`${kiosk}/trpc/${path}`, { method: 'POST', body: '{"commune":"24013"}' });
      if (p._def.meta?.access === 'kiosk' && p._def.type === 'query') {
        expect(status, path).toBe(200);
        expect(write.status, `POST ${path}`).toBe(405);
      } else if (p._def.meta?.access === 'kiosk') {
        expect(status, path).toBe(404);
        // Forwarded: the API itself refuses the incomplete input (400) or the missing kiosk device (403, e.g.
        // kioskDevice.whoAmI), with its headers.
        expect([400, 403], `POST ${path}`).toContain(write.status);
        expect(write.headers.get('x-request-id'), path).toBeTruthy();
      } else {
        expect(status, path).toBe(404);
        expect(write.status, `POST ${path}`).not.toBe(200);
      }
    }
    const big = await fetch(`${kiosk}/trpc/kioskRequest.submit`, { method: 'POST', body: 'x'.repeat(20_000) });
    expect(big.status).toBe(413);
  });

  it('answers 404 to paths that escape /trpc or hide non-kiosk procedures, and 405 to writes', async () => {
    for (const path of [
      '/trpc/../health',
      '/trpc/%2e%2e/health',
      '/trpc/%2E%2E%2Fhealth',
      '/trpc/plan.public/../../health',
      '/trpc/plan.public,auth.me?batch=1',
      '/trpc/auth.signIn',
      '/trpc/',
      '/trpc',
    ]) {
      expect(await rawGet(kiosk, path), path).toBe(404);
    }
    expect((await fetch(`${kiosk}/trpc/plan.public`, { method: 'POST', body: '{}' })).status).toBe(405);
  });
});
