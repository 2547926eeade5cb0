/**
 * Contests, certificates and rewards over real HTTP on real PostgreSQL (issue 13, points 4–6): a contest with its
 * rubric; teams of recognised mediators only (refused naming the one who is not); judges' sheets (above a
 * criterion's maximum, or a judge scoring twice → refused, nothing written); time penalties; ranked results; prizes
 * within Circular 56's caps. Certificates for training attended and for a prize, verified publicly by the QR's code
 * (valid → revoked; unknown → not found; throttled), the DOCX carrying the QR's address. Reward proposals with
 * evidence picked from the product, the draft decision as DOCX naming them, proposed → decided or withdrawn.
 */
import { listAuditFor } from '@hgcs/db';
import { systemScope } from '@hgcs/domain';
import JSZip from 'jszip';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, failure, seedOtherCommune, startServer } from './harness.ts';

let s: Awaited<ReturnType<typeof startServer>>;
type Client = ReturnType<typeof s.client>;
let officer: Client;
let chairman: Client;
let front: Client;
let otherOfficer: Client;
const tokens: Record<string, string> = {};
const ids: Record<string, string> = {};

const yes = {
  volunteers: true,
  attestations: { goodCharacterAndRespected: true, ableToPersuade: true, hasLegalKnowledge: true },
};
const recognised = { recognitionDecisionNo: '12/QĐ-UBND', recognitionDecisionOn: '2026-05-01' };

async function member(client: Client, fullName: string, villageId: string, teamId: string, recognise = true) {
  const { id } = await client.mediator.create.mutate({
    fullName,
    gender: 'male',
    birthYear: 1972,
    ethnicity: 'Kinh',
    residenceVillageId: villageId,
    personalDataBasis: 'public_task',
  });
  await client.team.join.mutate({
    teamId,
    mediatorId: id,
    joinedOn: '2026-04-01',
    ...yes,
    ...(recognise ? recognised : {}),
  });
  return id;
}

const contest = (over: Record<string, unknown> = {}) => ({
  name: 'Hội thi hòa giải viên giỏi xã năm 2027',
  level: 'commune' as const,
  startsOn: '2027-03-20',
  endsOn: '2027-03-20',
  rubric: [
    { label: 'Kỹ năng hòa giải', maxScore: 40 },
    { label: 'Kiến thức pháp luật', maxScore: 30 },
  ],
  rounds: ['Sơ khảo', 'Chung kết'],
  judges: ['Giám khảo Một', 'Giám khảo Hai'],
  timeLimitMinutes: 15,
  penaltyPerMinute: 2,
  clientKey: randomUUID(),
  ...over,
});

const docxText = async (path: string, who: string) => {
  const res = await fetch(`${s.url}${path}`, { headers: { authorization: `Bearer ${tokens[who]}` } });
  expect(res.status).toBe(200);
  return (await JSZip.loadAsync(await res.arrayBuffer())).file('word/document.xml')!.async('string');
};

beforeAll(async () => {
  s = await startServer(); // testNow: Monday 15 March 2027
  await seedOtherCommune(s.db);
  await createUser(s.db, { role: 'justice_officer', username: 'tu-phap' });
  await createUser(s.db, { role: 'chairman', username: 'chu-tich' });
  await createUser(s.db, { role: 'front_viewer', username: 'mttq', agencyCode: 'fatherland_front' });
  await createUser(s.db, { communeId: 24014, role: 'justice_officer', username: 'tu-phap-khac' });
  for (const [who, username] of [
    ['officer', 'tu-phap'],
    ['chairman', 'chu-tich'],
    ['front', 'mttq'],
    ['other', 'tu-phap-khac'],
  ] as const)
    tokens[who] = await s.signIn(username);
  officer = s.client(tokens.officer);
  chairman = s.client(tokens.chairman);
  front = s.client(tokens.front);
  otherOfficer = s.client(tokens.other);
  const v = (await officer.village.create.mutate({ name: 'Làng Một', kind: 'lang' })).id;
  const t = (await officer.team.create.mutate({ villageId: v, name: 'Tổ hòa giải làng Một' })).id;
  Object.assign(ids, { v, t });
  ids.a = await member(officer, 'Rơ Mah Hyun', v, t);
  ids.b = await member(officer, 'Đinh Thị Hoa', v, t);
  ids.c = await member(officer, 'Siu Bình', v, t);
  ids.d = await member(officer, 'Ksor Nhơn', v, t);
  ids.n = await member(officer, 'Nay Chưa Công Nhận', v, t, false);
}, 120_000);
afterAll(() => s.close());

describe('contests', () => {
  it('records a contest once (a retry returns it) and refuses bad rules naming the field', async () => {
    const input = contest();
    const first = await officer.contest.create.mutate(input);
    expect(await officer.contest.create.mutate(input)).toEqual({ id: first.id, created: false });
    ids.contest = first.id;
    const bad = await failure(
      officer.contest.create.mutate(
        contest({ endsOn: '2027-03-19', rubric: [{ label: 'Kỹ năng', maxScore: -1 }], judges: ['A B', 'A B'] }),
      ),
    );
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.fields ?? {})).toEqual(expect.arrayContaining(['endsOn', 'rubric.0.maxScore', 'judges.1']));
    expect(await officer.contest.list.query({ year: 2027 })).toHaveLength(1);
  });

  it('enters teams of recognised mediators only, naming the one who is not; a unit enters once', async () => {
    const team = (over: Record<string, unknown>) => ({
      contestId: ids.contest!,
      unitName: 'Làng Một',
      captainId: ids.a!,
      officialMemberIds: [ids.a!, ids.b!, ids.n!],
      reserveIds: [],
      helperNames: ['Người Đóng Vai'],
      ...over,
    });
    const refused = await failure(officer.contest.addEntry.mutate(team({})));
    expect(refused).toMatchObject({
      status: 400,
      domainCode: 'CONTEST.NOT_RECOGNISED',
      params: { field: 'officialMemberIds.2', name: 'Nay Chưa Công Nhận' },
    });
    expect((await officer.contest.get.query({ id: ids.contest! })).entries).toHaveLength(0);
    // Any other unmet rule: in its own words beside its field, people by name.
    expect(await failure(officer.contest.addEntry.mutate(team({ officialMemberIds: [ids.a!, ids.b!] })))).toMatchObject(
      {
        domainCode: 'INPUT.INVALID',
        fields: {
          officialMemberIds: { code: 'error.CONTEST.WRONG_OFFICIAL_COUNT', params: { required: 3, count: 2 } },
        },
      },
    );
    expect(
      await failure(
        officer.contest.addEntry.mutate(team({ captainId: ids.d!, officialMemberIds: [ids.a!, ids.b!, ids.c!] })),
      ),
    ).toMatchObject({
      fields: { captainId: { code: 'error.CONTEST.CAPTAIN_NOT_OFFICIAL', params: { captainId: 'Ksor Nhơn' } } },
    });
    ids.e1 = (await officer.contest.addEntry.mutate(team({ officialMemberIds: [ids.a!, ids.b!, ids.c!] }))).id;
    expect(
      await failure(officer.contest.addEntry.mutate(team({ officialMemberIds: [ids.a!, ids.b!, ids.c!] }))),
    ).toMatchObject({ status: 409, domainCode: 'CONTEST.ENTRY_ALREADY_IN' });
    ids.e2 = (
      await officer.contest.addEntry.mutate(
        team({ unitName: 'Thôn Hai', captainId: ids.d!, officialMemberIds: [ids.d!, ids.b!, ids.c!] }),
      )
    ).id;
  });

  it('takes each judge’s sheet once, refuses a score above its criterion’s maximum, and ranks with penalties', async () => {
    const sheet = (entryId: string, round: number, judge: string, scores: number[]) =>
      officer.contest.recordScore.mutate({ entryId, round, judge, scores });
    expect(await failure(sheet(ids.e1!, 0, 'Giám khảo Một', [41, 20]))).toMatchObject({
      status: 400,
      domainCode: 'CONTEST.SCORE_ABOVE_MAX',
      params: { field: 'scores.0', criterion: 'Kỹ năng hòa giải', score: 41, max: 40 },
    });
    expect(await failure(sheet(ids.e1!, 0, 'Người Lạ', [30, 20]))).toMatchObject({
      domainCode: 'CONTEST.UNKNOWN_JUDGE',
    });
    expect(await failure(sheet(ids.e1!, 2, 'Giám khảo Một', [30, 20]))).toMatchObject({
      domainCode: 'CONTEST.UNKNOWN_ROUND',
    });
    await sheet(ids.e1!, 0, 'Giám khảo Một', [30, 20]);
    expect(await failure(sheet(ids.e1!, 0, 'Giám khảo Một', [40, 30]))).toMatchObject({
      status: 409,
      domainCode: 'CONTEST.JUDGE_SCORED_TWICE',
      params: { judge: 'Giám khảo Một' },
    });
    await sheet(ids.e1!, 0, 'Giám khảo Hai', [34, 20]); // average 52
    await sheet(ids.e2!, 0, 'Giám khảo Một', [35, 25]);
    await sheet(ids.e2!, 0, 'Giám khảo Hai', [35, 25]); // 60
    expect(await officer.contest.recordTime.mutate({ entryId: ids.e2!, round: 0, seconds: 19 * 60 + 10 })).toEqual({
      penalty: 10,
    }); // 5 started minutes over → 50
    const { results, sheets } = await officer.contest.get.query({ id: ids.contest! });
    expect(sheets).toHaveLength(4);
    expect(results.map((r) => [r.entryId, r.total, r.rank])).toEqual([
      [ids.e1, 52, 1],
      [ids.e2, 50, 2],
    ]);
  });

  it('awards prizes within Circular 56’s cap, refusing an amount above it', async () => {
    const over = await failure(
      officer.contest.awardPrize.mutate({ entryId: ids.e1!, rank: 'first', amountVnd: 50_000_000 }),
    );
    expect(over).toMatchObject({ status: 400, domainCode: 'CONTEST.PRIZE_OVER_CAP', params: { field: 'amountVnd' } });
    const { capVnd } = await officer.contest.awardPrize.mutate({
      entryId: ids.e1!,
      rank: 'first',
      amountVnd: 1_000_000,
    });
    expect(capVnd).toBeGreaterThanOrEqual(1_000_000);
    const entry = (await officer.contest.get.query({ id: ids.contest! })).entries.find((e) => e.id === ids.e1);
    expect(entry).toMatchObject({ prizeRank: 'first', prizeAmountVnd: 1_000_000 });
  });

  it('offers the forms the commune’s mediators with their recognition date, and their teams; not to the Front', async () => {
    const choices = await officer.contest.choices.query();
    const byName = new Map(choices.mediators.map((m) => [m.fullName, m]));
    expect(byName.get('Rơ Mah Hyun')).toMatchObject({ id: ids.a, recognisedOn: '2026-05-01' });
    expect(byName.get('Nay Chưa Công Nhận')).toMatchObject({ id: ids.n, recognisedOn: null });
    expect(choices.teams).toEqual([{ id: ids.t, name: 'Tổ hòa giải làng Một' }]);
    expect(await officer.reward.choices.query()).toEqual(choices);
    expect(JSON.stringify(await otherOfficer.contest.choices.query())).not.toContain('Rơ Mah Hyun');
    expect(await failure(front.contest.choices.query())).toMatchObject({ status: 403 });
    expect(await failure(front.reward.choices.query())).toMatchObject({ status: 403 });
  });

  it('lets the Front read but not record; another commune sees nothing', async () => {
    expect((await front.contest.get.query({ id: ids.contest! })).entries).toHaveLength(2);
    expect(await failure(front.contest.create.mutate(contest()))).toMatchObject({ status: 403 });
    expect(await failure(otherOfficer.contest.get.query({ id: ids.contest! }))).toMatchObject({ status: 404 });
    expect(
      await failure(
        otherOfficer.contest.recordScore.mutate({ entryId: ids.e2!, round: 1, judge: 'Giám khảo Một', scores: [1, 1] }),
      ),
    ).toMatchObject({ status: 404 });
    const audit = await listAuditFor(s.db, systemScope(24013), 'contest', ids.contest!);
    expect(audit.map((r) => r.action)).toEqual(
      expect.arrayContaining(['contest.create', 'contest.entry', 'contest.score', 'contest.time', 'contest.prize']),
    );
    expect(JSON.stringify(audit)).not.toMatch(/Rơ Mah|Giám khảo/);
  });
});

describe('certificates', () => {
  it('issues for attendance and for a prize only, verifies publicly, and after revocation says revoked', async () => {
    const event = await officer.training.create.mutate({
      title: 'Tập huấn kỹ năng hòa giải',
      startsOn: '2027-03-10',
      endsOn: '2027-03-10',
      place: 'Hội trường UBND xã',
      kind: 'training',
      hoursPerDay: 4,
      trainers: [{ name: 'Nguyễn Văn Giảng' }],
      clientKey: randomUUID(),
    });
    ids.event = event.id;
    await officer.training.recordAttendance.mutate({
      eventId: event.id,
      attendees: [{ mediatorId: ids.a!, attendedOn: '2027-03-10', hours: 4 }],
    });
    const issue = (over: Record<string, unknown>) =>
      officer.certificate.issue.mutate({
        kind: 'training',
        eventId: event.id,
        mediatorId: ids.a!,
        issuedOn: '2027-03-15',
        clientKey: randomUUID(),
        ...over,
      } as never);
    expect(await failure(issue({ mediatorId: ids.b! }))).toMatchObject({
      status: 400,
      domainCode: 'CERTIFICATE.NOT_ATTENDED',
    });
    expect(
      await failure(
        officer.certificate.issue.mutate({
          kind: 'contest',
          entryId: ids.e2!,
          issuedOn: '2027-03-21',
          clientKey: randomUUID(),
        }),
      ),
    ).toMatchObject({ domainCode: 'CERTIFICATE.NO_RESULT' });
    const key = randomUUID();
    const cert = await issue({ clientKey: key });
    expect(await issue({ clientKey: key })).toMatchObject({ id: cert.id, created: false });
    const code = /^\/verify#(\d+-[A-Za-z0-9_-]{22})$/.exec(cert.verifyPath)![1]!;
    expect(code.startsWith('24013-')).toBe(true);
    const prize = await officer.certificate.issue.mutate({
      kind: 'contest',
      entryId: ids.e1!,
      issuedOn: '2027-03-21',
      clientKey: randomUUID(),
    });
    ids.cert = cert.id;

    const anonymous = s.client();
    expect(await anonymous.certificate.verify.mutate({ code })).toEqual({
      status: 'valid',
      title: 'Đã tham gia Tập huấn kỹ năng hòa giải, Hội trường UBND xã, 2027-03-10',
      holderName: 'Rơ Mah Hyun',
      issuedOn: '2027-03-15',
      issuer: expect.stringMatching(/^Ủy ban nhân dân /),
    });
    const prizeCode = prize.verifyPath.slice('/verify#'.length);
    expect(await anonymous.certificate.verify.mutate({ code: prizeCode })).toMatchObject({
      status: 'valid',
      holderName: 'Làng Một',
      title: 'Đạt Giải Nhất — Hội thi hòa giải viên giỏi xã năm 2027',
    });
    const unknown = `24013-${'A'.repeat(22)}`;
    expect(await failure(anonymous.certificate.verify.mutate({ code: unknown }))).toMatchObject({
      status: 404,
      domainCode: 'CERTIFICATE.NOT_FOUND',
    });
    expect(await failure(anonymous.certificate.verify.mutate({ code: 'đoán-bừa' }))).toMatchObject({ status: 400 });

    const xml = await docxText(`/exports/certificate/${cert.id}.docx`, 'officer');
    expect(xml).toContain('GIẤY CHỨNG NHẬN');
    expect(xml).toContain('Rơ Mah Hyun');
    expect(xml).toContain(`/verify#${code}`);

    expect(await failure(officer.certificate.revoke.mutate({ id: cert.id, reason: '' }))).toMatchObject({
      status: 400,
    });
    expect(await anonymous.certificate.verify.mutate({ code })).toMatchObject({ status: 'valid' });
    await officer.certificate.revoke.mutate({ id: cert.id, reason: 'Cấp nhầm người' });
    expect(await anonymous.certificate.verify.mutate({ code })).toEqual({
      status: 'revoked',
      title: expect.any(String),
      holderName: 'Rơ Mah Hyun',
      issuedOn: '2027-03-15',
      issuer: expect.any(String),
    });
    expect(await failure(officer.certificate.revoke.mutate({ id: cert.id, reason: 'Lần nữa' }))).toMatchObject({
      status: 409,
      domainCode: 'CERTIFICATE.ALREADY_REVOKED',
    });
    const audit = await listAuditFor(s.db, systemScope(24013), 'certificate', cert.id);
    expect(audit.map((r) => r.action)).toEqual(['certificate.issue', 'certificate.revoke']);
    expect(JSON.stringify(audit)).not.toContain('Cấp nhầm');
    expect((await officer.certificate.list.query({ year: 2027 })).map((c) => c.revokedAt !== null)).toEqual(
      expect.arrayContaining([true, false]),
    );
    expect(
      await failure(
        front.certificate.issue.mutate({
          kind: 'contest',
          entryId: ids.e1!,
          issuedOn: '2027-03-21',
          clientKey: randomUUID(),
        }),
      ),
    ).toMatchObject({ status: 403 });
  });

  it('throttles verification per client', async () => {
    const anonymous = s.client();
    const code = `24013-${'B'.repeat(22)}`;
    const statuses: (number | undefined)[] = [];
    for (let i = 0; i < 32; i++) statuses.push((await failure(anonymous.certificate.verify.mutate({ code }))).status);
    expect(statuses).toContain(404);
    expect(statuses.at(-1)).toBe(429);
  });
});

describe('rewards', () => {
  it('lists the evidence of a mediator in a period and refuses evidence that is not theirs', async () => {
    const caseId = (
      await officer.case.intake.mutate({
        clientKey: randomUUID(),
        teamId: ids.t!,
        intake: { channel: 'walk_in' },
        requestedOn: '2027-02-01',
        receivedOn: '2027-02-01',
        category: 'civil',
        summary: 'Tranh chấp ranh giới đất vườn giữa hai hộ',
        parties: [
          { fullName: 'Rơ Châm Hyơn', address: 'Làng Một' },
          { fullName: 'Ksor Blang', address: 'Làng Một' },
        ],
        privacyNoticeVersion: 'pdp-notice-2027-01',
        privacyNoticeGiven: true,
      })
    ).id;
    // The case file's steps (screen, assign, sessions, outcome) are cases.test.ts's: here only their end state.
    await s.owner.pool.query(
      `update cases set status = 'successful', ended_on = '2027-02-20' where commune_id = 24013 and id = $1`,
      [caseId],
    );
    await s.owner.pool.query(
      `insert into case_assignments (commune_id, case_id, mediator_id, assigned_on) values (24013, $1, $2, '2027-02-02')`,
      [caseId, ids.a],
    );
    ids.case = caseId;
    const period = { periodFrom: '2027-01-01', periodTo: '2027-03-31' };
    const ofA = await officer.reward.evidence.query({ mediatorId: ids.a!, ...period });
    expect(ofA.cases.map((c) => c.id)).toEqual([caseId]);
    expect(ofA.training.map((t) => [t.id, t.hours])).toEqual([[ids.event, 4]]);
    expect(ofA.contests.map((c) => [c.id, c.prizeRank])).toEqual([[ids.e1, 'first']]);
    const ofD = await officer.reward.evidence.query({ mediatorId: ids.d!, ...period });
    expect(ofD.cases).toEqual([]);
    expect(
      await failure(
        officer.reward.propose.mutate({
          form: 'certificate_of_merit',
          mediatorId: ids.d!,
          ...period,
          achievements: 'Hòa giải thành nhiều vụ việc trong thôn',
          caseIds: [caseId],
          clientKey: randomUUID(),
        }),
      ),
    ).toMatchObject({ status: 400, domainCode: 'REWARD.EVIDENCE_NOT_OURS', params: { field: 'caseIds.0' } });
    expect(
      await failure(
        officer.reward.propose.mutate({
          form: 'advanced_worker_title',
          teamId: ids.t!,
          ...period,
          achievements: 'Tổ hòa giải nhiều vụ việc thành công',
          clientKey: randomUUID(),
        }),
      ),
    ).toMatchObject({ status: 400, domainCode: 'REWARD.WRONG_RECIPIENT' });
    expect(
      await failure(
        officer.reward.propose.mutate({
          form: 'certificate_of_merit',
          mediatorId: ids.a!,
          teamId: ids.t!,
          ...period,
          achievements: 'x',
          clientKey: randomUUID(),
        }),
      ),
    ).toMatchObject({ status: 400, fields: { mediatorId: expect.anything(), achievements: expect.anything() } });
    expect(await officer.reward.list.query({ year: 2027 })).toEqual([]);
  });

  it('proposes with the evidence, writes the draft decision naming them, and is decided by the chairman', async () => {
    const key = randomUUID();
    const input = {
      form: 'certificate_of_merit' as const,
      mediatorId: ids.a!,
      periodFrom: '2027-01-01',
      periodTo: '2027-03-31',
      achievements: 'Tích cực hòa giải các mâu thuẫn trong làng, tham gia đầy đủ tập huấn.',
      caseIds: [ids.case!],
      trainingEventIds: [ids.event!],
      contestEntryIds: [ids.e1!],
      clientKey: key,
    };
    const p = await officer.reward.propose.mutate(input);
    expect(p).toMatchObject({ created: true, action: 'decide' });
    expect(await officer.reward.propose.mutate(input)).toMatchObject({ id: p.id, created: false });
    const view = await front.reward.get.query({ id: p.id });
    expect(view).toMatchObject({ status: 'proposed', recipientName: 'Rơ Mah Hyun', action: 'decide' });
    const xml = await docxText(`/exports/decisions/reward/${p.id}.docx`, 'officer');
    for (const text of [
      'QUYẾT ĐỊNH',
      'Giấy khen của Chủ tịch UBND xã',
      'Rơ Mah Hyun',
      view.evidence.cases[0]!.trackingCode,
      'Tập huấn kỹ năng hòa giải',
      'Hội thi hòa giải viên giỏi xã năm 2027',
      'Giải Nhất',
    ])
      expect(xml, text).toContain(text);
    expect(xml).not.toContain('Rơ Châm Hyơn');

    expect(
      await failure(officer.reward.decide.mutate({ id: p.id, decisionNo: '45/QĐ-UBND', decidedOn: '2027-04-01' })),
    ).toMatchObject({ status: 403 });
    expect(
      await chairman.reward.decide.mutate({ id: p.id, decisionNo: '45/QĐ-UBND', decidedOn: '2027-04-01' }),
    ).toEqual({ status: 'decided' });
    expect(await failure(officer.reward.withdraw.mutate({ id: p.id, reason: 'Rút lại' }))).toMatchObject({
      status: 409,
      domainCode: 'REWARD.NOT_PROPOSED',
    });
    const upward = await officer.reward.propose.mutate({
      ...input,
      form: 'provincial_certificate_of_merit',
      clientKey: randomUUID(),
    });
    expect(upward.action).toBe('propose_upward');
    expect(await docxText(`/exports/decisions/reward/${upward.id}.docx`, 'chairman')).toContain('TỜ TRÌNH');
    expect(await officer.reward.withdraw.mutate({ id: upward.id, reason: 'Chưa đủ thời gian' })).toEqual({
      status: 'withdrawn',
    });
    expect((await officer.reward.list.query({ year: 2027 })).map((r) => r.status).sort()).toEqual([
      'decided',
      'withdrawn',
    ]);
    const audit = await listAuditFor(s.db, systemScope(24013), 'reward_proposal', p.id);
    expect(audit.map((r) => r.action)).toEqual(['reward.propose', 'reward.decide']);
    expect(JSON.stringify(audit)).not.toMatch(/Tích cực|Rơ Mah/);
  });
});
