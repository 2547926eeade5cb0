/**
 * The materials library over real HTTP on real PostgreSQL (issue 13, point 3): items added and changed (bad input
 * refused naming the field, nothing written; a retry returns the same item), searched without diacritics through
 * the full-text index ("hoa giai dat dai" finds "Hòa giải đất đai"), public ones only for citizens (kiosk, portal),
 * another commune's items never seen nor changed, who may read and keep them, audit rows without titles or links;
 * the Decision 315 "access to the material set" figure from the training records.
 */
import { listAuditFor } from '@hgcs/db';
import { systemScope } from '@hgcs/domain';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, failure, seedOtherCommune, startServer } from './harness.ts';

let s: Awaited<ReturnType<typeof startServer>>;
type Client = ReturnType<typeof s.client>;
let officer: Client;
let leader: Client;
let budget: Client;
let otherOfficer: Client;
const ids: Record<string, string> = {};

const item = (over: Record<string, unknown> = {}) => ({
  title: 'Hòa giải đất đai ở cơ sở',
  description: 'Sổ tay về tranh chấp ranh giới đất',
  kind: 'document' as const,
  tags: ['Đất đai', 'sổ tay'],
  language: 'vi' as const,
  visibility: 'public' as const,
  url: 'https://moj.gov.vn/tai-lieu/hoa-giai-dat-dai.pdf',
  clientKey: randomUUID(),
  ...over,
});

beforeAll(async () => {
  s = await startServer(); // testNow: Monday 15 March 2027
  await seedOtherCommune(s.db);
  await createUser(s.db, { role: 'justice_officer', username: 'tu-phap' });
  await createUser(s.db, { role: 'team_leader', username: 'to-truong' });
  await createUser(s.db, { role: 'budget_officer', username: 'ke-toan' });
  await createUser(s.db, { communeId: 24014, role: 'justice_officer', username: 'tu-phap-khac' });
  officer = s.client(await s.signIn('tu-phap'));
  leader = s.client(await s.signIn('to-truong'));
  budget = s.client(await s.signIn('ke-toan'));
  otherOfficer = s.client(await s.signIn('tu-phap-khac'));
}, 120_000);
afterAll(() => s.close());

describe('keeping the library', () => {
  it('refuses bad items naming the field, and writes nothing', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ url: 'http://moj.gov.vn/a.pdf' }, 'url', 'https://'],
      [{ url: 'javascript:alert(1)' }, 'url', 'https://'],
      [{ title: 'ab' }, 'title', 'Tên tài liệu: ít nhất 3 ký tự'],
      [{ title: 'Tài\u202Eliệu' }, 'title', ''],
      [{ kind: 'audio' }, 'kind', 'tài liệu hoặc video'],
      [{ language: 'fr' }, 'language', 'ngôn ngữ'],
      [{ visibility: 'secret' }, 'visibility', 'công khai hoặc nội bộ'],
      [{ tags: Array.from({ length: 13 }, (_, i) => `thẻ ${i}`) }, 'tags', 'Nhiều nhất 12 thẻ'],
      [{ tags: ['x'] }, 'tags.0', 'Mỗi thẻ'],
    ];
    for (const [over, field, text] of cases) {
      const f = await failure(officer.material.create.mutate(item(over) as never));
      expect(f, field).toMatchObject({ status: 400, domainCode: 'INPUT.INVALID' });
      expect(Object.keys(f.fields), field).toEqual([field]);
      expect(f.message, field).toContain(text);
    }
    expect((await officer.material.search.query({})).items).toEqual([]);
  });

  it('adds an item once, however often the form is sent', async () => {
    const first = item();
    const a = await officer.material.create.mutate(first);
    const [b, c] = await Promise.all([officer.material.create.mutate(first), officer.material.create.mutate(first)]);
    expect(a.created).toBe(true);
    expect([b.id, c.id]).toEqual([a.id, a.id]);
    expect([b.created, c.created]).toEqual([false, false]);
    ids.land = a.id;
    expect((await officer.material.search.query({})).items).toHaveLength(1);
    ids.video = (
      await officer.material.create.mutate(
        item({
          title: 'Video: kỹ năng hòa giải hôn nhân',
          description: '',
          kind: 'video',
          tags: ['Hôn nhân'],
          visibility: 'internal',
          url: 'https://youtube.com/watch?v=abc',
        }),
      )
    ).id;
    ids.jrai = (
      await officer.material.create.mutate(
        item({ title: 'Hră hơdôm tơlơi phiăn', tags: [], language: 'jra', description: 'Tài liệu tiếng Jrai' }),
      )
    ).id;
  });

  it('changes an item, and refuses another commune’s item as not found', async () => {
    const { file: _file, ...current } = await officer.material.get.query({ id: ids.video! });
    expect(_file).toBeNull();
    await officer.material.update.mutate({ ...current, id: ids.video!, description: 'Cho tổ trưởng' });
    expect(await officer.material.get.query({ id: ids.video! })).toMatchObject({
      description: 'Cho tổ trưởng',
      visibility: 'internal',
    });
    const { id: _id, ...values } = current;
    const f = await failure(otherOfficer.material.update.mutate({ id: ids.video!, ...values }));
    expect(f).toMatchObject({ status: 404, domainCode: 'RESOURCE.NOT_FOUND' });
    expect(await failure(otherOfficer.material.get.query({ id: ids.video! }))).toMatchObject({ status: 404 });
    expect((await otherOfficer.material.search.query({})).items).toEqual([]);
    const bad = await failure(officer.material.update.mutate({ ...current, id: ids.video!, url: 'ftp://x.vn/a' }));
    expect(Object.keys(bad.fields)).toEqual(['url']);
    expect((await officer.material.get.query({ id: ids.video! })).url).toBe('https://youtube.com/watch?v=abc');
  });
});

describe('search without diacritics (full text, unaccent)', () => {
  const titles = async (q: string, more: Record<string, unknown> = {}) =>
    (await officer.material.search.query({ q, ...more })).items.map((i) => i.title);
  it('finds "Hòa giải đất đai" by "hoa giai dat dai", by a word’s beginning, by a tag, in any case', async () => {
    expect(await titles('hoa giai dat dai')).toEqual(['Hòa giải đất đai ở cơ sở']);
    expect(await titles('HÒA GIẢI ĐẤT')).toEqual(['Hòa giải đất đai ở cơ sở']);
    expect(await titles('ranh gioi')).toEqual(['Hòa giải đất đai ở cơ sở']);
    expect(await titles('so tay')).toEqual(['Hòa giải đất đai ở cơ sở']);
    expect(await titles('hon nhan')).toEqual(['Video: kỹ năng hòa giải hôn nhân']);
    expect(await titles('hoa giai')).toHaveLength(2);
    expect(await titles('dat dai hon nhan')).toEqual([]);
    expect(await titles('tieng jrai')).toEqual(['Hră hơdôm tơlơi phiăn']);
  });
  it('filters by kind and language; odd characters are only separators', async () => {
    expect(await titles('', { kind: 'video' })).toEqual(['Video: kỹ năng hòa giải hôn nhân']);
    expect(await titles('', { language: 'jra' })).toEqual(['Hră hơdôm tơlơi phiăn']);
    expect(await titles("hoa & giai | !dat:* ' ( ")).toEqual(['Hòa giải đất đai ở cơ sở']);
    expect(await titles('&|!():*')).toHaveLength(3);
    const f = await failure(officer.material.search.query({ q: 'x'.repeat(201) }));
    expect(Object.keys(f.fields)).toEqual(['q']);
  });
  it('keeps the folded words, with the GIN index the planner can use', async () => {
    const plan = await s.db.transaction(async (tx) => {
      await tx.execute('set local enable_seqscan = off');
      return tx.execute(
        "explain select id from materials where search_vector @@ to_tsquery('pg_catalog.simple', hgcs_search_text('hoa:* & giai:*'))",
      );
    });
    expect(JSON.stringify(plan.rows)).toContain('materials_search_idx');
    const stored = await s.db.execute(`select search_vector::text as v from materials where id = '${ids.land}'`);
    expect(String(stored.rows[0]!.v)).toContain("'dat'");
  });
});

describe('public items for the kiosk and the portal', () => {
  it('lists only public items, without who may see them, searched the same way; no sign-in', async () => {
    const { items } = await s.client().material.public.query({ commune: '24013' });
    expect(items.map((i) => i.title).sort()).toEqual(['Hòa giải đất đai ở cơ sở', 'Hră hơdôm tơlơi phiăn'].sort());
    expect(items[0]).not.toHaveProperty('visibility');
    const found = await s.client().material.public.query({ commune: '24013', q: 'hon nhan' });
    expect(found.items).toEqual([]);
    expect((await s.client().material.public.query({ commune: '24014' })).items).toEqual([]);
    expect(await failure(s.client().material.public.query({ commune: '99999' }))).toMatchObject({ status: 404 });
    expect(await failure(s.client().material.public.query({ commune: '24 13' }))).toMatchObject({ status: 400 });
  });
});

describe('who may read and keep the library', () => {
  it('lets a team leader read internal items but not keep them; refuses the budget officer', async () => {
    expect((await leader.material.search.query({})).items).toHaveLength(3);
    expect(await failure(leader.material.create.mutate(item()))).toMatchObject({ status: 403 });
    expect((await budget.material.search.query({})).items).toHaveLength(3);
    expect(await failure(budget.material.update.mutate({ ...item(), id: ids.land! } as never))).toMatchObject({
      status: 403,
    });
    expect(await failure(s.client().material.search.query({}))).toMatchObject({ status: 401 });
  });
  it('audits every write by enums only — never the title or the link', async () => {
    const rows = await listAuditFor(s.db, systemScope(24013), 'material', ids.video!);
    expect(rows.map((r) => r.action)).toEqual(['material.create', 'material.update']);
    const text = JSON.stringify(rows);
    expect(text).toContain('internal');
    expect(text).not.toContain('youtube');
    expect(text).not.toContain('kỹ năng');
  });
});

describe('Decision 315: access to the material set', () => {
  it('counts the active mediators who attended a day of an event that used the set', async () => {
    const v = (await officer.village.create.mutate({ name: 'Làng Một', kind: 'lang' })).id;
    const t = (await officer.team.create.mutate({ villageId: v, name: 'Tổ hòa giải làng Một' })).id;
    const yes = {
      volunteers: true,
      attestations: { goodCharacterAndRespected: true, ableToPersuade: true, hasLegalKnowledge: true },
    };
    const people: string[] = [];
    for (const fullName of ['Rơ Mah Hyun', 'Đinh Thị Hoa', 'Ksor Bơi']) {
      const id = (
        await officer.mediator.create.mutate({
          fullName,
          gender: 'male',
          birthYear: 1970,
          ethnicity: 'Kinh',
          residenceVillageId: v,
          personalDataBasis: 'public_task',
        })
      ).id;
      await officer.team.join.mutate({ teamId: t, mediatorId: id, joinedOn: '2026-04-01', ...yes });
      people.push(id);
    }
    const base = {
      startsOn: '2027-03-10',
      endsOn: '2027-03-10',
      place: 'Hội trường UBND xã',
      kind: 'training' as const,
      hoursPerDay: 4,
      trainers: [],
    };
    const withSet = await officer.training.create.mutate({
      ...base,
      title: 'Giới thiệu bộ tài liệu',
      usesMaterialSet: true,
      clientKey: randomUUID(),
    });
    const without = await officer.training.create.mutate({
      ...base,
      title: 'Kỹ năng khác',
      usesMaterialSet: false,
      clientKey: randomUUID(),
    });
    await officer.training.recordAttendance.mutate({
      eventId: withSet.id,
      attendees: [{ mediatorId: people[0]!, attendedOn: '2027-03-10', hours: 4 }],
    });
    await officer.training.recordAttendance.mutate({
      eventId: without.id,
      attendees: [{ mediatorId: people[1]!, attendedOn: '2027-03-10', hours: 4 }],
    });
    expect(await officer.material.access.query({ asOf: '2027-03-15' })).toEqual({
      asOf: '2027-03-15',
      mediators: 3,
      withAccess: 1,
      withAccessAndUse: 1,
      withoutAccess: 2,
    });
    expect((await officer.material.access.query({ asOf: '2027-03-09' })).withAccess).toBe(0);
    expect((await otherOfficer.material.access.query({ asOf: '2027-03-15' })).mediators).toBe(0);
    expect(Object.keys((await failure(officer.material.access.query({ asOf: '2027-02-30' }))).fields)).toEqual([
      'asOf',
    ]);
  });
});
