/**
 * The registry's decisions over real HTTP on real PostgreSQL (issue 10, points 4–5): a village's mediator election
 * recorded and decided by the domain (impossible counts refused naming the field, nothing written), the
 * recognition deadline in working days, the chairman's recognition opening the elected's memberships in one
 * transaction (idempotent on retry), the decision DOCX with the names, the team-leader election and its decision,
 * a termination previewed (composition warnings) then confirmed, a member's role; the chairman alone recognises;
 * another commune sees none of it; audit rows keep no names.
 */
import { listAuditFor } from '@hgcs/db';
import { systemScope } from '@hgcs/domain';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, failure, seedOtherCommune, startServer } from './harness.ts';

let s: Awaited<ReturnType<typeof startServer>>;
type Client = ReturnType<typeof s.client>;
let officer: Client;
let chairman: Client;
let front: Client;
let other: Client;
let chairmanToken: string;
const ids: Record<string, string> = {};

const person = (fullName: string, over: Record<string, unknown> = {}) => ({
  fullName,
  gender: 'male' as const,
  birthYear: 1970,
  ethnicity: 'Kinh',
  residenceVillageId: ids.village!,
  personalDataBasis: 'public_task' as const,
  ...over,
});

/** A recorded election of the test team on `heldOn`: A 70, B 55, C 51, D 40 of 100 households, 3 places. */
const election = (over: Record<string, unknown> = {}) => ({
  teamId: ids.team!,
  heldOn: '2027-03-05',
  method: 'open_vote' as const,
  villageHouseholds: 100,
  participatingHouseholds: 80,
  quota: 3,
  listReceivedOn: '2027-03-08',
  candidates: [
    { candidateId: ids.a!, nomination: 'front_work_committee' as const, votesFor: 70 },
    { candidateId: ids.b!, nomination: 'front_work_committee' as const, votesFor: 55 },
    { candidateId: ids.c!, nomination: 'self' as const, votesFor: 51 },
    { candidateId: ids.d!, nomination: 'front_work_committee' as const, votesFor: 40 },
  ],
  ...over,
});

const docxText = async (response: Response) =>
  (await (await JSZip.loadAsync(await response.arrayBuffer())).file('word/document.xml')!.async('string'))
    .replace(/<[^>]+>/g, '')
    .normalize('NFC');

const download = (token: string, path: string) =>
  fetch(`${s.url}${path}`, { headers: { authorization: `Bearer ${token}` } });

beforeAll(async () => {
  s = await startServer(); // testNow: Monday 15 March 2027
  await seedOtherCommune(s.db);
  await createUser(s.db, { role: 'justice_officer', username: 'tu-phap' });
  await createUser(s.db, { role: 'chairman', username: 'chu-tich' });
  await createUser(s.db, { role: 'front_viewer', username: 'mttq', agencyCode: 'fatherland_front' });
  await createUser(s.db, { communeId: 24014, role: 'chairman', username: 'chu-tich-khac' });
  officer = s.client(await s.signIn('tu-phap'));
  chairmanToken = await s.signIn('chu-tich');
  chairman = s.client(chairmanToken);
  front = s.client(await s.signIn('mttq'));
  other = s.client(await s.signIn('chu-tich-khac'));
  ids.village = (
    await officer.village.create.mutate({
      name: 'Làng Bầu Cử',
      kind: 'lang',
      ethnicMinorityArea: true,
      households: 100,
    })
  ).id;
  ids.elsewhere = (await officer.village.create.mutate({ name: 'Thôn Khác', kind: 'thon' })).id;
  ids.team = (await officer.team.create.mutate({ villageId: ids.village, name: 'Tổ hòa giải làng Bầu Cử' })).id;
  ids.a = (await officer.mediator.create.mutate(person('Rơ Mah Hyun', { ethnicity: 'Jrai', birthYear: 1966 }))).id;
  ids.b = (await officer.mediator.create.mutate(person('Đinh Thị Hoa', { gender: 'female', birthYear: 1978 }))).id;
  ids.c = (await officer.mediator.create.mutate(person('Nguyễn Văn Bình', { birthYear: 1980 }))).id;
  ids.d = (await officer.mediator.create.mutate(person('Trần Văn Dũng', { birthYear: 1975 }))).id;
  ids.outsider = (
    await officer.mediator.create.mutate(person('Lê Văn Ngoài', { residenceVillageId: ids.elsewhere }))
  ).id;
}, 120_000);
afterAll(() => s.close());

describe('recording a mediator election (Law 35/2013 Art. 8)', () => {
  it('refuses impossible counts naming the field, and writes nothing', async () => {
    const votes = await failure(
      officer.election.record.mutate(
        election({
          candidates: [{ candidateId: ids.a!, nomination: 'self', votesFor: 81 }],
        }),
      ),
    );
    expect(votes).toMatchObject({ status: 400, domainCode: 'INPUT.INVALID' });
    expect(Object.keys(votes.fields)).toContain('candidates.0.votesFor');
    expect(votes.message).toContain('Số phiếu đồng ý của người ứng cử thứ 1 (81) vượt số hộ tham gia (80)');
    const households = await failure(officer.election.record.mutate(election({ participatingHouseholds: 101 })));
    expect(Object.keys(households.fields)).toContain('participatingHouseholds');
    const ballot = await failure(officer.election.record.mutate(election({ method: 'secret_ballot' })));
    expect(Object.keys(ballot.fields)).toContain('countWitnessed');
    const outsider = await failure(
      officer.election.record.mutate(
        election({ candidates: [{ candidateId: ids.outsider!, nomination: 'self', votesFor: 60 }] }),
      ),
    );
    expect(outsider).toMatchObject({
      status: 400,
      domainCode: 'REGISTRY.CANDIDATE_NOT_RESIDENT',
      params: { field: 'candidates.0.candidateId' },
    });
    expect((await officer.election.list.query({ teamId: ids.team! })).items).toEqual([]);
  });

  it('stores the domain outcome: the three over 50 % of all households are elected, most votes first', async () => {
    ids.election = (await officer.election.record.mutate(election())).id;
    const e = await officer.election.get.query({ id: ids.election });
    expect(e).toMatchObject({ outcome: 'complete', placesLeft: 0, status: 'recorded' });
    expect(e.candidates.filter((c) => c.elected).map((c) => c.fullName)).toEqual([
      'Rơ Mah Hyun',
      'Đinh Thị Hoa',
      'Nguyễn Văn Bình',
    ]);
    // list received Mon 8/3 → due Mon 15/3 (5 working days): today is the last day
    expect(e.recognitionDueOn).toBe('2027-03-15');
    expect(e.countdown).toEqual({ dueOn: '2027-03-15', workingDaysLeft: 0, overdue: false });
  });

  it('a retry of the same round that day is refused, never a second row', async () => {
    expect(await failure(officer.election.record.mutate(election()))).toMatchObject({
      status: 409,
      domainCode: 'REGISTRY.ELECTION_EXISTS',
      params: { field: 'heldOn' },
    });
    expect((await officer.election.list.query({ teamId: ids.team! })).items).toHaveLength(1);
  });

  it('too few over 50 % calls for a supplementary election; an old list shows overdue in working days', async () => {
    ids.short = (
      await officer.election.record.mutate(
        election({
          heldOn: '2027-02-26',
          listReceivedOn: '2027-03-01',
          round: 'supplementary',
          candidates: [
            { candidateId: ids.d!, nomination: 'self', votesFor: 40 },
            { candidateId: ids.c!, nomination: 'self', votesFor: 50 }, // exactly half is not a majority
          ],
        }),
      )
    ).id;
    const e = await officer.election.get.query({ id: ids.short });
    expect(e).toMatchObject({ outcome: 'supplementary_needed', placesLeft: 3 });
    expect(e.countdown).toEqual({ dueOn: '2027-03-08', workingDaysLeft: -5, overdue: true });
    expect(
      await failure(
        chairman.election.recognise.mutate({
          electionId: ids.short,
          decisionNo: '1/QĐ-UBND',
          decisionOn: '2027-03-10',
        }),
      ),
    ).toMatchObject({
      status: 409,
      domainCode: 'REGISTRY.NOTHING_TO_RECOGNISE',
    });
  });

  it('pages a team’s elections newest first by keyset, each once (the console’s “Trang sau”)', async () => {
    const first = await officer.election.list.query({ teamId: ids.team!, limit: 1 });
    expect(first.items.map((e) => e.id)).toEqual([ids.election]);
    expect(first.next).toBe(ids.election);
    const second = await officer.election.list.query({ teamId: ids.team!, limit: 1, after: first.next! });
    expect(second.items.map((e) => e.id)).toEqual([ids.short]);
    expect(second.next).toBeNull();
  });
});

describe("the chairman's recognition (Art. 8.4)", () => {
  it("is the chairman's alone", async () => {
    const recognise = { electionId: ids.election!, decisionNo: '21/QĐ-UBND', decisionOn: '2027-03-12' };
    expect(await failure(officer.election.recognise.mutate(recognise))).toMatchObject({ status: 403 });
    expect(await failure(front.election.recognise.mutate(recognise))).toMatchObject({ status: 403 });
    expect(await failure(chairman.election.recognise.mutate({ ...recognise, decisionOn: '2027-03-01' }))).toMatchObject(
      { status: 400, domainCode: 'REGISTRY.DECISION_BEFORE_ELECTION', params: { field: 'decisionOn' } },
    );
    expect(await failure(chairman.election.recognise.mutate({ ...recognise, decisionNo: '' }))).toMatchObject({
      status: 400,
      domainCode: 'INPUT.INVALID',
    });
  });

  it('opens the memberships of the elected on the decision day, once, and the team counts them', async () => {
    const before = await officer.team.figures.query();
    const recognise = { electionId: ids.election!, decisionNo: '21/QĐ-UBND', decisionOn: '2027-03-12' };
    expect(await chairman.election.recognise.mutate(recognise)).toEqual({ id: ids.election, joined: 3 });
    expect(await chairman.election.recognise.mutate(recognise)).toEqual({ id: ids.election, joined: 0 });
    expect(await failure(chairman.election.recognise.mutate({ ...recognise, decisionNo: '22/QĐ-UBND' }))).toMatchObject(
      { status: 409, domainCode: 'REGISTRY.ALREADY_RECOGNISED', params: { decisionNo: '21/QĐ-UBND' } },
    );
    const team = await officer.team.get.query({ id: ids.team! });
    expect(team.members.map((m) => [m.fullName, m.joinedOn, m.recognitionDecisionNo]).sort()).toEqual([
      ['Nguyễn Văn Bình', '2027-03-12', '21/QĐ-UBND'],
      ['Rơ Mah Hyun', '2027-03-12', '21/QĐ-UBND'],
      ['Đinh Thị Hoa', '2027-03-12', '21/QĐ-UBND'],
    ]);
    expect(team.compliance.issues.map((i) => i.code)).toEqual(['TEAM.NO_LEADER']);
    const e = await front.election.get.query({ id: ids.election! });
    expect(e).toMatchObject({ status: 'recognised', decisionNo: '21/QĐ-UBND', countdown: null });
    const after = await officer.team.figures.query();
    expect(after.consolidated).toEqual(before.consolidated); // not yet: no leader
  });

  it('prints the decision with the elected names, numbered and dated as recorded', async () => {
    const response = await download(chairmanToken, `/exports/decisions/election/${ids.election}.docx`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('quyet-dinh-cong-nhan-hoa-giai-vien.docx');
    const text = await docxText(response);
    for (const line of [
      'Số: 21/QĐ-UBND',
      'Về việc công nhận hòa giải viên',
      'Rơ Mah Hyun',
      'Đinh Thị Hoa',
      'Nguyễn Văn Bình',
    ])
      expect(text).toContain(line);
    expect(text).not.toContain('Trần Văn Dũng');
    expect(text).toContain('Tổ hòa giải làng Bầu Cử, làng Bầu Cử');
    const frontToken = await s.signIn('mttq');
    expect((await download(frontToken, `/exports/decisions/election/${ids.election}.docx`)).status).toBe(403);
    expect((await fetch(`${s.url}/exports/decisions/election/${ids.election}.docx`)).status).toBe(401);
  });
});

describe('team leader, role and termination (Art. 11, 14)', () => {
  it('elects and recognises a leader: the team becomes consolidated', async () => {
    const before = await officer.team.figures.query();
    const tooMany = await failure(
      officer.election.leaderRecord.mutate({
        teamId: ids.team!,
        heldOn: '2027-03-13',
        method: 'open_vote',
        attendingMembers: 3,
        candidates: [{ mediatorId: ids.d!, votesFor: 3 }],
      }),
    );
    expect(Object.keys(tooMany.fields)).toContain('candidates.0.mediatorId'); // not a member of the team
    ids.leaderElection = (
      await officer.election.leaderRecord.mutate({
        teamId: ids.team!,
        heldOn: '2027-03-13',
        method: 'open_vote',
        attendingMembers: 3,
        proposalReceivedOn: '2027-03-15',
        candidates: [
          { mediatorId: ids.a!, votesFor: 2 },
          { mediatorId: ids.b!, votesFor: 1 },
        ],
      })
    ).id;
    const [listed] = await officer.election.leaderList.query({ teamId: ids.team! });
    expect(listed).toMatchObject({ electedName: 'Rơ Mah Hyun', recognitionDueOn: '2027-03-22', status: 'recorded' });
    expect(listed!.countdown).toMatchObject({ workingDaysLeft: 5, overdue: false });
    const decision = { electionId: ids.leaderElection, decisionNo: '23', decisionOn: '2027-03-15' };
    expect(await failure(officer.election.leaderRecognise.mutate(decision))).toMatchObject({ status: 403 });
    await chairman.election.leaderRecognise.mutate(decision);
    await chairman.election.leaderRecognise.mutate(decision); // a retry
    const team = await officer.team.get.query({ id: ids.team! });
    expect(team.compliance).toEqual({ compliant: true, activeMembers: 3, issues: [] });
    expect(team.members.find((m) => m.role === 'leader')?.fullName).toBe('Rơ Mah Hyun');
    const after = await officer.team.figures.query();
    expect(after.consolidated.numerator).toBe(before.consolidated.numerator + 1);
    const text = await docxText(
      await download(chairmanToken, `/exports/decisions/leader-election/${ids.leaderElection}.docx`),
    );
    expect(text).toContain('Số: 23/QĐ-UBND');
    expect(text).toContain('Công nhận ông Rơ Mah Hyun, sinh năm 1966');
  });

  it("changes a member's role; a second leader is refused naming the role", async () => {
    const team = await officer.team.get.query({ id: ids.team! });
    const binh = team.members.find((m) => m.fullName === 'Nguyễn Văn Bình')!;
    await officer.team.setRole.mutate({ membershipId: binh.id, role: 'deputy' });
    expect((await officer.team.get.query({ id: ids.team! })).members.find((m) => m.id === binh.id)?.role).toBe(
      'deputy',
    );
    expect(await failure(officer.team.setRole.mutate({ membershipId: binh.id, role: 'leader' }))).toMatchObject({
      status: 409,
      domainCode: 'REGISTRY.LEADER_TAKEN',
      params: { field: 'role' },
    });
    expect(await failure(front.team.setRole.mutate({ membershipId: binh.id, role: 'member' }))).toMatchObject({
      status: 403,
    });
  });

  it('previews the composition warnings before any decision, then closes the membership on confirming', async () => {
    const team = await officer.team.get.query({ id: ids.team! });
    const hoa = team.members.find((m) => m.fullName === 'Đinh Thị Hoa')!;
    const preview = await officer.termination.preview.query({ membershipId: hoa.id });
    expect(preview.warnings.map((w) => w.code).sort()).toEqual(['TEAM.NO_WOMAN', 'TEAM.TOO_FEW_MEDIATORS']);
    expect(preview).toMatchObject({ leaderLeaves: false, activeAfter: 2, proposer: 'team_leader' });
    expect((await officer.team.get.query({ id: ids.team! })).compliance.compliant).toBe(true); // nothing changed
    const confirm = {
      membershipId: hoa.id,
      ground: 'lost_standard' as const,
      lostStandard: 'permanent_residence' as const,
      proposedOn: '2027-03-15',
      decisionNo: '30/QĐ-UBND',
      decisionOn: '2027-03-15',
    };
    expect(await failure(officer.termination.confirm.mutate(confirm))).toMatchObject({ status: 403 });
    const bad = await failure(chairman.termination.confirm.mutate({ ...confirm, lostStandard: null }));
    expect(Object.keys(bad.fields)).toContain('lostStandard');
    const done = await chairman.termination.confirm.mutate(confirm);
    expect(done.compliance.compliant).toBe(false);
    expect(done.compliance.issues.map((i) => i.code).sort()).toEqual(['TEAM.NO_WOMAN', 'TEAM.TOO_FEW_MEDIATORS']);
    expect((await chairman.termination.confirm.mutate(confirm)).id).toBe(done.id); // a retry
    expect(await failure(chairman.termination.confirm.mutate({ ...confirm, decisionNo: '31/QĐ-UBND' }))).toMatchObject({
      status: 409,
      domainCode: 'REGISTRY.ALREADY_TERMINATED',
    });
    const after = await officer.team.get.query({ id: ids.team! });
    expect(after.history.map((m) => [m.fullName, m.leftOn, m.leftReason])).toEqual([
      ['Đinh Thị Hoa', '2027-03-15', 'lost_standard'],
    ]);
    expect(await front.termination.list.query({ teamId: ids.team! })).toEqual([
      expect.objectContaining({ id: done.id, fullName: 'Đinh Thị Hoa', ground: 'lost_standard' }),
    ]);
    const text = await docxText(await download(chairmanToken, `/exports/decisions/termination/${done.id}.docx`));
    expect(text).toContain('Về việc thôi làm hòa giải viên');
    expect(text).toContain('Cho bà Đinh Thị Hoa, sinh năm 1978');
    expect(text).toContain('không còn thường trú tại cơ sở');
  });
});

describe('scope and audit', () => {
  it('another commune sees none of it', async () => {
    expect(await failure(other.election.get.query({ id: ids.election! }))).toMatchObject({ status: 404 });
    expect((await other.election.list.query({})).items).toEqual([]);
    expect(await other.election.leaderList.query({ teamId: ids.team! })).toEqual([]);
    expect(
      await failure(
        other.election.recognise.mutate({ electionId: ids.short!, decisionNo: '9', decisionOn: '2027-03-10' }),
      ),
    ).toMatchObject({ status: 404 });
    const otherToken = await s.signIn('chu-tich-khac');
    expect((await download(otherToken, `/exports/decisions/election/${ids.election}.docx`)).status).toBe(404);
    expect((await download(chairmanToken, `/exports/decisions/election/not-an-id.docx`)).status).toBe(404);
    await createUser(s.db, { communeId: 24014, role: 'justice_officer', username: 'tu-phap-khac' });
    const otherOfficer = s.client(await s.signIn('tu-phap-khac'));
    const member = (await officer.team.get.query({ id: ids.team! })).members[0]!;
    const refusals = [
      () => otherOfficer.election.record.mutate(election({ heldOn: '2027-03-01' })),
      () =>
        otherOfficer.election.leaderRecord.mutate({
          teamId: ids.team!,
          heldOn: '2027-03-14',
          method: 'open_vote',
          attendingMembers: 1,
          candidates: [{ mediatorId: ids.a!, votesFor: 1 }],
        }),
      () =>
        other.election.leaderRecognise.mutate({
          electionId: ids.leaderElection!,
          decisionNo: '9',
          decisionOn: '2027-03-15',
        }),
      () => otherOfficer.termination.preview.query({ membershipId: member.id }),
      () =>
        other.termination.confirm.mutate({
          membershipId: member.id,
          ground: 'voluntary',
          proposedOn: '2027-03-15',
          decisionNo: '9',
          decisionOn: '2027-03-15',
        }),
      () => otherOfficer.team.setRole.mutate({ membershipId: member.id, role: 'deputy' }),
    ];
    for (const call of refusals) expect(await failure(call())).toMatchObject({ status: 404 });
    expect(await other.termination.list.query({ teamId: ids.team! })).toEqual([]);
    expect((await officer.team.get.query({ id: ids.team! })).members).toHaveLength(2); // nothing changed
  });

  it('a team leader of another team sees no election of this one', async () => {
    const otherTeam = (await officer.team.create.mutate({ villageId: ids.elsewhere!, name: 'Tổ hòa giải thôn Khác' }))
      .id;
    await createUser(s.db, { role: 'team_leader', username: 'to-truong-khac', teamId: otherTeam });
    const leader = s.client(await s.signIn('to-truong-khac'));
    expect((await leader.election.list.query({})).items).toEqual([]);
    expect(await failure(leader.election.get.query({ id: ids.election! }))).toMatchObject({ status: 404 });
  });

  it('audits every decision without a name', async () => {
    const rows = await listAuditFor(s.db, systemScope(24013), 'election', ids.election!);
    expect(rows.map((r) => r.action)).toEqual(['election.record', 'election.recognise']);
    const all = JSON.stringify(await listAuditFor(s.db, systemScope(24013), 'team', ids.team!));
    expect(all).toContain('team.member_terminate');
    expect(all).toContain('team.member_role');
    for (const name of ['Rơ Mah', 'Đinh Thị Hoa', 'Nguyễn Văn Bình']) expect(all).not.toContain(name);
  });
});
