/**
 * Mediation case files over real HTTP on real PostgreSQL (issue 11): intake (idempotent, a tracking code that
 * reveals nothing, the privacy notice), the queues, the audited case file with its parties only for the assigned
 * team's leader and the justice officer, screening by `decideMediability`, assignment to the team's own mediators
 * with the recusal prompt (`decideAssignment`), declining, sessions (`checkSession`), suspension (the state machine's
 * `suspended`), the outcome with a complete written
 * agreement, the follow-ups, every forbidden transition refused naming the rule, and every case procedure refused
 * to another team's leader and to another commune.
 */
import { listAuditFor, schema } from '@hgcs/db';
import { systemScope } from '@hgcs/domain';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, failure, seedOtherCommune, startServer } from './harness.ts';

let s: Awaited<ReturnType<typeof startServer>>;
type Client = ReturnType<typeof s.client>;
const as: Record<'officer' | 'leader' | 'otherLeader' | 'chairman' | 'otherCommune' | 'front', Client> = {} as never;
const ids: Record<string, string> = {};
const tokens: Record<string, string> = {};
const download = (path: string, who: string) =>
  fetch(`${s.url}${path}`, { headers: { authorization: `Bearer ${tokens[who]}` } });
/** A list of cases is printed with a reason, POSTed as JSON (issue 11, point 10). */
const listExport = (path: string, who: string, body: unknown = { reason: 'commune_confirmation' }) =>
  fetch(`${s.url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${tokens[who]}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const yes = {
  volunteers: true,
  attestations: { goodCharacterAndRespected: true, ableToPersuade: true, hasLegalKnowledge: true },
};

async function mediatorIn(team: string, village: string, fullName: string, gender: 'male' | 'female' = 'male') {
  const { id } = await as.officer.mediator.create.mutate({
    fullName,
    gender,
    birthYear: 1975,
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
  requestedOn: '2027-03-10',
  receivedOn: '2027-03-10',
  category: 'interpersonal_conflict' as const,
  summary: 'Tranh chấp lối đi chung giữa hai hộ liền kề',
  parties: [
    { fullName: 'Rơ Châm Hyơn', birthYear: 1968, address: 'Làng Thử A', phone: '0905 111 222' },
    { fullName: 'Ksor Blang', address: 'Làng Thử A' },
  ],
  privacyNoticeVersion: 'pdp-notice-2027-01',
  privacyNoticeGiven: true as const,
  ...over,
});

beforeAll(async () => {
  s = await startServer();
  await seedOtherCommune(s.db);
  await createUser(s.db, { role: 'justice_officer', username: 'tu-phap' });
  tokens.officer = await s.signIn('tu-phap');
  as.officer = s.client(tokens.officer);
  ids.village = (await as.officer.village.create.mutate({ name: 'Làng Thử A', kind: 'lang' })).id;
  ids.village2 = (await as.officer.village.create.mutate({ name: 'Làng Thử B', kind: 'lang' })).id;
  ids.team = (await as.officer.team.create.mutate({ villageId: ids.village, name: 'Tổ hòa giải A' })).id;
  ids.team2 = (await as.officer.team.create.mutate({ villageId: ids.village2, name: 'Tổ hòa giải B' })).id;
  ids.m1 = await mediatorIn(ids.team, ids.village, 'Rơ Mah Hlim', 'female');
  ids.m2 = await mediatorIn(ids.team, ids.village, 'Siu Thắm');
  ids.m3 = await mediatorIn(ids.team, ids.village, 'Ksor Nhơn');
  ids.outsider = await mediatorIn(ids.team2, ids.village2, 'Nay Blum');
  await createUser(s.db, { role: 'team_leader', username: 'to-truong-a', teamId: ids.team });
  await createUser(s.db, { role: 'team_leader', username: 'to-truong-b', teamId: ids.team2 });
  await createUser(s.db, { role: 'chairman', username: 'chu-tich' });
  await createUser(s.db, { role: 'front_viewer', username: 'mttq', agencyCode: 'fatherland_front' });
  await createUser(s.db, { communeId: 24014, role: 'justice_officer', username: 'tu-phap-khac' });
  tokens.leader = await s.signIn('to-truong-a');
  tokens.chairman = await s.signIn('chu-tich');
  tokens.otherLeader = await s.signIn('to-truong-b');
  as.leader = s.client(tokens.leader);
  as.otherLeader = s.client(await s.signIn('to-truong-b'));
  as.chairman = s.client(await s.signIn('chu-tich'));
  as.front = s.client(await s.signIn('mttq'));
  as.otherCommune = s.client(await s.signIn('tu-phap-khac'));
}, 180_000);
afterAll(() => s.close());

describe('intake', () => {
  it('opens a walk-in case once per form key, with a tracking code that reveals nothing', async () => {
    const input = walkIn();
    const first = await as.leader.case.intake.mutate(input);
    expect(first.created).toBe(true);
    expect(first.trackingCode).toMatch(/^HG-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    const again = await as.leader.case.intake.mutate(input);
    expect(again).toEqual({ id: first.id, trackingCode: first.trackingCode, created: false });
    ids.case = first.id;
    const queue = await as.leader.case.list.query({});
    expect(queue.items.filter((c) => c.id === first.id)).toHaveLength(1);
  });
  it('refuses bad input naming the field, and changes nothing', async () => {
    const before = (await as.officer.case.list.query({ filter: 'all', limit: 100 })).items.length;
    const referral = await failure(as.leader.case.intake.mutate(walkIn({ intake: { channel: 'referral' } })));
    expect(referral).toMatchObject({ status: 400, domainCode: 'INPUT.INVALID' });
    expect(referral.fields['intake.referringBody']?.code).toBe('field.REFERRING_BODY');
    expect(referral.message).toContain('cơ quan, tổ chức chuyển');
    const early = await failure(as.leader.case.intake.mutate(walkIn({ requestedOn: '2027-03-11' })));
    expect(early.fields.receivedOn?.code).toBe('field.RECEIVED_BEFORE_REQUEST');
    const notice = await failure(as.leader.case.intake.mutate(walkIn({ privacyNoticeGiven: false })));
    expect(notice.fields.privacyNoticeGiven?.code).toBe('field.PRIVACY_NOTICE_REQUIRED');
    const future = await failure(as.leader.case.intake.mutate(walkIn({ receivedOn: '2027-03-16' })));
    expect(future).toMatchObject({ status: 400, domainCode: 'CASE.DATE_IN_FUTURE', params: { field: 'receivedOn' } });
    const foreignTeam = await failure(as.leader.case.intake.mutate(walkIn({ teamId: ids.team2 })));
    expect(foreignTeam).toMatchObject({ status: 400, domainCode: 'CASE.TEAM_NOT_FOUND', params: { field: 'teamId' } });
    expect((await as.officer.case.list.query({ filter: 'all', limit: 100 })).items.length).toBe(before);
  });
  it('records a referral with its referring body', async () => {
    const r = await as.officer.case.intake.mutate(
      walkIn({
        intake: { channel: 'referral', referringBody: 'police' },
        requestedOn: '2027-03-08',
        category: 'civil',
      }),
    );
    ids.referral = r.id;
    const c = await as.officer.case.get.query({ id: r.id });
    expect(c).toMatchObject({
      channel: 'referral',
      referringBody: 'police',
      referringBodyName: null,
      requestedOn: '2027-03-08',
      privacyNoticeVersion: 'pdp-notice-2027-01',
      status: 'received',
    });
    expect(c.personal?.parties[0]).toMatchObject({ fullName: 'Rơ Châm Hyơn', birthYear: 1968 });
  });
});

describe('the queue and the case file', () => {
  it('pages the commune queue by keyset and keeps each team to its own', async () => {
    for (let i = 0; i < 3; i += 1)
      await as.officer.case.intake.mutate(
        walkIn({ requestedOn: `2027-03-0${i + 1}`, receivedOn: `2027-03-0${i + 1}` }),
      );
    const all: string[] = [];
    let after: string | undefined;
    do {
      const page = await as.officer.case.list.query({ limit: 2, ...(after ? { after } : {}) });
      all.push(...page.items.map((c) => c.id));
      after = page.next ?? undefined;
    } while (after);
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBeGreaterThanOrEqual(5);
    expect((await as.officer.case.list.query({ teamId: ids.team2 })).items).toEqual([]);
    expect((await as.otherLeader.case.list.query({})).items).toEqual([]);
    expect((await as.otherCommune.case.list.query({})).items).toEqual([]);
  });
  it('shows the parties to the team leader and the justice officer only, and audits every view', async () => {
    const forLeader = await as.leader.case.get.query({ id: ids.case! });
    expect(forLeader.personal?.parties.map((p) => p.fullName)).toEqual(['Rơ Châm Hyơn', 'Ksor Blang']);
    expect(forLeader.personal?.summary).toContain('lối đi');
    const forChairman = await as.chairman.case.get.query({ id: ids.case! });
    expect(forChairman.personal).toBeNull();
    expect(JSON.stringify(forChairman)).not.toMatch(/Hyơn|Blang|lối đi|0905/);
    const views = (await listAuditFor(s.db, systemScope(24013), 'case', ids.case!)).filter(
      (r) => r.action === 'case.view',
    );
    expect(views.map((v) => v.after)).toEqual(expect.arrayContaining([{ personal: true }, { personal: false }]));
    expect(JSON.stringify(views)).not.toMatch(/Hyơn|Blang/);
  });
});

describe('screening, assignment, sessions, outcome', () => {
  it('refuses to assign before screening, then screens the neighbour dispute as mediable', async () => {
    const early = await failure(
      as.leader.case.assign.mutate({ caseId: ids.case!, on: '2027-03-11', mediators: [{ mediatorId: ids.m1! }] }),
    );
    expect(early).toMatchObject({ status: 409, domainCode: 'CASE.NOT_SCREENED' });
    const screened = await as.leader.case.screen.mutate({
      caseId: ids.case!,
      on: '2027-03-11',
      dispute: { category: 'interpersonal_conflict' },
    });
    expect(screened).toEqual({ mediable: true, exclusions: [], reports: [] });
    expect(
      await failure(
        as.leader.case.screen.mutate({ caseId: ids.case!, on: '2027-03-11', dispute: { category: 'civil' } }),
      ),
    ).toMatchObject({ status: 409, domainCode: 'CASE.ALREADY_SCREENED' });
  });
  it('closes a case needing prosecution as out of scope, referred to the police', async () => {
    const screened = await as.officer.case.screen.mutate({
      caseId: ids.referral!,
      on: '2027-03-11',
      dispute: { category: 'civil', criminal: 'prosecution_required' },
    });
    expect(screened).toMatchObject({
      mediable: false,
      exclusions: [{ code: 'SCOPE.CRIMINAL_PROSECUTION', referral: 'police' }],
    });
    const c = await as.officer.case.get.query({ id: ids.referral! });
    expect(c).toMatchObject({
      status: 'out_of_scope',
      scopeDecision: 'out_of_scope',
      referrals: ['police'],
      closedOn: '2027-03-11',
    });
  });
  it('assigns only mediators of the case team; one who declines at the recusal prompt is kept as declined', async () => {
    const outsider = await failure(
      as.leader.case.assign.mutate({ caseId: ids.case!, on: '2027-03-12', mediators: [{ mediatorId: ids.outsider! }] }),
    );
    expect(outsider).toMatchObject({
      status: 400,
      domainCode: 'CASE.MEDIATOR_OF_ANOTHER_TEAM',
      params: { field: 'mediators' },
    });
    expect(outsider.message).toContain('Điều 18');
    const nobody = await failure(
      as.leader.case.assign.mutate({
        caseId: ids.case!,
        on: '2027-03-12',
        mediators: [{ mediatorId: ids.m3!, recusal: 'related_to_party' }],
      }),
    );
    expect(nobody).toMatchObject({ status: 400, domainCode: 'CASE.NO_MEDIATOR_LEFT', params: { field: 'mediators' } });
    expect((await as.leader.case.get.query({ id: ids.case! })).status).toBe('received');
    const assigned = await as.leader.case.assign.mutate({
      caseId: ids.case!,
      on: '2027-03-12',
      mediators: [
        { mediatorId: ids.m1! },
        { mediatorId: ids.m2! },
        { mediatorId: ids.m3!, recusal: 'related_to_party' },
      ],
    });
    expect(assigned).toEqual({ status: 'assigned', startDueOn: '2027-03-15', declined: 1 });
    const c = await as.leader.case.get.query({ id: ids.case! });
    expect(c.countdown).toEqual({ dueOn: '2027-03-15', workingDaysLeft: 0, daysLate: 0, overdue: false });
    const active = c.mediators.filter((m) => m.declinedOn === null);
    expect(active.map((m) => m.fullName).sort()).toEqual(['Rơ Mah Hlim', 'Siu Thắm']);
    expect(c.mediators.find((m) => m.mediatorId === ids.m3)).toMatchObject({
      declinedOn: '2027-03-12',
      declineReason: 'related_to_party',
    });
  });
  it('lets a mediator decline as a relative, keeping the reason; the last one cannot', async () => {
    expect(
      await as.leader.case.decline.mutate({
        caseId: ids.case!,
        mediatorId: ids.m2!,
        on: '2027-03-12',
        reason: 'has_interest',
      }),
    ).toEqual({ remaining: 1 });
    const c = await as.leader.case.get.query({ id: ids.case! });
    expect(c.mediators.find((m) => m.mediatorId === ids.m2)).toMatchObject({
      declinedOn: '2027-03-12',
      declineReason: 'has_interest',
    });
    expect(
      await failure(
        as.leader.case.decline.mutate({
          caseId: ids.case!,
          mediatorId: ids.m1!,
          on: '2027-03-12',
          reason: 'cannot_be_impartial',
        }),
      ),
    ).toMatchObject({ status: 409, domainCode: 'CASE.LAST_MEDIATOR', params: { field: 'mediatorId' } });
    expect(
      await failure(
        as.leader.case.decline.mutate({
          caseId: ids.case!,
          mediatorId: ids.m2!,
          on: '2027-03-12',
          reason: 'cannot_be_impartial',
        }),
      ),
    ).toMatchObject({ domainCode: 'CASE.NOT_ASSIGNED' });
  });
  it('records sessions after the assignment and up to today, once per form key; the first starts the mediation', async () => {
    const parties = (await as.leader.case.get.query({ id: ids.case! })).personal!.parties.map((p) => p.id);
    ids.p1 = parties[0]!;
    ids.p2 = parties[1]!;
    const session = (over: Record<string, unknown> = {}) => ({
      caseId: ids.case!,
      clientKey: randomUUID(),
      heldOn: '2027-03-13',
      place: 'Nhà văn hóa làng',
      durationMinutes: 90,
      mediatorIds: [ids.m1!],
      partyIds: parties,
      invited: [
        { fullName: 'Già làng Rơ Châm Blơng', role: 'village_elder' as const, otherPartyConsented: true as const },
      ],
      summary: 'Hai bên trình bày ý kiến về lối đi',
      ...over,
    });
    expect(await failure(as.leader.case.recordSession.mutate(session({ heldOn: '2027-03-09' })))).toMatchObject({
      status: 400,
      domainCode: 'CASE.SESSION_BEFORE_ASSIGNMENT',
      params: { field: 'heldOn', since: '2027-03-12' },
    });
    expect(await failure(as.leader.case.recordSession.mutate(session({ heldOn: '2027-03-16' })))).toMatchObject({
      domainCode: 'CASE.SESSION_IN_FUTURE',
    });
    expect(await failure(as.leader.case.recordSession.mutate(session({ mediatorIds: [ids.m2!] })))).toMatchObject({
      domainCode: 'CASE.ATTENDEE_NOT_ASSIGNED',
      params: { field: 'mediatorIds' },
    });
    expect(await failure(as.leader.case.recordSession.mutate(session({ partyIds: [randomUUID()] })))).toMatchObject({
      domainCode: 'CASE.PARTY_NOT_OF_CASE',
      params: { field: 'partyIds' },
    });
    const noConsent = await failure(
      as.leader.case.recordSession.mutate(
        session({ invited: [{ fullName: 'Già làng', role: 'village_elder', otherPartyConsented: false }] }),
      ),
    );
    expect(noConsent.fields['invited.0.otherPartyConsented']?.code).toBe('field.INVITE_CONSENT_REQUIRED');
    const first = session();
    const a = await as.leader.case.recordSession.mutate(first);
    expect(a.status).toBe('in_progress');
    expect((await as.leader.case.recordSession.mutate(first)).id).toBe(a.id);
    await as.leader.case.recordSession.mutate(session({ heldOn: '2027-03-14', summary: 'Thống nhất mở lại lối đi' }));
    const c = await as.leader.case.get.query({ id: ids.case! });
    expect(c.sessions.map((x) => x.heldOn)).toEqual(['2027-03-13', '2027-03-14']);
    expect(c.sessions[0]).toMatchObject({ mediatorIds: [ids.m1], partyIds: parties });
    expect(c).toMatchObject({ status: 'in_progress', startedOn: '2027-03-13', startedLate: false });
    const chairmanView = await as.chairman.case.get.query({ id: ids.case! });
    expect(JSON.stringify(chairmanView.sessions)).not.toMatch(/lối đi|Già làng/);
  });
  it('suspends (the suspended status) and resumes; no session while suspended', async () => {
    const paused = await as.leader.case.suspend.mutate({ caseId: ids.case!, on: '2027-03-14' });
    expect(paused).toEqual({ status: 'suspended', suspendedOn: '2027-03-14' });
    expect(
      await failure(
        as.leader.case.recordSession.mutate({
          caseId: ids.case!,
          clientKey: randomUUID(),
          heldOn: '2027-03-15',
          place: 'Nhà văn hóa',
          durationMinutes: 30,
          mediatorIds: [ids.m1!],
          partyIds: [ids.p1!],
          summary: 'Hai bên gặp lại',
        }),
      ),
    ).toMatchObject({ status: 409, domainCode: 'CASE.SESSION_CASE_NOT_OPEN', params: { status: 'suspended' } });
    expect(await failure(as.leader.case.resume.mutate({ caseId: ids.case!, on: '2027-03-13' }))).toMatchObject({
      domainCode: 'CASE.DATE_BEFORE_LAST_CHANGE',
    });
    expect(await failure(as.leader.case.suspend.mutate({ caseId: ids.case!, on: '2027-03-15' }))).toMatchObject({
      status: 409,
      domainCode: 'CASE.MOVE_FORBIDDEN',
    });
    expect(await as.leader.case.resume.mutate({ caseId: ids.case!, on: '2027-03-15' })).toEqual({
      status: 'in_progress',
    });
    expect((await as.leader.case.get.query({ id: ids.case! })).suspendedOn).toBeNull();
  });
  it('refuses success without a complete written agreement, naming what is missing', async () => {
    const outcome = (writtenAgreement: Record<string, unknown> | null) => ({
      caseId: ids.case!,
      result: { outcome: 'successful' as const, endedOn: '2027-03-15', writtenAgreement },
    });
    expect(await failure(as.leader.case.recordOutcome.mutate(outcome(null)))).toMatchObject({
      status: 400,
      domainCode: 'CASE.AGREEMENT_REQUIRED',
      params: { field: 'agreement' },
    });
    const c = await as.leader.case.get.query({ id: ids.case! });
    const [p1, p2] = c.personal!.parties;
    const draft = {
      basis: 'Yêu cầu của bà Rơ Châm Hyơn',
      matterSummary: 'Tranh chấp lối đi chung',
      mediationCourse: 'Hai buổi hòa giải tại nhà văn hóa làng',
      agreementAndMeasures: 'Ông Ksor Blang dỡ hàng rào, mở lại lối đi rộng 2 m',
      rightsAndObligations: 'Hai bên cùng sử dụng lối đi',
      performanceMethodAndTime: 'Trong 15 ngày',
      signatures: [
        { signerId: p1!.id, mark: 'signature' as const },
        { signerId: p2!.id, mark: 'fingerprint' as const },
      ],
    };
    const incomplete = await failure(as.leader.case.recordOutcome.mutate(outcome({ ...draft, matterSummary: '' })));
    expect(incomplete).toMatchObject({
      status: 400,
      domainCode: 'CASE.AGREEMENT_INCOMPLETE',
      params: { missing: 'c, h' },
    });
    expect(incomplete.message).toContain('Thiếu nội dung chủ yếu');
    expect(incomplete.message).toContain('Rơ Mah Hlim');
    expect((await as.leader.case.get.query({ id: ids.case! })).status).toBe('in_progress');
    const done = await as.leader.case.recordOutcome.mutate(
      outcome({ ...draft, signatures: [...draft.signatures, { signerId: ids.m1!, mark: 'signature' }] }),
    );
    expect(done).toEqual({ status: 'follow_up' });
    const after = await as.leader.case.get.query({ id: ids.case! });
    expect(after).toMatchObject({ endedOn: '2027-03-15', hasWrittenAgreement: true });
    // followUpsFor: 30 and 90 days, an end on a rest day moved to the next working day (13/06/2027 is a Sunday)
    expect(after.followUps.map((f) => [f.afterDays, f.dueOn, f.result])).toEqual([
      [30, '2027-04-14', null],
      [90, '2027-06-14', null],
    ]);
    ids.followUp30 = after.followUps[0]!.id;
    ids.followUp90 = after.followUps[1]!.id;
    expect(after.events.map((e) => e.event)).toEqual([
      'receive',
      'assign',
      'reassign',
      'start',
      'suspend',
      'resume',
      'record_success',
      'begin_follow_up',
    ]);
  });
  it('refuses a session after the case ended and a transition the state machine forbids', async () => {
    const late = await failure(
      as.leader.case.recordSession.mutate({
        caseId: ids.case!,
        clientKey: randomUUID(),
        heldOn: '2027-03-15',
        place: 'Nhà văn hóa',
        durationMinutes: 30,
        mediatorIds: [ids.m1!],
        partyIds: [ids.p1!],
        summary: 'Hai bên gặp lại',
      }),
    );
    expect(late).toMatchObject({
      status: 409,
      domainCode: 'CASE.SESSION_CASE_NOT_OPEN',
      params: { field: 'heldOn', status: 'follow_up' },
    });
    const invite = await failure(
      as.leader.case.invite.mutate({
        caseId: ids.case!,
        fullName: 'Già làng A',
        role: 'village_elder',
        otherPartyConsented: true,
      }),
    );
    expect(invite).toMatchObject({
      status: 409,
      domainCode: 'CASE.SESSION_AFTER_CLOSE',
      params: { endedOn: '2027-03-15' },
    });
    const fresh = await as.leader.case.intake.mutate(walkIn({ requestedOn: '2027-03-14', receivedOn: '2027-03-14' }));
    const illegal = await failure(as.leader.case.withdraw.mutate({ caseId: fresh.id, on: '2027-03-15' }));
    expect(illegal).toMatchObject({ status: 409, domainCode: 'CASE.MOVE_FORBIDDEN', params: { field: 'status' } });
    expect(illegal.message).toContain(
      'rút yêu cầu) hòa giải khi vụ việc đang hòa giải hoặc đang tạm dừng (Điều 17.4, 23.2)',
    );
    expect(illegal.message).toContain('mới tiếp nhận, chưa phân công');
    expect((await as.leader.case.get.query({ id: fresh.id })).status).toBe('received');
  });
  it('closes the case as performed when the last follow-up finds the agreement kept', async () => {
    await as.leader.case.recordFollowUp.mutate({
      caseId: ids.case!,
      followUpId: ids.followUp30!,
      on: '2027-03-15',
      result: 'kept',
    });
    expect(
      await failure(
        as.leader.case.recordFollowUp.mutate({
          caseId: ids.case!,
          followUpId: ids.followUp30!,
          on: '2027-03-15',
          result: 'partly_kept',
        }),
      ),
    ).toMatchObject({ status: 409, domainCode: 'CASE.FOLLOW_UP_DONE' });
    expect(
      await as.leader.case.recordFollowUp.mutate({
        caseId: ids.case!,
        followUpId: ids.followUp90!,
        on: '2027-03-15',
        result: 'kept',
      }),
    ).toEqual({ status: 'performed' });
    expect((await as.leader.case.get.query({ id: ids.case! })).closedOn).toBe('2027-03-15');
  });
});

describe("the team's logbook of the year", () => {
  it('numbers the cases received in the year, in order, with the totals, for the team leader', async () => {
    const book = await as.leader.case.logbook.query({ teamId: ids.team!, year: 2027 });
    expect(book).toMatchObject({ teamName: 'Tổ hòa giải A', villageName: 'Làng Thử A', year: 2027 });
    expect(book.rows.map((r) => r.number)).toEqual(book.rows.map((_, i) => i + 1));
    expect(book.rows.map((r) => r.receivedOn)).toEqual([...book.rows.map((r) => r.receivedOn)].sort());
    const ours = book.rows.find((r) => r.caseId === ids.case)!;
    expect(ours).toMatchObject({ result: 'successful', mediators: ['Rơ Mah Hlim'] });
    expect(ours.invited).toContain('Già làng Rơ Châm Blơng');
    expect(ours.parties[0]).toEqual({ fullName: 'Rơ Châm Hyơn', age: 59, address: 'Làng Thử A' });
    expect(ours.agreementOrDemands).toContain('mở lại lối đi');
    expect(book.rows.find((r) => r.caseId === ids.referral)?.result).toBe('out_of_scope');
    expect(book.totals).toMatchObject({ received: book.rows.length, successful: 1, outOfScope: 1 });
    expect(book.totals.notYetHandled).toBe(book.rows.length - 2);
    expect((await as.leader.case.logbook.query({ teamId: ids.team!, year: 2026 })).rows).toEqual([]);
  });
  it('is refused to the chairman (no personal data) and not found for another team or commune', async () => {
    expect(await failure(as.chairman.case.logbook.query({ teamId: ids.team!, year: 2027 }))).toMatchObject({
      status: 403,
    });
    for (const who of [as.otherLeader, as.otherCommune])
      expect(await failure(who.case.logbook.query({ teamId: ids.team!, year: 2027 }))).toMatchObject({ status: 404 });
    expect(await failure(as.leader.case.logbook.query({ teamId: ids.team!, year: 1999 }))).toMatchObject({
      status: 400,
    });
  });
  it('prints the book as DOCX and XLSX from the same cases, audited with counts and the reason only', async () => {
    const docx = await listExport(`/exports/logbook/${ids.team}/2027.docx`, 'leader');
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-disposition')).toContain('so-theo-doi-hoa-giai-2027.docx');
    const xml = await (await JSZip.loadAsync(await docx.arrayBuffer())).file('word/document.xml')!.async('string');
    expect(xml).toContain('Tổ hòa giải A');
    expect(xml).toContain('Rơ Châm Hyơn');
    const xlsx = await listExport(`/exports/logbook/${ids.team}/2027.xlsx`, 'leader');
    expect(xlsx.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsx.arrayBuffer());
    expect(JSON.stringify(book.worksheets.map((w) => w.getSheetValues()))).toContain('Rơ Châm Hyơn');
    expect((await listExport(`/exports/logbook/${ids.team}/2027.docx`, 'chairman')).status).toBe(403);
    expect((await listExport(`/exports/logbook/${ids.team}/2027.xlsx`, 'otherLeader')).status).toBe(404);
    const audit = await listAuditFor(s.db, systemScope(24013), 'export', 'logbook.docx');
    expect(audit[0]?.after).toMatchObject({
      kind: 'logbook',
      format: 'docx',
      year: 2027,
      exportReason: 'commune_confirmation',
    });
    expect(JSON.stringify(audit.map((r) => r.after))).not.toContain('Hyơn');
  });
  it('is refused without a reason (missing, blank, free text, in the URL only, not JSON), and nothing is audited', async () => {
    const before = (await listAuditFor(s.db, systemScope(24013), 'export', 'logbook.xlsx')).length;
    const path = `/exports/logbook/${ids.team}/2027.xlsx`;
    for (const body of [{}, { reason: '   ' }, { reason: 'In sổ cuối quý' }, { reason: ['payment'] }, 'not json']) {
      const refused = await listExport(path, 'leader', body);
      expect(refused.status).toBe(400);
      const answer = (await refused.json()) as { error: { details: { path: string; code: string }[] } };
      expect(answer.error.details[0]?.path).toBe('reason');
      expect(answer.error.details[0]?.code).toBe('field.EXPORT_REASON_REQUIRED');
    }
    expect((await listExport(`${path}?reason=payment`, 'leader', {})).status).toBe(400);
    expect((await download(path, 'leader')).status).toBe(404);
    expect(await listAuditFor(s.db, systemScope(24013), 'export', 'logbook.xlsx')).toHaveLength(before);
  });
});

describe('the remuneration claim of a period', () => {
  const period = { from: '2027-03-01', to: '2027-03-15' };
  it('lists the successful case with its amount and mediators, and leaves out the rest', async () => {
    const claim = await as.officer.case.claim.query(period);
    const line = claim.lines.find((l) => l.caseId === ids.case)!;
    expect(line).toMatchObject({ successful: true, endedOn: '2027-03-15' });
    expect(line.totalVnd).toBeGreaterThan(0);
    expect(line.shares.map((x) => x.fullName)).toEqual(['Rơ Mah Hlim']);
    expect(claim.lines.map((l) => l.caseId)).not.toContain(ids.referral);
    expect(claim.totalVnd).toBe(claim.lines.reduce((sum, l) => sum + l.totalVnd, 0));
  });
  it('records it as paid once: a retry and a later claim find the case already paid', async () => {
    const before = await as.officer.case.claim.query(period);
    expect(await failure(as.officer.case.payClaim.mutate({ ...period, paidOn: '2027-03-14' }))).toMatchObject({
      status: 400,
    });
    const paid = await as.officer.case.payClaim.mutate({ ...period, paidOn: '2027-03-15' });
    expect(paid).toEqual({ paid: before.lines.length, totalVnd: before.totalVnd });
    expect(await as.officer.case.payClaim.mutate({ ...period, paidOn: '2027-03-15' })).toEqual({
      paid: 0,
      totalVnd: 0,
    });
    const again = await as.officer.case.claim.query({ from: '2027-01-01', to: '2027-03-15' });
    expect(again.lines.map((l) => l.caseId)).not.toContain(ids.case);
    expect(again.excluded.find((x) => x.caseId === ids.case)?.reason).toBe('already_paid');
    const rows = await s.db.select().from(schema.casePaidClaims);
    expect(rows.filter((r) => r.caseId === ids.case)).toHaveLength(1);
    const audit = await listAuditFor(s.db, systemScope(24013), 'claim', `${period.from}_${period.to}`);
    expect(audit.map((a) => a.action)).toEqual(['case.claim_paid']);
  });
  it('prints the list as XLSX and DOCX for the justice officer only', async () => {
    const xlsx = await listExport(`/exports/claim/2027-01-01_2027-03-31.xlsx`, 'officer');
    expect(xlsx.status).toBe(200);
    const docx = await listExport(`/exports/claim/2027-01-01_2027-03-31.docx`, 'officer');
    expect(docx.status).toBe(200);
    const xml = await (await JSZip.loadAsync(await docx.arrayBuffer())).file('word/document.xml')!.async('string');
    expect(xml).toContain('thù lao');
    expect((await listExport(`/exports/claim/2027-01-01_2027-03-31.xlsx`, 'leader')).status).toBe(403);
    expect(await failure(as.leader.case.claim.query(period))).toMatchObject({ status: 403 });
    const audit = await listAuditFor(s.db, systemScope(24013), 'export', 'claim.docx');
    expect(audit[0]?.after).toMatchObject({ kind: 'claim', exportReason: 'commune_confirmation' });
    const noReason = await listExport(`/exports/claim/2027-01-01_2027-03-31.docx`, 'officer', { reason: '' });
    expect(noReason.status).toBe(400);
    expect(await listAuditFor(s.db, systemScope(24013), 'export', 'claim.docx')).toHaveLength(audit.length);
    expect((await as.otherCommune.case.claim.query(period)).lines).toEqual([]);
  });
});

describe('data-subject requests about case files', () => {
  const record = async (over: Record<string, unknown> = {}) => {
    const { trackingCode } = await as.officer.case.get.query({ id: ids.case! });
    return {
      clientKey: randomUUID(),
      kind: 'deletion' as const,
      receivedOn: '2027-03-10',
      requesterName: 'Rơ Châm Hyơn',
      asked: 'Xin xóa dữ liệu của tôi trong hồ sơ',
      trackingCodes: [trackingCode],
      ...over,
    };
  };
  it('records one once per form, with its legal clock; the name only for case.read_personal', async () => {
    const input = await record();
    const { id } = await as.officer.case.recordDataRequest.mutate(input);
    expect((await as.officer.case.recordDataRequest.mutate(input)).id).toBe(id);
    const rows = await s.db.select().from(schema.caseDataRequests);
    expect(rows.filter((r) => r.clientKey === input.clientKey)).toHaveLength(1);
    const mine = (await as.officer.case.dataRequests.query()).find((r) => r.id === id)!;
    expect(mine).toMatchObject({ kind: 'deletion', status: 'open', personal: { requesterName: 'Rơ Châm Hyơn' } });
    expect(mine.clock).toMatchObject({ completeBy: '2027-03-30', daysLeft: 15, stage: 'on_time' });
    expect(mine.cases.map((c) => c.caseId)).toEqual([ids.case]);
    const seen = (await as.chairman.case.dataRequests.query()).find((r) => r.id === id)!;
    expect(seen.personal).toBeNull();
    expect(JSON.stringify(seen)).not.toContain('Hyơn');
    const audit = await listAuditFor(s.db, systemScope(24013), 'data_request', id);
    expect(audit.map((a) => a.action)).toEqual(['case.data_request_recorded']);
    expect(JSON.stringify(audit)).not.toContain('Hyơn');
  });
  it('refuses a day after today, an unknown code, a case of another commune, and the chairman', async () => {
    expect(
      await failure(as.officer.case.recordDataRequest.mutate(await record({ receivedOn: '2027-03-16' }))),
    ).toMatchObject({
      status: 400,
      domainCode: 'CASE.DATE_IN_FUTURE',
    });
    expect(
      await failure(as.officer.case.recordDataRequest.mutate(await record({ trackingCodes: ['HG-2222-3333'] }))),
    ).toMatchObject({ status: 400, domainCode: 'CASE.UNKNOWN_TRACKING_CODE' });
    expect(await failure(as.otherCommune.case.recordDataRequest.mutate(await record()))).toMatchObject({
      domainCode: 'CASE.UNKNOWN_TRACKING_CODE',
    });
    expect(await failure(as.chairman.case.recordDataRequest.mutate(await record()))).toMatchObject({ status: 403 });
    expect(await failure(as.leader.case.dataRequests.query())).toMatchObject({ status: 403 });
  });
  it('refuses an erasure the law forbids, naming the rule; refused with the rule it closes once', async () => {
    const { id } = await as.officer.case.recordDataRequest.mutate(await record());
    const answer = { requestId: id, closedOn: '2027-03-15', answer: 'Hồ sơ còn phải lưu trữ' };
    const forbidden = await failure(as.officer.case.answerDataRequest.mutate({ ...answer, outcome: 'done' }));
    expect(forbidden.status).toBe(409);
    expect(forbidden.domainCode).toMatch(/^CASE\.ERASURE_(CASE_OPEN|RETENTION_DUTY|COURT_REQUEST_PENDING)$/);
    expect(
      await failure(as.officer.case.answerDataRequest.mutate({ ...answer, outcome: 'refused', refusalRule: null })),
    ).toMatchObject({ status: 400 });
    expect(
      await as.officer.case.answerDataRequest.mutate({ ...answer, outcome: 'refused', refusalRule: 'retention_duty' }),
    ).toEqual({ id, status: 'refused' });
    expect(
      await failure(
        as.officer.case.answerDataRequest.mutate({ ...answer, outcome: 'refused', refusalRule: 'other_law' }),
      ),
    ).toMatchObject({ domainCode: 'CASE.DATA_REQUEST_CLOSED' });
    const row = (await as.officer.case.dataRequests.query()).find((r) => r.id === id)!;
    expect(row).toMatchObject({ status: 'refused', refusalRule: 'retention_duty', closedOn: '2027-03-15' });
    expect(row.clock.daysLeft).toBeNull();
    const audit = await listAuditFor(s.db, systemScope(24013), 'data_request', id);
    expect(audit.map((a) => a.action).sort()).toEqual(['case.data_request_answered', 'case.data_request_recorded']);
  });
  it('answers an access request as done; another commune does not find it', async () => {
    const { id } = await as.officer.case.recordDataRequest.mutate(await record({ kind: 'access' }));
    expect(
      await failure(
        as.otherCommune.case.answerDataRequest.mutate({
          requestId: id,
          closedOn: '2027-03-15',
          outcome: 'done',
          answer: 'Đã cấp',
        }),
      ),
    ).toMatchObject({ status: 404 });
    expect(
      await as.officer.case.answerDataRequest.mutate({
        requestId: id,
        closedOn: '2027-03-15',
        outcome: 'done',
        answer: 'Đã cấp bản sao',
      }),
    ).toEqual({ id, status: 'done' });
  });
});

describe('who may reach a case', () => {
  it('refuses every case procedure on this case to another team leader and another commune', async () => {
    const id = ids.case!;
    const on = '2027-03-15';
    const calls = (c: Client) => [
      c.case.get.query({ id }),
      c.case.screen.mutate({ caseId: id, on, dispute: { category: 'civil' } }),
      c.case.assign.mutate({ caseId: id, on, mediators: [{ mediatorId: ids.m1! }] }),
      c.case.decline.mutate({ caseId: id, mediatorId: ids.m1!, on, reason: 'has_interest' }),
      c.case.invite.mutate({ caseId: id, fullName: 'Già làng A', role: 'village_elder', otherPartyConsented: true }),
      c.case.recordSession.mutate({
        caseId: id,
        clientKey: randomUUID(),
        heldOn: on,
        place: 'Nhà',
        durationMinutes: 30,
        mediatorIds: [ids.m1!],
        partyIds: [ids.p1!],
        summary: 'Hai bên gặp lại',
      }),
      c.case.suspend.mutate({ caseId: id, on }),
      c.case.resume.mutate({ caseId: id, on }),
      c.case.withdraw.mutate({ caseId: id, on }),
      c.case.recordOutcome.mutate({ caseId: id, result: { outcome: 'unsuccessful', endedOn: on } }),
      c.case.recordFollowUp.mutate({ caseId: id, followUpId: ids.followUp30!, on, result: 'kept' }),
    ];
    for (const who of [as.otherLeader, as.otherCommune]) {
      const results = await Promise.all(calls(who).map((call) => failure(call)));
      expect(results.map((r) => r.status)).toEqual(results.map(() => 404));
    }
    const front = await Promise.all(calls(as.front).map((call) => failure(call)));
    expect(front.map((r) => r.status)).toEqual(front.map(() => 403));
    const chairman = await Promise.all(
      calls(as.chairman)
        .slice(1)
        .map((call) => failure(call)),
    );
    expect(chairman.map((r) => r.status)).toEqual(chairman.map(() => 403));
    expect(await failure(as.otherLeader.case.intake.mutate(walkIn()))).toMatchObject({
      domainCode: 'CASE.TEAM_NOT_FOUND',
    });
  });
});
