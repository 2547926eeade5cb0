import { appRouter, assertEveryProcedureDeclared } from '@hgcs/api';
import { listAudit, listVillages } from '@hgcs/db';
import { permissions, systemScope } from '@hgcs/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, failure, seedOtherCommune, startServer } from './harness.ts';

let s: Awaited<ReturnType<typeof startServer>>;
const signIn = (username: string) => s.signIn(username);
beforeAll(async () => {
  s = await startServer();
  await seedOtherCommune(s.db);
  await createUser(s.db, { role: 'office_staff', username: 'vp-poto' });
  await createUser(s.db, { role: 'front_viewer', username: 'mttq-poto' });
  await createUser(s.db, { communeId: 24014, role: 'office_staff', username: 'vp-khac' });
});
afterAll(() => s.close());

describe('deny by default', () => {
  it('declares who may call every procedure of the router', () => {
    const procedures = Object.entries(
      appRouter._def.procedures as unknown as Record<string, { _def: { meta?: { access?: unknown } } }>,
    );
    expect(procedures.length).toBeGreaterThan(10);
    for (const [path, p] of procedures) {
      const access = p._def.meta?.access;
      expect(access, path).toBeDefined();
      if (typeof access === 'object')
        expect(permissions, path).toContain((access as { permission: string }).permission);
    }
  });
  it('fails the start-up check when a procedure has no declared access', () => {
    const fake = { _def: { procedures: { ...appRouter._def.procedures, 'rogue.read': { _def: {} } } } };
    expect(() => assertEveryProcedureDeclared(fake)).toThrow(/rogue\.read/);
  });
  it('refuses a signed-out caller and a role without the right', async () => {
    expect((await failure(s.client().plan.get.query())).status).toBe(401);
    const front = s.client(await signIn('mttq-poto'));
    expect(await front.plan.get.query()).toHaveProperty('groups');
    const f = await failure(
      front.village.create.mutate({ name: 'Làng Mới', ethnicMinorityArea: true, households: 10 }),
    );
    expect(f).toMatchObject({ status: 403, domainCode: 'AUTH.FORBIDDEN' });
  });
});

describe('commune isolation', () => {
  it('shows each user only their own commune', async () => {
    const other = s.client(await signIn('vp-khac'));
    expect((await other.commune.get.query()).code).toBe('24014');
    const poto = s.client(await signIn('vp-poto'));
    expect((await poto.commune.get.query()).code).toBe('24013');
  });
  it('answers "not found" (not "forbidden") when changing another commune’s village, and changes nothing', async () => {
    const [village] = await listVillages(s.db, systemScope(24013));
    const other = s.client(await signIn('vp-khac'));
    const f = await failure(other.village.update.mutate({ id: village!.id, name: 'Bị đổi tên' }));
    expect(f).toMatchObject({ status: 404, domainCode: 'RESOURCE.NOT_FOUND' });
    expect((await listVillages(s.db, systemScope(24013))).map((v) => v.name)).toContain(village!.name);
  });
});

describe('bad input and retries', () => {
  it('refuses bad input with a Vietnamese message per field and writes nothing', async () => {
    const poto = s.client(await signIn('vp-poto'));
    const before = (await listAudit(s.db, systemScope(24013), { limit: 500 })).length;
    const f = await failure(poto.village.create.mutate({ name: 'A', ethnicMinorityArea: true, households: -3 }));
    expect(f).toMatchObject({ status: 400, domainCode: 'INPUT.INVALID' });
    expect(f.fields).toEqual({
      name: { code: 'field.VILLAGE_NAME_TOO_SHORT', params: { min: 2 } },
      households: { code: 'field.TOO_SMALL', params: { min: 0 } },
    });
    expect(f.message).toContain('Tên thôn/làng quá ngắn');
    const extra = await failure(poto.village.create.mutate({ name: 'Làng X', extra: 1 } as never));
    expect(extra.domainCode).toBe('INPUT.INVALID');
    expect((await listAudit(s.db, systemScope(24013), { limit: 500 })).length).toBe(before);
  });
  it('adds a village once; a retry of the same request is a conflict, never a duplicate', async () => {
    const poto = s.client(await signIn('vp-poto'));
    await poto.village.create.mutate({ name: 'Làng Plei Ơi', ethnicMinorityArea: true, households: 80 });
    const f = await failure(
      poto.village.create.mutate({ name: 'Làng Plei Ơi', ethnicMinorityArea: true, households: 80 }),
    );
    expect(f).toMatchObject({ status: 409, domainCode: 'REGISTRY.NAME_TAKEN', params: { field: 'name' } });
    expect((await listVillages(s.db, systemScope(24013))).filter((v) => v.name === 'Làng Plei Ơi')).toHaveLength(1);
    const [row] = await listAudit(s.db, systemScope(24013), { limit: 1 });
    expect(row).toMatchObject({ action: 'village.create', after: { name: '[changed]' } }); // a name is kept by field name only (PDP)
  });
});
