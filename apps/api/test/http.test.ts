import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer } from './harness.ts';

let s: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.close());

it('reports the database state at /health', async () => {
  const res = await fetch(`${s.url}/health`);
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ status: 'ok', database: 'up' });
});

it('sends secure headers and a request id', async () => {
  const res = await fetch(`${s.url}/health`);
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  expect(res.headers.get('x-request-id')).toMatch(/.+/);
});

it('allows only listed origins across sites', async () => {
  const ok = await fetch(`${s.url}/trpc/plan.public?input=${encodeURIComponent('{"commune":"24013"}')}`, {
    headers: { origin: 'http://kiosk.test' },
  });
  expect(ok.headers.get('access-control-allow-origin')).toBe('http://kiosk.test');
  const bad = await fetch(`${s.url}/trpc/plan.public?input=${encodeURIComponent('{"commune":"24013"}')}`, {
    headers: { origin: 'http://evil.test' },
  });
  expect(bad.headers.get('access-control-allow-origin')).toBeNull();
});

it('refuses a tRPC batch of more than 10 calls', async () => {
  const paths = Array.from({ length: 11 }, () => 'plan.public').join(',');
  const res = await fetch(`${s.url}/trpc/${paths}?batch=1&input={}`);
  expect(res.status).toBe(400);
});

it('serves the public plan without signing in, with no personal data', async () => {
  const plan = await s.client().plan.public.query({ commune: '24013' });
  expect(plan.groups.length).toBeGreaterThanOrEqual(8);
  expect(JSON.stringify(plan)).not.toMatch(/username|password|displayName/);
  const unknown = await fetch(`${s.url}/trpc/plan.public?input=${encodeURIComponent('{"commune":"11111"}')}`);
  expect(unknown.status).toBe(404);
});

// Last: the server closes the connection after refusing the body, as it should.
it('refuses a body over 1 MB', async () => {
  const res = await fetch(`${s.url}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'a'.repeat(1_100_000), password: 'x' }),
  });
  expect(res.status).toBe(413);
});
