/**
 * The registry on real PostgreSQL (issue 10): search without diacritics through `hgcs_search_text` (unaccent +
 * pg_trgm, with its trigram index), keyset pages that neither skip nor repeat, the duplicate-person check, and
 * scope — another commune's rows are not found.
 */
import { systemScope } from '@hgcs/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSamePerson, insertMediator, listVillages, searchMediators, seedCommune } from '../src/index.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.ts';
import { smallSeed } from './fixtures.ts';

let t: TestDatabase;
let village: string;
const names = [
  'Rơ Mah Hiếu',
  'Rơ Châm Thị Hoa',
  'Nguyễn Thị Hòa',
  'Đỗ Văn Giải',
  "Ksor H'Yim",
  'Siu Đinh',
  'Nay Blúp',
  'Rah Lan Ngọc',
];
beforeAll(async () => {
  t = await createTestDatabase();
  await seedCommune(t.db, smallSeed('99001'));
  await seedCommune(t.db, smallSeed('99002'));
  village = (await listVillages(t.db, systemScope(99001)))[0]!.id;
  for (const [i, fullName] of names.entries()) {
    await insertMediator(t.db, systemScope(99001), {
      fullName,
      gender: i % 2 ? 'female' : 'male',
      birthYear: 1970 + i,
      ethnicity: 'Jrai',
      ethnicMinority: true,
      residenceVillageId: village,
      personalDataBasis: 'public_task',
    });
  }
  const other = (await listVillages(t.db, systemScope(99002)))[0]!.id;
  await insertMediator(t.db, systemScope(99002), {
    fullName: 'Rơ Mah Khác',
    gender: 'male',
    birthYear: 1980,
    residenceVillageId: other,
    personalDataBasis: 'public_task',
  });
});
afterAll(() => t.close());

const search = async (q: string, commune = 99001) =>
  (await searchMediators(t.db, systemScope(commune), { q, limit: 50 })).map((r) => r.fullName);

describe('mediator search', () => {
  it('finds names without diacritics, in any case, word by word', async () => {
    expect(await search('ro mah')).toEqual(['Rơ Mah Hiếu']);
    expect(await search('RO')).toEqual(['Rơ Châm Thị Hoa', 'Rơ Mah Hiếu']);
    expect(await search('hoa')).toEqual(['Nguyễn Thị Hòa', 'Rơ Châm Thị Hoa']);
    expect(await search('do giai')).toEqual(['Đỗ Văn Giải']);
    expect(await search('hiếu rơ')).toEqual(['Rơ Mah Hiếu']);
  });
  it('treats LIKE wildcards as letters and an empty query as everything', async () => {
    expect(await search('%')).toEqual([]);
    expect(await search('_')).toEqual([]);
    expect(await search("h'yim")).toEqual(["Ksor H'Yim"]);
    expect(await search('')).toHaveLength(names.length);
  });
  it('never reaches another commune', async () => {
    expect(await search('khac')).toEqual([]);
    expect(await search('khac', 99002)).toEqual(['Rơ Mah Khác']);
  });
  it('keeps the unaccented name, with an index the planner can use', async () => {
    const stored = await t.db.execute("select search_name from mediators where full_name = 'Rơ Châm Thị Hoa'");
    expect(stored.rows).toEqual([{ search_name: 'ro cham thi hoa' }]);
    await t.db.execute('set enable_seqscan = off');
    const plan = await t.db.execute("explain select id from mediators where search_name like '%ro mah%'");
    await t.db.execute('reset enable_seqscan');
    expect(JSON.stringify(plan.rows)).toContain('mediators_search_name_trgm_idx');
  });
});

describe('keyset pages', () => {
  it('walk every mediator once, in name order, and stop', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (let pages = 0; pages < 10; pages++) {
      const rows = await searchMediators(t.db, systemScope(99001), { q: '', after, limit: 3 });
      const page = rows.slice(0, 3);
      seen.push(...page.map((r) => r.fullName));
      if (rows.length <= 3) break;
      after = page[page.length - 1]!.id;
    }
    expect(seen).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });
  it('find nothing after a cursor of another commune', async () => {
    const [otherRow] = await searchMediators(t.db, systemScope(99002), { q: '', limit: 1 });
    expect(await searchMediators(t.db, systemScope(99001), { q: '', after: otherRow!.id, limit: 3 })).toEqual([]);
  });
});

describe('duplicate person', () => {
  it('is the same name without diacritics, spacing or case, birth year and village', async () => {
    expect(
      await findSamePerson(t.db, systemScope(99001), {
        fullName: '  ro  MAH hieu ',
        birthYear: 1970,
        residenceVillageId: village,
      }),
    ).toHaveLength(1);
    expect(
      await findSamePerson(t.db, systemScope(99001), {
        fullName: 'Rơ Mah Hiếu',
        birthYear: 1971,
        residenceVillageId: village,
      }),
    ).toEqual([]);
    expect(
      await findSamePerson(t.db, systemScope(99002), {
        fullName: 'Rơ Mah Hiếu',
        birthYear: 1970,
        residenceVillageId: village,
      }),
    ).toEqual([]);
  });
});
