/**
 * Real HTTP for API tests: a fresh database cloned from the migrated template, the first-run bootstrap, the
 * Hono app served by @hono/node-server on a free port, and a tRPC client that signs in as a chosen user.
 * The app's clock is the harness's (`s.clock`), never the system's after start: test users are created with an
 * authenticator enrolled (the known `testTotpSecret`, sealed with `testSecretKey`), and `s.signIn` gives the code
 * of the harness clock's step — moving the clock to the next step when the user's last code was of this one.
 */
import { serve } from '@hono/node-server';
import {
  bootstrap,
  closeCommuneDataCache,
  closeSessionCache,
  currentTotp,
  diskEvidenceStore,
  hashPassword,
  sealSecret,
  totpStep,
  type AppRouter,
} from '@hgcs/api';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, insertUser, seedCommune, type Db } from '@hgcs/db';
import { createTestDatabase } from '@hgcs/db/testing';
import { poToAgencies, poToPlan, poToVillages, rolesRequiringTotp, type Role } from '@hgcs/domain';
import { createTRPCClient, httpLink, TRPCClientError } from '@trpc/client';
import { errorLines, fieldErrorText, type ErrorDetailText, type FieldError, type Params } from '@hgcs/i18n';
import type { AddressInfo } from 'node:net';
import { createApp, type AppOptions } from '../src/app.ts';
import { testLogger } from './log-capture.ts';

export const setupPassword = 'setup-pass-for-tests-1';
export const password = 'mat-khau-rat-dai-2026';

/** The key that seals TOTP secrets in tests, and the authenticator secret every test user is enrolled with. */
export const testSecretKey = new Uint8Array(32).fill(42);
export const testTotpSecret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

/** Where the harness clock starts unless a test says otherwise: a working morning of 2027 in Vietnam (09:00 +07). */
export const testNow = new Date('2027-03-15T02:00:00Z');

/** A clock the test moves; the app reads only this. */
export type TestClock = { now: () => Date; set: (at: Date) => void; advance: (ms: number) => void };
function testClock(start: Date): TestClock {
  let at = start.getTime();
  return { now: () => new Date(at), set: (d) => void (at = d.getTime()), advance: (ms) => void (at += ms) };
}

/**
 * `options` override the app's (the client-address and evidence tests give their own; a wrong-key test its
 * `secretKey`). `now` starts the harness clock (default `testNow`; tests never read the real clock).
 */
export async function startServer({ now, ...options }: Partial<AppOptions> & { now?: Date } = {}) {
  const t = await createTestDatabase();
  await bootstrap(t.db, { setupPasswordOverride: setupPassword });
  const logs: string[] = [];
  const log = testLogger(logs);
  const evidenceDir = mkdtempSync(join(tmpdir(), 'hgcs-evidence-'));
  const clock = testClock(now ?? testNow);
  const appOptions: AppOptions = {
    db: t.db,
    log,
    evidence: diskEvidenceStore(evidenceDir),
    corsOrigins: ['http://kiosk.test'],
    secretKey: testSecretKey,
    clock: clock.now,
    ...options,
  };
  const serveApp = async (db: Db) => {
    const server = serve({ fetch: createApp({ ...appOptions, db }).fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((r) => server.once('listening', r));
    return {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      stop: () => new Promise((r) => server.close(r)),
    };
  };
  const first = await serveApp(t.db);
  const url = first.url;
  const extra: (() => Promise<unknown>)[] = [];
  const lastSteps = new Map<string, number>();
  /** The code of the clock's step for `username`, moving the clock to the next step when this one is used. */
  const code = (username: string) => {
    if (totpStep(clock.now()) <= (lastSteps.get(username) ?? -1))
      clock.set(new Date((totpStep(clock.now()) + 1) * 30_000));
    lastSteps.set(username, totpStep(clock.now()));
    return currentTotp(username, testTotpSecret, clock.now());
  };
  /** Signs `username` in (password, then the authenticator's code when due) at `at` (default this server); returns the token. */
  const signIn = async (username: string, at = url) => {
    const { token, next } = await clientFor(at).auth.signIn.mutate({ username, password });
    if (next === 'totp') await clientFor(at, token).auth.verifyTotp.mutate({ code: code(username) });
    return token;
  };
  return {
    url,
    db: t.db,
    owner: t.owner,
    logs,
    evidenceDir,
    appOptions,
    clock,
    code,
    signIn,
    client: (token?: string) => clientFor(url, token),
    /** A registered kiosk's client: its device token in the X-Kiosk-Device header. */
    kiosk: (device: string) => clientFor(url, undefined, device),
    /** A second API process on the same database: its own pool, session cache and commune data cache, the same clock. */
    secondInstance: async () => {
      const other = connect(t.url);
      const served = await serveApp(other.db);
      extra.push(async () => {
        await served.stop();
        await closeSessionCache(other.db);
        await closeCommuneDataCache(other.db);
        await other.close();
      });
      return { url: served.url, db: other.db, client: (token?: string) => clientFor(served.url, token) };
    },
    close: async () => {
      for (const stop of extra) await stop();
      await first.stop();
      await closeSessionCache(t.db);
      await closeCommuneDataCache(t.db);
      await t.close();
    },
  };
}

export function clientFor(url: string, token?: string, device?: string) {
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${url}/trpc`,
        methodOverride: 'POST',
        headers: () => ({
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(device ? { 'x-kiosk-device': device } : {}),
        }),
      }),
    ],
  });
}

/**
 * Creates a ready-to-use account (no setup due) directly in the database: roles that must give a second factor
 * get the known `testTotpSecret` enrolled (sealed with `key`); `totp: false` leaves it out (setup still due).
 */
export async function createUser(
  db: Db,
  {
    communeId = 24013,
    role,
    username,
    agencyCode = null,
    totp = rolesRequiringTotp.includes(role),
    key = testSecretKey,
    provinceCode = null,
    villageId = null,
    teamId = null,
  }: {
    communeId?: number | null;
    role: Role;
    username: string;
    agencyCode?: string | null;
    totp?: boolean;
    key?: Uint8Array;
    /** A province user: `communeId: null` and the province's code. A village head's village, a team leader's team. */
    provinceCode?: string | null;
    villageId?: string | null;
    teamId?: string | null;
  },
) {
  const id = randomUUID();
  return insertUser(db, {
    id,
    communeId,
    provinceCode,
    villageId,
    teamId,
    username,
    displayName: `Người dùng ${username}`,
    role,
    agencyCode,
    passwordHash: await hashPassword(password),
    mustChangePassword: false,
    ...(totp ? { totpSecret: sealSecret(key, testTotpSecret, id), totpEnabled: true } : {}),
  });
}

/** Seeds a second commune with the same plan, for tenant-isolation tests. */
export async function seedOtherCommune(db: Db, code = '24014') {
  await seedCommune(db, {
    commune: { code, name: 'Xã Khác', provinceCode: '52', provinceName: 'Tỉnh Gia Lai' },
    villages: poToVillages,
    agencies: poToAgencies,
    plan: { ...poToPlan, communeCode: code },
  });
}

type FailureData = {
  httpStatus?: number;
  domainCode?: string;
  params?: Params;
  fields?: Record<string, FieldError>;
  details?: ErrorDetailText[];
};

/**
 * The domain code, parameters, field errors and HTTP status of a failed call, and `message`: what a Vietnamese
 * console shows for it (the code's text, each field's text, each located detail), rendered from the catalogue.
 */
export async function failure(call: Promise<unknown>): Promise<{
  status: number | undefined;
  domainCode: string | undefined;
  params: Params;
  fields: Record<string, FieldError>;
  message: string;
}> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCClientError) {
      const data = (error.data ?? {}) as FailureData;
      const fields = data.fields ?? {};
      const shown = [
        ...errorLines('vi', { code: data.domainCode ?? 'INTERNAL', params: data.params, details: data.details }),
        ...Object.values(fields).map((f) => fieldErrorText('vi', f)),
      ];
      return {
        status: data.httpStatus,
        domainCode: data.domainCode,
        params: data.params ?? {},
        fields,
        message: shown.join('\n'),
      };
    }
    throw error;
  }
  throw new Error('expected the call to fail');
}
