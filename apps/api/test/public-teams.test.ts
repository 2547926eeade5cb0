/**
 * Issue 12, point 1: the public team directory (`team.public`) over real HTTP on real PostgreSQL — every village of
 * the commune with its active teams, where and when to find them, leader and members by name, and a phone only when
 * its owner agreed to show it; nothing else personal; a dissolved team and a member who left are not shown; another
 * commune's teams never mix in; the meeting place and time are set by the officer, checked and audited.
 */
import { listAuditFor } from '@hgcs/db';
import { systemScope } from '@hgcs/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, failure, seedOtherCommune, startServer } from './harness.ts';

let s: Awaited<ReturnType<typeof startServer>>;
let officer: ReturnType<typeof s.client>;
const ids: Record<string, string> = {};
const yes = {
  volunteers: true,
  attestations: { goodCharacterAndRespected: true, ableToPersuade: true, hasLegalKnowledge: true },
};

beforeAll(async () => {
  s = await startServer();
  await seedOtherCommune(s.db);
  await createUser(s.db, { role: 'justice_officer', username: 'tu-phap' });
  officer = s.client(await s.signIn('tu-phap'));
  ids.village = (
    await officer.village.create.mutate({ name: 'Làng Pờ Tó Thử', kind: 'lang', ethnicMinorityArea: true })
  ).id;
  ids.empty = (
    await officer.village.create.mutate({ name: 'Thôn Chưa Có Tổ', kind: 'thon', ethnicMinorityArea: false })
  ).id;
  ids.team = (
    await officer.team.create.mutate({
      villageId: ids.village,
      name: 'Tổ hòa giải Làng Pờ Tó Thử',
      meetingPlace: 'Nhà rông làng',
      meetingTime: 'Tối thứ Bảy hằng tuần',
    })
  ).id;
  ids.gone = (await officer.team.create.mutate({ villageId: ids.village, name: 'Tổ cũ đã giải thể' })).id;
  await officer.team.update.mutate({ id: ids.gone, status: 'dissolved' });
  const person = (fullName: string, over: Record<string, unknown>) =>
    officer.mediator.create.mutate({
      fullName,
      gender: 'female',
      birthYear: 1968,
      ethnicity: 'Jrai',
      residenceVillageId: ids.village!,
      personalDataBasis: 'consent',
      occupation: 'Làm rẫy',
      ...over,
    });
  const leader = (await person("Rơ Châm H'Lan", { phone: '0905 111 222', phonePublic: true })).id;
  const shy = (await person('Ksor Bí Mật', { phone: '0905 333 444', phonePublic: false, gender: 'male' })).id;
  const noPhone = (await person('Siu Thị Mai', {})).id;
  const leaving = (await person('Nay Đã Thôi', { phone: '0905 555 666', phonePublic: true })).id;
  for (const [mediatorId, role] of [
    [leader, 'leader'],
    [shy, 'deputy'],
    [noPhone, 'member'],
    [leaving, 'member'],
  ] as const) {
    const m = await officer.team.join.mutate({ teamId: ids.team, mediatorId, role, joinedOn: '2026-04-01', ...yes });
    if (mediatorId === leaving) ids.leaving = m.id;
  }
  await officer.team.leave.mutate({ membershipId: ids.leaving!, leftOn: '2026-05-01', reason: 'voluntary' });
}, 120_000);
afterAll(() => s.close());

describe('team.public', () => {
  it('answers anyone with every village, its active teams, where and when, leader first', async () => {
    const { villages } = await s.client().team.public.query({ commune: '24013' });
    const village = villages.find((v) => v.id === ids.village)!;
    expect(village.name).toBe('Làng Pờ Tó Thử');
    expect(village.teams).toEqual([
      {
        id: ids.team,
        name: 'Tổ hòa giải Làng Pờ Tó Thử',
        meetingPlace: 'Nhà rông làng',
        meetingTime: 'Tối thứ Bảy hằng tuần',
        leader: { name: "Rơ Châm H'Lan", role: 'leader', phone: '0905 111 222' },
        members: [
          { name: 'Ksor Bí Mật', role: 'deputy', phone: null },
          { name: 'Siu Thị Mai', role: 'member', phone: null },
        ],
      },
    ]);
    expect(villages.find((v) => v.id === ids.empty)).toEqual({ id: ids.empty, name: 'Thôn Chưa Có Tổ', teams: [] });
    expect(villages.map((v) => v.name)).toEqual([...villages.map((v) => v.name)].sort((a, b) => (a < b ? -1 : 1)));
  });

  it('shows no phone without consent and nothing else personal', async () => {
    const text = JSON.stringify(await s.client().team.public.query({ commune: '24013' }));
    for (const secret of [
      '0905 333 444',
      '0905 555 666',
      'Nay Đã Thôi',
      'Jrai',
      '1968',
      'female',
      'Làm rẫy',
      'consent',
    ])
      expect(text).not.toContain(secret);
  });

  it("keeps to the commune asked for, and says 'not found' for a commune that does not exist", async () => {
    const other = await s.client().team.public.query({ commune: '24014' });
    expect(JSON.stringify(other)).not.toContain('Làng Pờ Tó Thử');
    expect(await failure(s.client().team.public.query({ commune: '99999' }))).toMatchObject({ status: 404 });
    expect(await failure(s.client().team.public.query({ commune: '24 13' }))).toMatchObject({ status: 400 });
  });

  it('takes a new meeting place and time from the officer, audited, and refuses one too long naming the field', async () => {
    await officer.team.update.mutate({ id: ids.team!, meetingPlace: 'Nhà văn hóa thôn', meetingTime: null });
    const { villages } = await s.client().team.public.query({ commune: '24013' });
    expect(villages.find((v) => v.id === ids.village)!.teams[0]).toMatchObject({
      meetingPlace: 'Nhà văn hóa thôn',
      meetingTime: null,
    });
    expect((await officer.team.get.query({ id: ids.team! })).meetingPlace).toBe('Nhà văn hóa thôn');
    const audit = await listAuditFor(s.db, systemScope(24013), 'team', ids.team!);
    expect(audit.map((a) => a.action)).toContain('team.update');
    const refused = await failure(officer.team.update.mutate({ id: ids.team!, meetingPlace: 'x'.repeat(201) }));
    expect(refused).toMatchObject({ status: 400 });
    expect(refused.message).toContain('Nơi gặp tổ');
    const after = await s.client().team.public.query({ commune: '24013' });
    expect(after.villages.find((v) => v.id === ids.village)!.teams[0]!.meetingPlace).toBe('Nhà văn hóa thôn');
  });
});
