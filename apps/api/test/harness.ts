/**
 * Real HTTP for API tests: a fresh database cloned from the migrated template, the first-run bootstrap, the
 * Hono app served by @hono/node-server on a free port, and a tRPC client that signs in as a chosen user.
 */
import { serve } from '@hono/node-server';
import { bootstrap, diskEvidenceStore, hashPassword, type AppRouter } from '@hgcs/api';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { insertUser, seedCommune, type Db } from '@hgcs/db';
import { createTestDatabase } from '@hgcs/db/testing';
import { poToAgencies, poToPlan, poToVillages, type Role } from '@hgcs/domain';
import { createTRPCClient, httpLink, TRPCClientError } from '@trpc/client';
import type { AddressInfo } from 'node:net';
import { createApp } from '../src/app.ts';
import { testLogger } from './log-capture.ts';

export const setupPassword = 'setup-pass-for-tests-1';
export const password = 'mat-khau-rat-dai-2026';

export async function startServer() {
  const t = await createTestDatabase();
  await bootstrap(t.db, { setupPasswordOverride: setupPassword });
  const logs: string[] = [];
  const log = testLogger(logs);
  const evidenceDir = mkdtempSync(join(tmpdir(), 'hgcs-evidence-'));
  const app = createApp({ db: t.db, log, evidence: diskEvidenceStore(evidenceDir), corsOrigins: ['http://kiosk.test'] });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url, db: t.db, owner: t.owner, logs, evidenceDir,
    client: (token?: string) => clientFor(url, token),
    close: async () => { await new Promise((r) => server.close(r)); await t.close(); },
  };
}

export function clientFor(url: string, token?: string) {
  return createTRPCClient<AppRouter>({
    links: [httpLink({ url: `${url}/trpc`, methodOverride: 'POST', headers: () => (token ? { authorization: `Bearer ${token}` } : {}) })],
  });
}

/** Creates a ready-to-use account (no setup due) directly in the database. */
export async function createUser(db: Db, { communeId = 24013, role, username, agencyCode = null }: { communeId?: number; role: Role; username: string; agencyCode?: string | null }) {
  return insertUser(db, { communeId, username, displayName: `Người dùng ${username}`, role, agencyCode, passwordHash: await hashPassword(password), mustChangePassword: false });
}

/** Seeds a second commune with the same plan, for tenant-isolation tests. */
export async function seedOtherCommune(db: Db, code = '24014') {
  await seedCommune(db, { commune: { code, name: 'Xã Khác', provinceCode: '52', provinceName: 'Tỉnh Gia Lai' }, villages: poToVillages, agencies: poToAgencies, plan: { ...poToPlan, communeCode: code } });
}

/** The domain code and HTTP status of a failed call. */
export async function failure(call: Promise<unknown>): Promise<{ status: number | undefined; domainCode: string | undefined; message: string }> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCClientError) {
      const data = error.data as { httpStatus?: number; domainCode?: string } | undefined;
      return { status: data?.httpStatus, domainCode: data?.domainCode, message: error.message };
    }
    throw error;
  }
  throw new Error('expected the call to fail');
}
