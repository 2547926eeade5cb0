import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPlanTree, listAudit, listVillages, seedCommune } from '../src/index.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.ts';
import { smallSeed } from './fixtures.ts';
import { systemScope } from '@hgcs/domain';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

describe('seedCommune', () => {
  it('creates the commune, villages and plan tree once, with an audit row', async () => {
    expect(await seedCommune(t.db, smallSeed())).toBe(true);
    const tree = await getPlanTree(t.db, systemScope(99001));
    expect(tree?.groups[0]?.tasks[0]).toMatchObject({
      code: '1',
      leadAgencyCode: 'office',
      timing: { kind: 'yearly' },
    });
    expect(await listVillages(t.db, systemScope(99001))).toHaveLength(1);
    const audit = await listAudit(t.db, systemScope(99001), { limit: 10 });
    expect(audit.map((a) => a.action)).toEqual(['commune.seed']);
  });
  it('leaves an existing commune untouched on a second run (a retry never duplicates)', async () => {
    expect(await seedCommune(t.db, smallSeed())).toBe(false);
    expect(await listVillages(t.db, systemScope(99001))).toHaveLength(1);
    expect(await listAudit(t.db, systemScope(99001), { limit: 10 })).toHaveLength(1);
  });
  it('keeps one commune out of another commune’s reads', async () => {
    await seedCommune(t.db, smallSeed('99002'));
    expect((await getPlanTree(t.db, systemScope(99002)))?.communeId).toBe(99002);
    expect(await getPlanTree(t.db, systemScope(99003))).toBeUndefined();
  });
});
