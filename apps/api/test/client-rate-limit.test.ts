/**
 * Issue 7, point 7 (RC-01): rate limits key on the real client — the console's and kiosk's forwarded client is
 * believed only with the internal key, X-Forwarded-For only from a trusted proxy — and on the account; the
 * counters are in PostgreSQL, shared by every API process.
 */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { clientAddressResolver } from '../src/client-address.ts';
import { createUser, password, startServer } from './harness.ts';

const internalKey = 'k'.repeat(43);
let s: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  s = await startServer({ internalKey });
  await createUser(s.db, { role: 'office_staff', username: 'can-bo', agencyCode: 'office' });
});
afterAll(() => s.close());

const signIn = (url: string, username: string, headers: Record<string, string>, pass = 'sai-mat-khau') =>
  fetch(`${url}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ username, password: pass }),
  });

/** Sends `count` requests, 20 at a time, and returns their statuses. */
async function inBatches(count: number, send: (i: number) => Promise<Response>): Promise<number[]> {
  const statuses: number[] = [];
  for (let from = 0; from < count; from += 20) {
    const batch = await Promise.all(Array.from({ length: Math.min(20, count - from) }, (_, j) => send(from + j)));
    statuses.push(...batch.map((r) => r.status));
  }
  return statuses;
}

describe('the client behind the console and the kiosk', () => {
  it('keeps an officer able to sign in after 340 anonymous sign-ins through the console from other clients', async () => {
    const statuses = await inBatches(340, (i) =>
      signIn(s.url, `khach-${i}`, {
        'x-hgcs-client': `10.1.${Math.floor(i / 200)}.${i % 200}`,
        'x-hgcs-internal-key': internalKey,
      }),
    );
    expect(statuses.filter((x) => x === 429)).toHaveLength(0);
    const officer = await signIn(
      s.url,
      'can-bo',
      { 'x-hgcs-client': '192.168.1.50', 'x-hgcs-internal-key': internalKey },
      password,
    );
    expect(officer.status).toBe(200);
  });

  it('ignores a forged x-hgcs-client without the key (or with a wrong one): all count as the one socket client', async () => {
    const statuses = await inBatches(31, (i) =>
      signIn(s.url, `gia-mao-${i}`, {
        'x-hgcs-client': `10.2.0.${i}`,
        ...(i % 2 ? { 'x-hgcs-internal-key': 'sai'.repeat(15) } : {}),
      }),
    );
    expect(statuses.filter((x) => x === 429)).toEqual([429]);
    const honest = await signIn(s.url, 'gia-mao-31', {
      'x-hgcs-client': '10.2.1.1',
      'x-hgcs-internal-key': internalKey,
    });
    expect(honest.status).not.toBe(429);
  });

  it('limits one username to 10 sign-in attempts in 15 minutes, from any number of clients', async () => {
    const statuses = await inBatches(11, (i) =>
      signIn(s.url, 'muc-tieu', { 'x-hgcs-client': `10.3.0.${i}`, 'x-hgcs-internal-key': internalKey }),
    );
    expect(statuses.filter((x) => x === 429)).toEqual([429]);
    const body = await (
      await signIn(s.url, 'muc-tieu', { 'x-hgcs-client': '10.3.1.1', 'x-hgcs-internal-key': internalKey })
    ).json();
    expect(body).toMatchObject({ error: { data: { httpStatus: 429, domainCode: 'RATE.LIMITED' } } });
  });

  it('shares the counters between two API processes on one database', async () => {
    const second = serve({ fetch: createApp({ ...s.appOptions, internalKey }).fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((r) => second.once('listening', r));
    const url2 = `http://127.0.0.1:${(second.address() as AddressInfo).port}`;
    try {
      const headers = (i: number) => ({ 'x-hgcs-client': `10.4.0.${i}`, 'x-hgcs-internal-key': internalKey });
      const first = await inBatches(6, (i) => signIn(s.url, 'hai-may', headers(i)));
      const other = await inBatches(5, (i) => signIn(url2, 'hai-may', headers(10 + i)));
      // The second process saw the first one's six: of its five parallel attempts, exactly one is the eleventh.
      expect(first.filter((x) => x === 429)).toEqual([]);
      expect(other.filter((x) => x === 429)).toEqual([429]);
    } finally {
      await new Promise((r) => second.close(r));
    }
  });
});

describe('clientAddressResolver', () => {
  const facts = { peer: '127.0.0.1', forwardedFor: '203.0.113.9', client: undefined, key: undefined };
  it('believes X-Forwarded-For only from a configured trusted proxy', () => {
    expect(clientAddressResolver({ trustedProxies: [], internalKey: null })(facts)).toBe('127.0.0.1');
    expect(clientAddressResolver({ trustedProxies: ['127.0.0.1'], internalKey: null })(facts)).toBe('203.0.113.9');
    expect(
      clientAddressResolver({ trustedProxies: ['127.0.0.1'], internalKey: null })({
        ...facts,
        forwardedFor: '198.51.100.1, 203.0.113.9',
      }),
    ).toBe('203.0.113.9');
  });
  it('believes x-hgcs-client only with the key, and only when it is an address', () => {
    const resolve = clientAddressResolver({ trustedProxies: [], internalKey });
    expect(resolve({ ...facts, client: '10.9.9.9', key: internalKey })).toBe('10.9.9.9');
    expect(resolve({ ...facts, client: '10.9.9.9', key: 'x' })).toBe('127.0.0.1');
    expect(resolve({ ...facts, client: 'not an address', key: internalKey })).toBe('127.0.0.1');
    expect(
      clientAddressResolver({ trustedProxies: [], internalKey: null })({ ...facts, client: '10.9.9.9', key: '' }),
    ).toBe('127.0.0.1');
  });
});
