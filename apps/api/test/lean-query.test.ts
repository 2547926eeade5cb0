/**
 * The lean path for a same-site GET of one query (src/trpc-query.ts) answers exactly as tRPC's adapter does: the
 * same status and body for an answer, an unauthenticated call, a refused one, bad input and "not found" — compared
 * with the same request sent cross-site (an allowed Origin, so the full middleware chain and @hono/trpc-server
 * answer it) — and the same headers as every other route.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { leanQueryOf } from '../src/trpc-query.ts';
import { createUser, startServer } from './harness.ts';

let s: Awaited<ReturnType<typeof startServer>>;
let token: string;
beforeAll(async () => {
  s = await startServer();
  await createUser(s.db, { role: 'office_staff', username: 'vp-lean' });
  token = await s.signIn('vp-lean');
});
afterAll(() => s.close());

const input = (value: unknown) => `?input=${encodeURIComponent(JSON.stringify(value))}`;
/** The same GET, lean (same-site) and through tRPC's adapter (cross-site from an allowed origin). */
async function both(path: string, headers: Record<string, string> = {}) {
  const lean = await fetch(`${s.url}/trpc/${path}`, { headers });
  const full = await fetch(`${s.url}/trpc/${path}`, { headers: { ...headers, origin: 'http://kiosk.test' } });
  return { lean, full, leanBody: await lean.text(), fullBody: await full.text() };
}

it.each([
  ['an answer', 'commune.villages', true, 200],
  ['an answer with input', `progress.tree${input({ year: 2027 })}`, true, 200],
  ['no session', 'commune.villages', false, 401],
  ['a refused permission', 'audit.list', true, 403],
  ['input that fails its schema', `progress.tree${input({ year: 1999 })}`, true, 400],
  ['input with an unknown field', `progress.public${input({ commune: '24013', extra: 1 })}`, false, 400],
  ['a commune that does not exist', `progress.public${input({ commune: '11111' })}`, false, 404],
] as const)('answers %s exactly as tRPC does', async (_what, path, signedIn, status) => {
  const { lean, full, leanBody, fullBody } = await both(path, signedIn ? { authorization: `Bearer ${token}` } : {});
  expect(lean.status).toBe(status);
  expect(full.status).toBe(status);
  expect(JSON.parse(leanBody)).toEqual(JSON.parse(fullBody));
  expect(leanBody).toBe(fullBody);
  expect(lean.headers.get('content-type')).toBe(full.headers.get('content-type'));
  expect(lean.headers.get('vary')).toBe(full.headers.get('vary'));
});

it('sends every secure header the other routes send, with a request id of its own', async () => {
  const health = await fetch(`${s.url}/health`);
  const lean = await fetch(`${s.url}/trpc/commune.villages`, { headers: { authorization: `Bearer ${token}` } });
  const secure = [...health.headers].filter(
    ([name]) =>
      !['content-type', 'content-length', 'date', 'connection', 'keep-alive', 'x-request-id', 'cache-control'].includes(
        name,
      ),
  );
  expect(secure.length).toBeGreaterThanOrEqual(10);
  for (const [name, value] of secure) expect(lean.headers.get(name), name).toBe(value);
  expect(lean.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  expect(lean.headers.get('x-request-id')).not.toBe(health.headers.get('x-request-id'));
  expect(lean.headers.get('access-control-allow-origin')).toBeNull();
});

it('takes a GET of one query, with or without its JSON input, and nothing else', () => {
  expect(leanQueryOf('commune.villages', '')).toMatchObject({ path: 'commune.villages', input: undefined });
  expect(leanQueryOf('progress.tree', `input=${encodeURIComponent('{"year":2027}')}`)).toMatchObject({
    path: 'progress.tree',
    input: { year: 2027 },
  });
  expect(leanQueryOf('progress.tree', 'input=')).toMatchObject({ input: undefined });
  expect(leanQueryOf('progress.public', 'input=%7B%22commune%22%3A%2224013%22%2C%22x%22%3A%22a+b%22%7D')).toMatchObject(
    { input: { commune: '24013', x: 'a b' } },
  );
  expect(leanQueryOf('auth.signOut', '')).toBeNull(); // a mutation
  expect(leanQueryOf('commune.nothing', '')).toBeNull();
  expect(leanQueryOf('constructor', '')).toBeNull();
  expect(leanQueryOf('commune.villages,commune.villages', 'batch=1&input={}')).toBeNull();
  expect(leanQueryOf('commune.villages', 'batch=1')).toBeNull();
  expect(leanQueryOf('progress.tree', 'input={}&x=1')).toBeNull();
  expect(leanQueryOf('progress.tree', 'input=%7Bnot-json')).toBeNull();
  expect(leanQueryOf('progress.tree', 'input=%E0%A4%A')).toBeNull();
});

it('leaves a batch, a mutation over GET, input that is not JSON and other parameters to tRPC', async () => {
  const batch = await fetch(`${s.url}/trpc/commune.villages,commune.villages?batch=1&input={}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(batch.status).toBe(200);
  expect(((await batch.json()) as unknown[]).length).toBe(2);
  const mutation = await fetch(`${s.url}/trpc/auth.signOut`, { headers: { authorization: `Bearer ${token}` } });
  expect(mutation.status).toBe(405);
  const notJson = await fetch(`${s.url}/trpc/progress.tree?input=%7Bnot-json`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(notJson.status).toBe(400);
  const unknown = await fetch(`${s.url}/trpc/commune.nothing`, { headers: { authorization: `Bearer ${token}` } });
  expect(unknown.status).toBe(404);
  // Still signed in: the GET to a mutation did nothing.
  expect(
    (await fetch(`${s.url}/trpc/commune.villages`, { headers: { authorization: `Bearer ${token}` } })).status,
  ).toBe(200);
});

it('logs each lean request once, with its id, path and status only', async () => {
  const before = s.logs.length;
  const res = await fetch(`${s.url}/trpc/commune.villages${input({})}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const lines = s.logs
    .slice(before)
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .filter((l) => l.msg === 'request');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatchObject({
    requestId: res.headers.get('x-request-id'),
    method: 'GET',
    path: '/trpc/commune.villages',
    status: res.status,
  });
  expect(JSON.stringify(lines[0])).not.toContain(token);
});
