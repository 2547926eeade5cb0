/**
 * The case file's second half over real HTTP on real PostgreSQL (issue 11, points 2a, 2, 5): a case found out of
 * scope after assignment closes as such, reported to the competent body, and is never paid; the referral letter of a
 * case screened out and the written agreement of a successful one download as DOCX naming the parties and the terms,
 * for the assigned team's leader and the justice officer only, each download audited without a name; the court
 * recognition (point 7): the 6-month countdown on the case file, the parties' request checked against CPC Art. 417–418,
 * the request as DOCX, the court's answer; the retention job (point 10c) on an injected `now`.
 */
import { listAuditFor, schema } from '@hgcs/db';
import { runRetention } from '../src/jobs/retention-job.ts';
import { systemScope } from '@hgcs/domain';
import JSZip from 'jszip';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, failure, startServer } from './harness.ts';

let s: Awaited<ReturnType<typeof startServer>>;
type Client = ReturnType<typeof s.client>;
const as: Record<'officer' | 'leader' | 'otherLeader' | 'chairman', Client> = {} as never;
const ids: Record<string, string> = {};
const tokens: Record<string, string> = {};
const download = (path: string, who: string) =>
  fetch(`${s.url}${path}`, { headers: { authorization: `Bearer ${tokens[who]}` } });
const docxText = async (res: Response) =>
  (await (await JSZip.loadAsync(await res.arrayBuffer())).file('word/document.xml')!.async('string'))
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ');
const yes = {
  volunteers: true,
  attestations: { goodCharacterAndRespected: true, ableToPersuade: true, hasLegalKnowledge: true },
};

async function mediatorIn(team: string, village: string, fullName: string) {
  const { id } = await as.officer.mediator.create.mutate({
    fullName,
    gender: 'female',
    birthYear: 1970,
    ethnicity: 'Jrai',
    residenceVillageId: village,
    personalDataBasis: 'public_task',
  });
  await as.officer.team.join.mutate({ teamId: team, mediatorId: id, joinedOn: '2026-04-01', ...yes });
  return id;
}

const walkIn = (over: Record<string, unknown> = {}) => ({
  clientKey: randomUUID(),
  teamId: ids.team!,
  intake: { channel: 'walk_in' as const },
  requestedOn: '2027-03-01',
  receivedOn: '2027-03-01',
  category: 'interpersonal_conflict' as const,
  summary: 'Mâu thuẫn giữa hai hộ về nước tưới',
  parties: [
    { fullName: 'Rơ Lan Hnhiê', birthYear: 1980, address: 'Làng Tài liệu', phone: '0905 333 444' },
    { fullName: 'Kpă Thuyên', address: 'Làng Tài liệu' },
  ],
  privacyNoticeVersion: 'pdp-notice-2027-01',
  privacyNoticeGiven: true as const,
  ...over,
});

/** A case of the team screened mediable, assigned to m1 and m2, with one session on 03/03: in progress. */
async function caseInProgress() {
  const { id } = await as.leader.case.intake.mutate(walkIn());
  await as.leader.case.screen.mutate({ caseId: id, on: '2027-03-02', dispute: { category: 'interpersonal_conflict' } });
  await as.leader.case.assign.mutate({
    caseId: id,
    on: '2027-03-02',
    mediators: [{ mediatorId: ids.m1! }, { mediatorId: ids.m2! }],
  });
  const parties = (await as.leader.case.get.query({ id })).personal!.parties.map((p) => p.id);
  await as.leader.case.recordSession.mutate({
    caseId: id,
    clientKey: randomUUID(),
    heldOn: '2027-03-03',
    place: 'Nhà rông',
    durationMinutes: 60,
    mediatorIds: [ids.m1!, ids.m2!],
    partyIds: parties,
    summary: 'Hai bên trình bày',
  });
  return { id, parties };
}

beforeAll(async () => {
  s = await startServer();
  await createUser(s.db, { role: 'justice_officer', username: 'tu-phap' });
  tokens.officer = await s.signIn('tu-phap');
  as.officer = s.client(tokens.officer);
  ids.village = (await as.officer.village.create.mutate({ name: 'Làng Tài liệu', kind: 'lang' })).id;
  ids.village2 = (await as.officer.village.create.mutate({ name: 'Làng Khác', kind: 'lang' })).id;
  ids.team = (await as.officer.team.create.mutate({ villageId: ids.village, name: 'Tổ hòa giải Tài liệu' })).id;
  ids.team2 = (await as.officer.team.create.mutate({ villageId: ids.village2, name: 'Tổ hòa giải Khác' })).id;
  ids.m1 = await mediatorIn(ids.team, ids.village, 'Siu H Prăk');
  ids.m2 = await mediatorIn(ids.team, ids.village, 'Rcom H Bia');
  await createUser(s.db, { role: 'team_leader', username: 'to-truong-tl', teamId: ids.team });
  await createUser(s.db, { role: 'team_leader', username: 'to-truong-khac', teamId: ids.team2 });
  await createUser(s.db, { role: 'chairman', username: 'chu-tich' });
  for (const [who, user] of [
    ['leader', 'to-truong-tl'],
    ['otherLeader', 'to-truong-khac'],
    ['chairman', 'chu-tich'],
  ] as const) {
    tokens[who] = await s.signIn(user);
    as[who] = s.client(tokens[who]);
  }
}, 180_000);
afterAll(() => s.close());

describe('out of scope after assignment (2a)', () => {
  it('closes an in-progress case as out of scope only with the body it was reported to, and never pays it', async () => {
    const { id } = await caseInProgress();
    ids.outOfScope = id;
    const close = (reportedTo: string[], on = '2027-03-04') =>
      as.leader.case.closeOutOfScope.mutate({ caseId: id, on, reportedTo: reportedTo as never });
    const unreported = await failure(close([]));
    expect(unreported).toMatchObject({ status: 400, domainCode: 'INPUT.INVALID' });
    expect(unreported.fields.reportedTo?.code).toBe('field.REPORT_REQUIRED');
    expect(await failure(close(['police'], '2027-02-28'))).toMatchObject({
      domainCode: 'CASE.DATE_BEFORE_REQUEST',
      params: { field: 'on' },
    });
    expect(
      await failure(
        as.otherLeader.case.closeOutOfScope.mutate({ caseId: id, on: '2027-03-04', reportedTo: ['police'] }),
      ),
    ).toMatchObject({ status: 404 });
    expect(
      await failure(as.chairman.case.closeOutOfScope.mutate({ caseId: id, on: '2027-03-04', reportedTo: ['police'] })),
    ).toMatchObject({ status: 403 });
    expect((await as.leader.case.get.query({ id })).status).toBe('in_progress');
    expect(await close(['police', 'police'])).toEqual({
      status: 'out_of_scope',
      closedOn: '2027-03-04',
      reportedTo: ['police'],
    });
    const c = await as.leader.case.get.query({ id });
    expect(c).toMatchObject({ status: 'out_of_scope', outOfScopeFrom: 'in_progress', reportedTo: ['police'] });
    expect(await failure(close(['police']))).toMatchObject({ status: 409, domainCode: 'CASE.MOVE_FORBIDDEN' });
    const claim = await as.officer.case.claim.query({ from: '2027-03-01', to: '2027-03-15' });
    expect(claim.lines.map((l) => l.caseId)).not.toContain(id);
    const audit = (await listAuditFor(s.db, systemScope(24013), 'case', id)).filter(
      (r) => r.action === 'case.out_of_scope',
    );
    expect(audit.map((a) => a.after)).toEqual([{ status: 'in_progress', reportedTo: ['police'], on: '[changed]' }]);
  });
  it('screens a land-use rights dispute as mediable unless already filed with the commune (2b)', async () => {
    const land = await as.leader.case.intake.mutate(walkIn({ category: 'civil' }));
    expect(
      await as.leader.case.screen.mutate({
        caseId: land.id,
        on: '2027-03-02',
        dispute: { category: 'civil', landUseRights: true },
      }),
    ).toMatchObject({ mediable: true });
    const filed = await as.leader.case.intake.mutate(walkIn({ category: 'civil' }));
    ids.filed = filed.id;
    expect(
      await as.leader.case.screen.mutate({
        caseId: filed.id,
        on: '2027-03-02',
        dispute: { category: 'civil', landUseRights: true, otherProcedure: 'land_dispute_commune' },
      }),
    ).toMatchObject({ mediable: false, exclusions: [{ referral: 'commune_land_mediation' }] });
  });
});

describe('documents from the case page', () => {
  it('prints the referral letter of a case screened out, naming the requester and the body, audited without names', async () => {
    const { id } = await as.leader.case.intake.mutate(walkIn());
    ids.referral = id;
    await as.leader.case.screen.mutate({
      caseId: id,
      on: '2027-03-02',
      dispute: { category: 'civil', criminal: 'prosecution_required' },
    });
    const res = await download(`/exports/case/${id}/referral.docx`, 'leader');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).not.toMatch(/Hnhiê|Thuyên/);
    const text = await docxText(res);
    expect(text).toContain('GIẤY GIỚI THIỆU');
    expect(text).toContain('Rơ Lan Hnhiê');
    expect(text).toContain('Công an xã');
    expect(text).not.toContain('nước tưới');
    expect((await download(`/exports/case/${id}/agreement.docx`, 'leader')).status).toBe(409);
    expect((await download(`/exports/case/${id}/referral.docx`, 'otherLeader')).status).toBe(404);
    expect((await download(`/exports/case/${id}/referral.docx`, 'chairman')).status).toBe(403);
    const audit = (await listAuditFor(s.db, systemScope(24013), 'case', id)).filter(
      (r) => r.action === 'export.download',
    );
    expect(audit.map((a) => a.after)).toEqual([{ kind: 'case.referral', format: 'docx' }]);
    expect(JSON.stringify(audit)).not.toMatch(/Hnhiê|Thuyên/);
  });
  it('prints the written agreement of a successful case with the parties, the terms and each mark', async () => {
    const { id, parties } = await caseInProgress();
    expect((await download(`/exports/case/${id}/agreement.docx`, 'leader')).status).toBe(409);
    await as.leader.case.recordOutcome.mutate({
      caseId: id,
      result: {
        outcome: 'successful',
        endedOn: '2027-03-05',
        writtenAgreement: {
          basis: 'Yêu cầu của bà Rơ Lan Hnhiê',
          matterSummary: 'Mâu thuẫn về nước tưới',
          mediationCourse: 'Một buổi hòa giải tại nhà rông',
          agreementAndMeasures: 'Hai hộ chia lượt lấy nước mỗi bên ba ngày',
          rightsAndObligations: 'Cùng giữ mương',
          performanceMethodAndTime: 'Từ ngày 10/03/2027',
          signatures: [
            { signerId: parties[0]!, mark: 'signature' },
            { signerId: parties[1]!, mark: 'fingerprint' },
            { signerId: ids.m1!, mark: 'signature' },
            { signerId: ids.m2!, mark: 'signature' },
          ],
        },
      },
    });
    ids.successful = id;
    ids.p1 = parties[0]!;
    ids.p2 = parties[1]!;
    const res = await download(`/exports/case/${id}/agreement.docx`, 'officer');
    expect(res.status).toBe(200);
    const text = await docxText(res);
    expect(text).toContain('VĂN BẢN HÒA GIẢI THÀNH');
    for (const name of ['Rơ Lan Hnhiê', 'Kpă Thuyên', 'Siu H Prăk', 'Rcom H Bia']) expect(text).toContain(name);
    expect(text).toContain('Hai hộ chia lượt lấy nước mỗi bên ba ngày');
    expect(text).toContain('sinh năm 1980');
    expect((await download(`/exports/case/${id}/agreement.docx`, 'otherLeader')).status).toBe(404);
    expect((await download(`/exports/case/${randomUUID()}/agreement.docx`, 'officer')).status).toBe(404);
  });
});

describe('court recognition (point 7)', () => {
  const ask = (over: Record<string, unknown> = {}) => ({
    caseId: ids.successful!,
    requestedOn: '2027-03-10',
    requesterIds: [ids.p1!],
    partiesHaveFullCivilCapacity: true,
    partiesHoldRightsConcerned: true,
    voluntaryLawfulAndEthical: true,
    ...over,
  });
  it('shows the countdown to the 6-month limit on a successful case only', async () => {
    const c = await as.leader.case.get.query({ id: ids.successful! });
    // 05/03/2027 + 6 months = Sunday 05/09/2027 → Monday 06/09/2027; 2027's holidays are not announced yet.
    expect(c.court).toEqual({
      requestedOn: null,
      requesterIds: [],
      decision: null,
      decidedOn: null,
      window: { deadline: '2027-09-06', open: true, daysLeft: 175, provisional: true },
    });
    expect((await as.chairman.case.get.query({ id: ids.successful! })).court.window?.deadline).toBe('2027-09-06');
    expect((await as.leader.case.get.query({ id: ids.outOfScope! })).court.window).toBeNull();
  });
  it('refuses a request that the court would refuse, naming the rule, and changes nothing', async () => {
    const none = await failure(as.leader.case.requestCourt.mutate(ask({ requesterIds: [] })));
    expect(none.fields.requesterIds?.code).toBe('field.REQUESTER_REQUIRED');
    expect(await failure(as.leader.case.requestCourt.mutate(ask({ requestedOn: '2027-03-04' })))).toMatchObject({
      status: 400,
      domainCode: 'CASE.COURT_REQUEST_BEFORE_AGREEMENT',
      params: { field: 'requestedOn', endedOn: '2027-03-05' },
    });
    expect(await failure(as.leader.case.requestCourt.mutate(ask({ requesterIds: [randomUUID()] })))).toMatchObject({
      domainCode: 'CASE.PARTY_NOT_OF_CASE',
      params: { field: 'requesterIds' },
    });
    const capacity = await failure(as.leader.case.requestCourt.mutate(ask({ partiesHaveFullCivilCapacity: false })));
    expect(capacity).toMatchObject({ status: 400, domainCode: 'COURT.PARTY_LACKS_CAPACITY' });
    expect(capacity.message).toContain('năng lực hành vi dân sự');
    expect(
      await failure(as.leader.case.requestCourt.mutate(ask({ caseId: ids.outOfScope!, requesterIds: [] }))),
    ).toMatchObject({ status: 400 });
    expect(
      await failure(
        as.leader.case.recordCourtAnswer.mutate({
          caseId: ids.successful!,
          decidedOn: '2027-03-12',
          decision: 'recognised',
        }),
      ),
    ).toMatchObject({ status: 409, domainCode: 'CASE.COURT_NOT_REQUESTED' });
    expect(await failure(as.otherLeader.case.requestCourt.mutate(ask()))).toMatchObject({ status: 404 });
    expect(await failure(as.chairman.case.requestCourt.mutate(ask()))).toMatchObject({ status: 403 });
    expect((await as.leader.case.get.query({ id: ids.successful! })).court.requestedOn).toBeNull();
  });
  it('records the request once, prints it with the requester and the agreement, and records the answer once', async () => {
    expect(await as.leader.case.requestCourt.mutate(ask())).toEqual({ requestedOn: '2027-03-10' });
    expect(await failure(as.leader.case.requestCourt.mutate(ask()))).toMatchObject({
      status: 409,
      domainCode: 'CASE.COURT_ALREADY_REQUESTED',
    });
    const res = await download(`/exports/case/${ids.successful}/court-request.docx`, 'leader');
    expect(res.status).toBe(200);
    const text = await docxText(res);
    expect(text).toContain('ĐƠN YÊU CẦU');
    expect(text).toContain('Rơ Lan Hnhiê');
    expect(text).toContain('Hai hộ chia lượt lấy nước mỗi bên ba ngày');
    expect(text).toContain('Văn bản hòa giải thành ngày 05/03/2027');
    expect((await download(`/exports/case/${ids.outOfScope}/court-request.docx`, 'leader')).status).toBe(409);
    const answer = (decidedOn: string) =>
      as.leader.case.recordCourtAnswer.mutate({ caseId: ids.successful!, decidedOn, decision: 'recognised' });
    expect(await failure(answer('2027-03-09'))).toMatchObject({
      domainCode: 'CASE.COURT_ANSWER_BEFORE_REQUEST',
      params: { field: 'decidedOn', requestedOn: '2027-03-10' },
    });
    expect(await answer('2027-03-12')).toEqual({ decision: 'recognised', decidedOn: '2027-03-12' });
    expect(await failure(answer('2027-03-12'))).toMatchObject({ domainCode: 'CASE.COURT_ALREADY_ANSWERED' });
    const c = await as.leader.case.get.query({ id: ids.successful! });
    expect(c.court).toMatchObject({
      requestedOn: '2027-03-10',
      requesterIds: [ids.p1],
      decision: 'recognised',
      decidedOn: '2027-03-12',
    });
    const audit = (await listAuditFor(s.db, systemScope(24013), 'case', ids.successful!)).filter((r) =>
      r.action.startsWith('case.court_'),
    );
    expect(audit.map((a) => a.action)).toEqual(['case.court_request', 'case.court_answer']);
    expect(JSON.stringify(audit)).not.toMatch(/Hnhiê|Thuyên/);
  });
});

describe('the retention job (point 10c)', () => {
  const partiesOf = (caseId: string) =>
    s.db
      .select()
      .from(schema.caseParties)
      .then((rows) => rows.filter((r) => r.caseId === caseId).sort((a, b) => a.position - b.position));
  const caseRow = async (id: string) => (await s.db.select().from(schema.cases)).find((r) => r.id === id)!;
  it('pseudonymises closed cases past ten years, leaves one just inside and open ones, and does nothing more twice', async () => {
    // Closed out of scope on 05/03/2027: kept until 05/03/2037, pseudonymised from 06/03/2037.
    const inside = (await as.leader.case.intake.mutate(walkIn({ requestedOn: '2027-03-05', receivedOn: '2027-03-05' })))
      .id;
    await as.leader.case.screen.mutate({
      caseId: inside,
      on: '2027-03-05',
      dispute: { category: 'civil', criminal: 'prosecution_required' },
    });
    const before = await partiesOf(inside);
    // 05/03/2037, 10:00 in Vietnam: the out-of-scope case closed on 04/03/2027 and the two screened out on 02/03/2027 are due.
    expect(await runRetention(s.db, new Date('2037-03-05T03:00:00Z'))).toEqual({ pseudonymised: 3 });
    for (const id of [ids.outOfScope!, ids.referral!, ids.filed!]) {
      const row = await caseRow(id);
      expect(row).toMatchObject({ summary: '[đã ẩn danh]', disputeFacts: null, pseudonymisedOn: '2037-03-05' });
      expect(row.status).toBe('out_of_scope');
      const parties = await partiesOf(id);
      expect(parties.map((p) => [p.fullName, p.address, p.phone, p.birthYear])).toEqual([
        ['Bên 1', '[đã ẩn danh]', null, null],
        ['Bên 2', '[đã ẩn danh]', null, null],
      ]);
    }
    const sessions = (await s.db.select().from(schema.caseSessions)).filter((x) => x.caseId === ids.outOfScope);
    expect(sessions.map((x) => [x.summary, x.place, x.durationMinutes])).toEqual([
      ['[đã ẩn danh]', '[đã ẩn danh]', 60],
    ]);
    expect(await partiesOf(inside)).toEqual(before);
    expect((await caseRow(inside)).pseudonymisedOn).toBeNull();
    // The successful case is in follow-up, not closed: untouched.
    expect((await caseRow(ids.successful!)).summary).toContain('nước tưới');
    // The counts the statistics read stay.
    const claimView = await as.officer.case.get.query({ id: ids.outOfScope! });
    expect(claimView).toMatchObject({ status: 'out_of_scope', sessions: [{ durationMinutes: 60 }] });
    const again = await caseRow(ids.outOfScope!);
    expect(await runRetention(s.db, new Date('2037-03-05T03:00:00Z'))).toEqual({ pseudonymised: 0 });
    expect(await caseRow(ids.outOfScope!)).toEqual(again);
    expect(await runRetention(s.db, new Date('2037-03-06T03:00:00Z'))).toEqual({ pseudonymised: 1 });
    expect((await partiesOf(inside)).map((p) => p.fullName)).toEqual(['Bên 1', 'Bên 2']);
  });
});
