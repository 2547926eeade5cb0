/**
 * The registry over real HTTP on real PostgreSQL (issue 10): villages, teams with live composition compliance,
 * mediators (search without diacritics, duplicate flag, personal data only for the roles that need it), joining
 * (Art. 7 standards) and leaving (compliance recomputed), the legal-support pool, the Decision 315 figures, scope
 * (another commune's team is "not found"; a team leader sees their team only), bad input naming the field, and
 * audit rows without personal data.
 */
import { listAuditFor } from '@hgcs/db';
import { systemScope } from '@hgcs/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, failure, seedOtherCommune, startServer } from './harness.ts';

let s: Awaited<ReturnType<typeof startServer>>;
type Client = ReturnType<typeof s.client>;
let officer: Client;
let front: Client;
let admin: Client;
let other: Client;
const ids: Record<string, string> = {};
const yes = {
  volunteers: true,
  attestations: { goodCharacterAndRespected: true, ableToPersuade: true, hasLegalKnowledge: true },
};
const person = (fullName: string, over: Record<string, unknown> = {}) => ({
  fullName,
  gender: 'male' as const,
  birthYear: 1970,
  ethnicity: 'Kinh',
  residenceVillageId: ids.village!,
  personalDataBasis: 'public_task' as const,
  ...over,
});

beforeAll(async () => {
  s = await startServer();
  await seedOtherCommune(s.db);
  await createUser(s.db, { role: 'justice_officer', username: 'tu-phap' });
  await createUser(s.db, { role: 'front_viewer', username: 'mttq', agencyCode: 'fatherland_front' });
  await createUser(s.db, { role: 'admin', username: 'quan-tri' });
  await createUser(s.db, { communeId: 24014, role: 'justice_officer', username: 'tu-phap-khac' });
  officer = s.client(await s.signIn('tu-phap'));
  front = s.client(await s.signIn('mttq'));
  admin = s.client(await s.signIn('quan-tri'));
  other = s.client(await s.signIn('tu-phap-khac'));
}, 120_000);
afterAll(() => s.close());

describe('villages', () => {
  it('are created with their kind and listed in keyset pages with their teams', async () => {
    ids.village = (
      await officer.village.create.mutate({
        name: 'Làng Thử Nghiệm',
        kind: 'lang',
        ethnicMinorityArea: true,
        households: 150,
      })
    ).id;
    ids.plainVillage = (
      await officer.village.create.mutate({ name: 'Tổ dân phố Thử', kind: 'to_dan_pho', ethnicMinorityArea: false })
    ).id;
    const first = await officer.village.list.query({ limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.next).toBe(first.items[1]!.id);
    const all: string[] = [];
    let after: string | undefined;
    do {
      const page = await officer.village.list.query({ limit: 3, ...(after ? { after } : {}) });
      all.push(...page.items.map((v) => v.id));
      after = page.next ?? undefined;
    } while (after);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toContain(ids.village);
    const village = (await officer.village.list.query({ limit: 100 })).items.find((v) => v.id === ids.village)!;
    expect(village).toMatchObject({ kind: 'lang', ethnicMinorityArea: true, households: 150, teams: [] });
  });
  it('refuse a taken name and a bad kind, naming the field; another commune cannot change them', async () => {
    expect(await failure(officer.village.create.mutate({ name: 'Làng Thử Nghiệm' }))).toMatchObject({
      status: 409,
      domainCode: 'REGISTRY.NAME_TAKEN',
    });
    const bad = await failure(officer.village.create.mutate({ name: 'Làng X', kind: 'xom' as never }));
    expect(bad).toMatchObject({ status: 400, domainCode: 'INPUT.INVALID' });
    expect(Object.keys(bad.fields)).toEqual(['kind']);
    expect(bad.message).toContain('Loại: chọn thôn, làng hoặc tổ dân phố');
    expect(await failure(other.village.update.mutate({ id: ids.village!, name: 'Đổi' }))).toMatchObject({
      status: 404,
    });
  });
  it('may be changed by the office (kind, area flag)', async () => {
    await officer.village.update.mutate({ id: ids.plainVillage!, kind: 'thon' });
    expect((await officer.village.list.query({ limit: 100 })).items.find((v) => v.id === ids.plainVillage)!.kind).toBe(
      'thon',
    );
  });
});

describe('teams and mediators', () => {
  it('a new team is not compliant and says every gap', async () => {
    ids.team = (
      await officer.team.create.mutate({
        villageId: ids.village!,
        name: 'Tổ hòa giải Làng Thử',
        foundingDecisionNo: '12/QĐ-UBND',
        foundingDecisionOn: '2026-03-02',
      })
    ).id;
    const team = await officer.team.get.query({ id: ids.team });
    expect(team.compliance).toMatchObject({ compliant: false, activeMembers: 0 });
    expect(team.compliance.issues.map((i) => i.code)).toEqual([
      'TEAM.TOO_FEW_MEDIATORS',
      'TEAM.NO_WOMAN',
      'TEAM.NO_ETHNIC_MINORITY_MEDIATOR',
      'TEAM.NO_LEADER',
    ]);
    expect(
      await failure(officer.team.create.mutate({ villageId: ids.village!, name: 'Tổ hòa giải Làng Thử' })),
    ).toMatchObject({ status: 409, domainCode: 'REGISTRY.NAME_TAKEN' });
    const otherVillage = (await other.village.list.query({})).items[0]!.id;
    expect(await failure(officer.team.create.mutate({ villageId: otherVillage, name: 'Tổ lạ' }))).toMatchObject({
      status: 400,
      domainCode: 'REGISTRY.VILLAGE_NOT_FOUND',
    });
  });

  it('records mediators and flags a duplicate person unless the officer confirms another person', async () => {
    ids.leader = (await officer.mediator.create.mutate(person('Nguyễn Văn An'))).id;
    ids.woman = (
      await officer.mediator.create.mutate(
        person('Trần Thị Bình', { gender: 'female', birthYear: 1980, phone: '0905 123 456', phonePublic: false }),
      )
    ).id;
    ids.jrai = (await officer.mediator.create.mutate(person('Rơ Mah Hiếu', { ethnicity: 'Jrai', birthYear: 1975 }))).id;
    const dup = await failure(officer.mediator.create.mutate(person('nguyen van AN')));
    expect(dup).toMatchObject({ status: 409, domainCode: 'REGISTRY.DUPLICATE_PERSON' });
    expect(dup.message).toMatch(/^Họ tên:/);
    ids.namesake = (await officer.mediator.create.mutate({ ...person('Nguyễn Văn An'), confirmedDistinct: true })).id;
    expect(ids.namesake).not.toBe(ids.leader);
  });

  it('finds mediators without diacritics, in keyset pages', async () => {
    expect((await officer.mediator.search.query({ q: 'ro mah' })).items.map((m) => m.id)).toEqual([ids.jrai]);
    expect((await officer.mediator.search.query({ q: 'nguyen an' })).items).toHaveLength(2);
    const first = await officer.mediator.search.query({ limit: 2 });
    const second = await officer.mediator.search.query({ limit: 2, after: first.next! });
    expect(second.items.map((m) => m.id)).not.toContain(first.items[0]!.id);
    expect([...first.items, ...second.items]).toHaveLength(4);
    expect(second.next).toBeNull();
    expect((await other.mediator.search.query({ q: 'ro mah' })).items).toEqual([]);
  });

  it('flags a change that makes a person the same as another (name, birth year, village), unless confirmed', async () => {
    const other = (await officer.mediator.create.mutate(person('Lê Văn Tư', { birthYear: 1981 }))).id;
    const dup = await failure(
      officer.mediator.update.mutate({ id: other, fullName: 'Tran Thi Binh', birthYear: 1980 }),
    );
    expect(dup).toMatchObject({ status: 409, domainCode: 'REGISTRY.DUPLICATE_PERSON', params: { field: 'fullName' } });
    expect((await officer.mediator.get.query({ id: other })).fullName).toBe('Lê Văn Tư');
    // Another birth year is another person: no flag.
    await officer.mediator.update.mutate({ id: other, fullName: 'Lê Văn Tư Hai' });
    expect((await officer.mediator.get.query({ id: other })).fullName).toBe('Lê Văn Tư Hai');
  });

  it('shows ethnicity, birth year and a private phone only to roles with the personal-data right', async () => {
    const forOfficer = await officer.mediator.get.query({ id: ids.woman! });
    expect(forOfficer.personal).toMatchObject({ birthYear: 1980, ethnicity: 'Kinh', ethnicMinority: false });
    expect(forOfficer.phone).toBe('0905 123 456');
    const forFront = await front.mediator.get.query({ id: ids.woman! });
    expect(forFront.personal).toBeNull();
    expect(forFront.phone).toBeNull();
    expect(JSON.stringify(forFront)).not.toContain('Kinh');
    expect((await admin.mediator.get.query({ id: ids.woman! })).personal).toBeNull();
    expect(await failure(other.mediator.get.query({ id: ids.woman! }))).toMatchObject({ status: 404 });
  });

  it('refuses a join that breaks an Art. 7 standard, naming every unmet one', async () => {
    const elsewhere = (
      await officer.mediator.create.mutate(person('Lê Văn Xa', { residenceVillageId: ids.plainVillage }))
    ).id;
    const refused = await failure(
      officer.team.join.mutate({
        teamId: ids.team!,
        mediatorId: elsewhere,
        joinedOn: '2026-04-01',
        ...yes,
        volunteers: false,
      }),
    );
    expect(refused).toMatchObject({ status: 400, domainCode: 'REGISTRY.STANDARDS_UNMET' });
    expect(refused.message).toContain('thường trú');
    expect(refused.message).toContain('tự nguyện');
  });

  it('becomes compliant with a leader, a woman and an ethnic-minority member; the figure follows', async () => {
    const before = await officer.team.figures.query();
    ids.mLeader = (
      await officer.team.join.mutate({
        teamId: ids.team!,
        mediatorId: ids.leader!,
        role: 'leader',
        joinedOn: '2026-04-01',
        recognitionDecisionNo: '15/QĐ-UBND',
        recognitionDecisionOn: '2026-04-01',
        ...yes,
      })
    ).id;
    ids.mWoman = (
      await officer.team.join.mutate({ teamId: ids.team!, mediatorId: ids.woman!, joinedOn: '2026-04-01', ...yes })
    ).id;
    ids.mJrai = (
      await officer.team.join.mutate({ teamId: ids.team!, mediatorId: ids.jrai!, joinedOn: '2026-04-01', ...yes })
    ).id;
    const team = await officer.team.get.query({ id: ids.team! });
    expect(team.compliance).toEqual({ compliant: true, activeMembers: 3, issues: [] });
    expect(team.members.map((m) => m.role).sort()).toEqual(['leader', 'member', 'member']);
    const listed = (await officer.team.list.query({ limit: 100 })).items.find((t) => t.id === ids.team)!;
    expect(listed).toMatchObject({ leaderName: 'Nguyễn Văn An', compliance: { compliant: true } });
    const after = await officer.team.figures.query();
    expect(after.consolidated.numerator).toBe(before.consolidated.numerator + 1);
    expect(after.consolidated.denominator).toBe(before.consolidated.denominator);
  });

  it('refuses a second leader and a second open membership of the same person', async () => {
    expect(
      await failure(
        officer.team.join.mutate({
          teamId: ids.team!,
          mediatorId: ids.namesake!,
          role: 'leader',
          joinedOn: '2026-04-02',
          ...yes,
        }),
      ),
    ).toMatchObject({ status: 409, domainCode: 'REGISTRY.LEADER_TAKEN' });
    expect(
      await failure(
        officer.team.join.mutate({ teamId: ids.team!, mediatorId: ids.woman!, joinedOn: '2026-04-02', ...yes }),
      ),
    ).toMatchObject({ status: 409, domainCode: 'REGISTRY.ALREADY_MEMBER' });
  });

  it('shows members to the Front without gender or ethnicity', async () => {
    const team = await front.team.get.query({ id: ids.team! });
    expect(team.members[0]).not.toHaveProperty('ethnicMinority');
    expect(team.members[0]).not.toHaveProperty('gender');
  });

  it('a member leaving closes the membership with a reason, keeps the history and warns at once', async () => {
    expect(
      await failure(
        officer.team.leave.mutate({ membershipId: ids.mWoman!, leftOn: '2026-01-01', reason: 'voluntary' }),
      ),
    ).toMatchObject({ status: 400, domainCode: 'REGISTRY.LEFT_BEFORE_JOINED' });
    const left = await officer.team.leave.mutate({
      membershipId: ids.mWoman!,
      leftOn: '2027-02-01',
      reason: 'voluntary',
    });
    expect(left.compliance.issues.map((i) => i.code)).toEqual(['TEAM.TOO_FEW_MEDIATORS', 'TEAM.NO_WOMAN']);
    expect(
      await failure(
        officer.team.leave.mutate({ membershipId: ids.mWoman!, leftOn: '2027-02-02', reason: 'voluntary' }),
      ),
    ).toMatchObject({ status: 409, domainCode: 'REGISTRY.NOT_ACTIVE_MEMBER' });
    const team = await officer.team.get.query({ id: ids.team! });
    expect(team.history).toEqual([
      expect.objectContaining({ mediatorId: ids.woman, leftOn: '2027-02-01', leftReason: 'voluntary' }),
    ]);
    const mediator = await officer.mediator.get.query({ id: ids.woman! });
    expect(mediator.memberships).toEqual([expect.objectContaining({ teamId: ids.team, leftOn: '2027-02-01' })]);
    // She may join again later: a new membership, the old one stays in the history.
    ids.mWoman2 = (
      await officer.team.join.mutate({ teamId: ids.team!, mediatorId: ids.woman!, joinedOn: '2027-03-01', ...yes })
    ).id;
    expect((await officer.team.get.query({ id: ids.team! })).compliance.compliant).toBe(true);
  });
});

describe('scope', () => {
  it('another commune’s team is "not found" for reading and changing', async () => {
    expect(await failure(other.team.get.query({ id: ids.team! }))).toMatchObject({ status: 404 });
    expect(await failure(other.team.update.mutate({ id: ids.team!, name: 'Chiếm' }))).toMatchObject({ status: 404 });
    expect(
      await failure(other.team.leave.mutate({ membershipId: ids.mLeader!, leftOn: '2027-05-01', reason: 'voluntary' })),
    ).toMatchObject({ status: 404 });
    expect(
      await failure(
        other.team.join.mutate({ teamId: ids.team!, mediatorId: ids.leader!, joinedOn: '2027-05-01', ...yes }),
      ),
    ).toMatchObject({ status: 404 });
    expect((await other.team.list.query({})).items.map((t) => t.id)).not.toContain(ids.team);
  });
  it('a team leader sees only their own team and its members', async () => {
    const otherTeam = (await officer.team.create.mutate({ villageId: ids.village!, name: 'Tổ hòa giải thứ hai' })).id;
    await createUser(s.db, { role: 'team_leader', username: 'to-truong', teamId: ids.team! });
    const leader = s.client(await s.signIn('to-truong'));
    expect((await leader.team.list.query({})).items.map((t) => t.id)).toEqual([ids.team]);
    expect(await failure(leader.team.get.query({ id: otherTeam }))).toMatchObject({ status: 404 });
    const seen = (await leader.mediator.search.query({})).items.map((m) => m.id).sort();
    expect(seen).toEqual([ids.leader, ids.woman, ids.jrai].sort());
    expect(await failure(leader.mediator.get.query({ id: ids.namesake! }))).toMatchObject({ status: 404 });
    expect((await leader.mediator.get.query({ id: ids.jrai! })).personal).toMatchObject({ ethnicMinority: true });
  });
});

describe('legal support', () => {
  it('links a supporter to a team once, however often asked, and the figure counts it', async () => {
    const before = await officer.team.figures.query();
    ids.supporter = (
      await officer.legalSupport.create.mutate({
        fullName: 'Luật gia Phạm Văn Luật',
        kind: 'jurist',
        organisation: 'Hội Luật gia tỉnh',
      })
    ).id;
    expect(
      await officer.legalSupport.link.mutate({ supporterId: ids.supporter, teamId: ids.team!, since: '2027-01-10' }),
    ).toEqual({ linked: true });
    expect(
      await officer.legalSupport.link.mutate({ supporterId: ids.supporter, teamId: ids.team!, since: '2027-01-10' }),
    ).toEqual({ linked: false });
    const after = await officer.team.figures.query();
    expect(after.legalSupport.numerator).toBe(before.legalSupport.numerator + 1);
    const list = await officer.legalSupport.list.query({});
    expect(list.items.find((x) => x.id === ids.supporter)!.teams).toEqual([
      { teamId: ids.team, teamName: 'Tổ hòa giải Làng Thử', since: '2027-01-10' },
    ]);
    expect((await officer.team.get.query({ id: ids.team! })).supporters.map((x) => x.id)).toEqual([ids.supporter]);
    expect(await officer.legalSupport.unlink.mutate({ supporterId: ids.supporter, teamId: ids.team! })).toEqual({
      unlinked: true,
    });
    expect((await officer.team.figures.query()).legalSupport.numerator).toBe(before.legalSupport.numerator);
  });
  it('refuses a bad kind naming the field, and another commune’s supporter or team', async () => {
    const bad = await failure(officer.legalSupport.create.mutate({ fullName: 'X Y', kind: 'wizard' as never }));
    expect(Object.keys(bad.fields)).toEqual(['kind']);
    expect(bad.message).toContain('Loại: chọn một loại người hỗ trợ');
    expect(
      await failure(other.legalSupport.link.mutate({ supporterId: ids.supporter!, teamId: ids.team! })),
    ).toMatchObject({ status: 404 });
    expect(await failure(other.legalSupport.remove.mutate({ id: ids.supporter! }))).toMatchObject({ status: 404 });
    await officer.legalSupport.update.mutate({ id: ids.supporter!, kind: 'retired_judge' });
    await officer.legalSupport.remove.mutate({ id: ids.supporter! });
    expect((await officer.legalSupport.list.query({})).items.map((x) => x.id)).not.toContain(ids.supporter);
  });
});

describe('bad input and the audit trail', () => {
  it('names the field of a bad mediator', async () => {
    const bad = await failure(officer.mediator.create.mutate(person('A', { birthYear: 1800, phone: 'gọi tôi' })));
    expect(bad).toMatchObject({ status: 400, domainCode: 'INPUT.INVALID' });
    expect(Object.keys(bad.fields).sort()).toEqual(['birthYear', 'fullName', 'phone']);
    expect(bad.message).toContain('Năm sinh: không trước 1900');
  });
  it('audits every change without names, ethnicity or phone', async () => {
    const rows = await listAuditFor(s.db, systemScope(24013), 'mediator', ids.woman!);
    expect(rows.map((r) => r.action)).toContain('mediator.create');
    const text = JSON.stringify(rows);
    for (const secret of ['Trần Thị Bình', 'Kinh', '0905 123 456']) expect(text).not.toContain(secret);
    expect(rows[0]!.after).toMatchObject({
      fullName: '[changed]',
      birthYear: '[changed]',
      ethnicity: '[changed]',
      phone: '[changed]',
      residenceVillageId: ids.village,
    });
    const teamRows = await listAuditFor(s.db, systemScope(24013), 'team', ids.team!);
    expect(teamRows.map((r) => r.action)).toEqual(
      expect.arrayContaining([
        'team.create',
        'team.member_join',
        'team.member_leave',
        'legal_support.link',
        'legal_support.unlink',
      ]),
    );
    expect(JSON.stringify(teamRows)).not.toContain('voluntary');
  });
  it('keeps names out of the logs', () => {
    for (const name of ['Rơ Mah', 'Trần Thị Bình', 'ro mah']) expect(s.logs.join('')).not.toContain(name);
  });
});

describe("the province's Department of Justice", () => {
  it('reads every commune’s figures and mediators of its province, without personal data, and changes nothing', async () => {
    await createUser(s.db, { communeId: null, provinceCode: '52', role: 'province_officer', username: 'so-tu-phap' });
    const province = s.client(await s.signIn('so-tu-phap'));
    const [mine, theirs, all] = await Promise.all([
      officer.team.figures.query(),
      other.team.figures.query(),
      province.team.figures.query(),
    ]);
    expect(all.consolidated.denominator).toBe(mine.consolidated.denominator + theirs.consolidated.denominator);
    expect(all.consolidated.numerator).toBe(mine.consolidated.numerator + theirs.consolidated.numerator);
    const found = (await province.mediator.search.query({ q: 'ro mah', limit: 50 })).items;
    expect(found.length).toBeGreaterThan(0);
    for (const m of found) expect(m.personal).toBeNull();
    expect(JSON.stringify(found)).not.toContain('Kinh');
    const village = ids.village!;
    expect(await failure(province.team.create.mutate({ villageId: village, name: 'Tổ của tỉnh' }))).toMatchObject({
      status: 403,
    });
  });
});
