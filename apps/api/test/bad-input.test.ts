/**
 * Issue 7, point 8 (IV-01, ER-01): nothing a client sends gives a 5xx. Every procedure that takes input gets its
 * string fields replaced, one at a time, by a NUL byte, a lone surrogate and a bidi override (as raw JSON, the way
 * an attacker sends them), from a caller allowed to reach the database; each answer must be a 4xx. The evidence
 * route gets malformed multipart bodies, with and without a session.
 */
import { appRouter } from '@hgcs/api';
import { listWorkItems } from '@hgcs/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, password, startServer } from './harness.ts';
import { systemScope } from '@hgcs/domain';

let s: Awaited<ReturnType<typeof startServer>>;
const tokens: Record<string, string> = {};
const bad = { nul: 'Ghi chú\u0000', loneSurrogate: 'Ghi chú \uD800', bidiOverride: 'abc\u202Etxt.exe' };
const uuid = '00000000-0000-4000-8000-000000000000';

type Case = { who: string | null; input: Record<string, unknown> };
let cases: Record<string, Case>;

beforeAll(async () => {
  s = await startServer();
  for (const u of [
    { username: 'vanphong', role: 'office_staff', agencyCode: 'office' },
    { username: 'chutich', role: 'chairman', agencyCode: 'office' },
    { username: 'quantri', role: 'admin' },
    { username: 'ketoan', role: 'budget_officer', agencyCode: 'office' },
    { username: 'tuphap', role: 'justice_officer', agencyCode: 'justice' },
  ] as const) {
    await createUser(s.db, u);
    tokens[u.username] = await s.signIn(u.username);
  }
  await createUser(s.db, { username: 'sotuphap', role: 'province_admin', communeId: null, provinceCode: '52' });
  tokens.sotuphap = await s.signIn('sotuphap');
  // A registered kiosk: its token goes in its own header (who: 'kiosk').
  tokens.kiosk = (
    await s.client(tokens.tuphap).kioskDevice.register.mutate({ name: 'Ki-ốt thử', place: 'Sảnh xã' })
  ).token;
  const items = await listWorkItems(s.db, systemScope(24013), { year: 2027 });
  const item = items.find((i) => i.taskCode === '1')!;
  const village = (await s.client(tokens.vanphong).commune.villages.query())[0]!;
  const ref = { id: item.id, version: item.version };
  cases = {
    'auth.signIn': { who: null, input: { username: 'vanphong', password: 'sai' } },
    'auth.verifyTotp': { who: 'vanphong', input: { code: '123456' } },
    'auth.changePassword': {
      who: 'vanphong',
      input: { currentPassword: password, newPassword: 'một mật khẩu mới rất dài' },
    },
    'auth.beginTotp': { who: 'vanphong', input: { currentPassword: password, code: '123456' } },
    'auth.confirmTotp': { who: 'vanphong', input: { code: '123456' } },
    'auth.pendingTotp': { who: 'vanphong', input: { secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' } },
    'auth.endSession': { who: 'vanphong', input: { sessionId: uuid } },
    'audit.list': { who: 'quantri', input: {} },
    'plan.public': { who: null, input: { commune: '24013' } },
    'progress.tree': { who: 'vanphong', input: {} },
    'progress.signYear': { who: 'chutich', input: { year: 2026 } },
    'progress.unfinished': { who: 'chutich', input: { year: 2026 } },
    'progress.saveYearRecord': {
      who: 'chutich',
      input: {
        year: 2026,
        planIssuedOn: '2026-01-12',
        difficulties: 'Khó khăn',
        nextSteps: 'Tiếp tục',
        proposals: 'Đề nghị',
      },
    },
    'progress.reopenYear': { who: 'chutich', input: { year: 2026, reason: 'Bổ sung minh chứng' } },
    'progress.public': { who: null, input: { commune: '24013' } },
    'team.public': { who: null, input: { commune: '24013' } },
    'kioskRequest.submit': {
      who: 'kiosk',
      input: {
        commune: '24013',
        clientKey: uuid,
        privacyNoticeVersion: 'kiosk-notice-2027-01',
        privacyNoticeGiven: true,
        fullName: 'Rơ Châm Hyơn',
        villageId: uuid,
        contact: { via: 'phone', phone: '0905 123 456' },
        category: 'civil',
        words: 'Tranh chấp ranh giới rẫy',
      },
    },
    'kioskRequest.status': { who: null, input: { commune: '24013', code: 'HG-ABCD-EFGH', factor: 'ABC123' } },
    'kioskDevice.register': { who: 'tuphap', input: { name: 'Ki-ốt sảnh', place: 'Sảnh UBND xã' } },
    'kioskDevice.revoke': { who: 'tuphap', input: { id: uuid } },
    'kioskDevice.whoAmI': { who: 'kiosk', input: { commune: '24013' } },
    'kioskCall.call': { who: 'kiosk', input: { commune: '24013' } },
    'kioskCall.handle': { who: 'tuphap', input: { id: uuid } },
    'statistics.report': { who: 'tuphap', input: { kind: 'annual_official', year: 2026 } },
    'statistics.prepare': { who: 'tuphap', input: { kind: 'annual_official', year: 2026 } },
    'statistics.approve': { who: 'chutich', input: { kind: 'annual_official', year: 2026 } },
    'statistics.reopen': {
      who: 'chutich',
      input: { kind: 'annual_official', year: 2026, reason: 'Bổ sung số liệu vụ việc' },
    },
    'statistics.province': { who: 'sotuphap', input: { kind: 'annual_official', year: 2026 } },
    'kpi.dashboard': { who: 'sotuphap', input: { year: 2026, communeCode: '24013' } },
    'user.create': {
      who: 'quantri',
      input: {
        username: 'nguoimoi',
        displayName: 'Người Mới',
        role: 'office_staff',
        agencyCode: 'office',
        password: 'một mật khẩu rất dài cho người mới',
      },
    },
    'user.invite': {
      who: 'quantri',
      input: { username: 'nguoimoi2', displayName: 'Người Mới Hai', role: 'office_staff', agencyCode: 'office' },
    },
    'user.resetPassword': { who: 'quantri', input: { userId: uuid } },
    'user.disable': { who: 'quantri', input: { userId: uuid } },
    'user.enable': { who: 'quantri', input: { userId: uuid } },
    'user.unlock': { who: 'quantri', input: { userId: uuid } },
    'user.resetSecondFactor': { who: 'quantri', input: { userId: uuid } },
    'user.endSessions': { who: 'quantri', input: { userId: uuid } },
    'province.communes': { who: 'sotuphap', input: { year: 2027 } },
    'province.addCommune': { who: 'sotuphap', input: { code: '24099', name: 'Xã Thử', planText: 'plan: {}' } },
    'province.setRemuneration': {
      who: 'sotuphap',
      input: {
        resolution: 'Nghị quyết 1/2027',
        effectiveFrom: '2027-01-01',
        successfulVnd: 350_000,
        otherVnd: 250_000,
      },
    },
    'province.setSpendingNorms': {
      who: 'sotuphap',
      input: { resolution: 'Nghị quyết 2/2027', year: 2027, caps: { leaflet: 1_000_000 } },
    },
    'village.list': { who: 'vanphong', input: { after: uuid } },
    'village.create': { who: 'vanphong', input: { name: 'Làng Sổ', kind: 'lang', ethnicMinorityArea: true } },
    'village.update': { who: 'vanphong', input: { id: village.id, name: 'Làng Sổ Đổi', kind: 'thon' } },
    'team.list': { who: 'vanphong', input: { after: uuid, villageId: village.id } },
    'team.get': { who: 'vanphong', input: { id: uuid } },
    'team.create': {
      who: 'vanphong',
      input: { villageId: village.id, name: 'Tổ Sổ', foundingDecisionNo: '1/QĐ', foundingDecisionOn: '2026-01-05' },
    },
    'team.update': { who: 'vanphong', input: { id: uuid, name: 'Tổ Đổi', foundingDecisionNo: '2/QĐ' } },
    'team.join': {
      who: 'vanphong',
      input: {
        teamId: uuid,
        mediatorId: uuid,
        role: 'member',
        joinedOn: '2026-01-05',
        recognitionDecisionNo: '3/QĐ',
        volunteers: true,
        attestations: { goodCharacterAndRespected: true, ableToPersuade: true, hasLegalKnowledge: true },
      },
    },
    'team.leave': { who: 'vanphong', input: { membershipId: uuid, leftOn: '2026-02-01', reason: 'voluntary' } },
    'mediator.search': { who: 'vanphong', input: { q: 'ro mah', after: uuid } },
    'mediator.get': { who: 'vanphong', input: { id: uuid } },
    'mediator.create': {
      who: 'vanphong',
      input: {
        fullName: 'Rơ Mah Sổ',
        gender: 'male',
        birthYear: 1970,
        ethnicity: 'Jrai',
        residenceVillageId: village.id,
        occupation: 'Nông dân',
        phone: '0905123456',
        personalDataBasis: 'public_task',
      },
    },
    'mediator.update': {
      who: 'vanphong',
      input: { id: uuid, fullName: 'Rơ Mah Đổi', ethnicity: 'Jrai', occupation: 'Giáo viên' },
    },
    'legalSupport.list': { who: 'vanphong', input: { after: uuid } },
    'legalSupport.create': {
      who: 'vanphong',
      input: { fullName: 'Luật gia Sổ', kind: 'jurist', organisation: 'Hội Luật gia', phone: '0905123456' },
    },
    'legalSupport.update': {
      who: 'vanphong',
      input: { id: uuid, fullName: 'Luật gia Đổi', organisation: 'Công an xã' },
    },
    'legalSupport.remove': { who: 'vanphong', input: { id: uuid } },
    'registryImport.get': { who: 'vanphong', input: { id: uuid } },
    'registryImport.confirm': { who: 'vanphong', input: { id: uuid } },
    'teamReview.list': { who: 'vanphong', input: { teamId: uuid } },
    'teamReview.complete': { who: 'vanphong', input: { teamId: uuid } },
    'team.setRole': { who: 'vanphong', input: { membershipId: uuid, role: 'deputy' } },
    'training.list': { who: 'vanphong', input: { year: 2027 } },
    'training.get': { who: 'vanphong', input: { id: uuid } },
    'training.forWorkItem': { who: 'vanphong', input: { workItemId: uuid } },
    'training.mediatorRecord': { who: 'vanphong', input: { mediatorId: uuid } },
    'training.create': {
      who: 'vanphong',
      input: {
        title: 'Tập huấn kỹ năng',
        startsOn: '2027-03-10',
        endsOn: '2027-03-10',
        place: 'Hội trường xã',
        kind: 'training',
        hoursPerDay: 4,
        clientKey: uuid,
      },
    },
    'training.update': {
      who: 'vanphong',
      input: {
        id: uuid,
        title: 'Tập huấn kỹ năng',
        startsOn: '2027-03-10',
        endsOn: '2027-03-10',
        place: 'Hội trường xã',
        kind: 'training',
        hoursPerDay: 4,
      },
    },
    'training.recordAttendance': {
      who: 'vanphong',
      input: { eventId: uuid, attendees: [{ mediatorId: uuid, attendedOn: '2027-03-10', hours: 4 }] },
    },
    'capacityAssessment.list': { who: 'vanphong', input: { year: 2027 } },
    'capacityAssessment.record': {
      who: 'vanphong',
      input: { mediatorId: uuid, assessedOn: '2027-03-01', scores: { legal_knowledge: 3 } },
    },
    'material.search': { who: 'vanphong', input: { q: 'hoa giai', kind: 'document', language: 'vi' } },
    'material.get': { who: 'vanphong', input: { id: uuid } },
    'material.access': { who: 'vanphong', input: { asOf: '2027-03-15' } },
    'material.public': { who: null, input: { commune: '24013', q: 'hoa giai' } },
    'kioskText.list': { who: 'vanphong', input: { lang: 'jra' } },
    'kioskText.save': { who: 'vanphong', input: { lang: 'jra', key: 'kiosk.home', text: 'Sang' } },
    'kioskText.public': { who: null, input: { commune: '24013', lang: 'bdq' } },
    'material.create': {
      who: 'vanphong',
      input: {
        title: 'Hòa giải đất đai',
        description: 'Sổ tay',
        kind: 'document',
        tags: ['đất đai'],
        language: 'vi',
        visibility: 'public',
        url: 'https://moj.gov.vn/a.pdf',
        clientKey: uuid,
      },
    },
    'material.update': {
      who: 'vanphong',
      input: {
        id: uuid,
        title: 'Hòa giải đất đai',
        description: 'Sổ tay',
        kind: 'document',
        tags: ['đất đai'],
        language: 'vi',
        visibility: 'public',
        url: 'https://moj.gov.vn/a.pdf',
      },
    },
    'election.list': { who: 'vanphong', input: { teamId: uuid, limit: 20 } },
    'election.get': { who: 'vanphong', input: { id: uuid } },
    'election.record': {
      who: 'vanphong',
      input: {
        teamId: uuid,
        heldOn: '2026-03-01',
        method: 'open_vote',
        villageHouseholds: 100,
        participatingHouseholds: 80,
        quota: 1,
        candidates: [{ candidateId: uuid, nomination: 'self', votesFor: 60 }],
      },
    },
    'election.recognise': {
      who: 'chutich',
      input: { electionId: uuid, decisionNo: '12/QĐ-UBND', decisionOn: '2026-03-05' },
    },
    'election.leaderList': { who: 'vanphong', input: { teamId: uuid } },
    'election.leaderRecord': {
      who: 'vanphong',
      input: {
        teamId: uuid,
        heldOn: '2026-03-01',
        method: 'open_vote',
        attendingMembers: 3,
        candidates: [{ mediatorId: uuid, votesFor: 3 }],
      },
    },
    'election.leaderRecognise': {
      who: 'chutich',
      input: { electionId: uuid, decisionNo: '13/QĐ-UBND', decisionOn: '2026-03-05' },
    },
    'termination.preview': { who: 'vanphong', input: { membershipId: uuid } },
    'termination.confirm': {
      who: 'chutich',
      input: {
        membershipId: uuid,
        ground: 'voluntary',
        details: 'Xin thôi vì lý do sức khỏe',
        proposedOn: '2026-03-01',
        decisionNo: '14/QĐ-UBND',
        decisionOn: '2026-03-05',
      },
    },
    'termination.list': { who: 'vanphong', input: { teamId: uuid } },
    'budget.year': { who: 'ketoan', input: { year: 2026 } },
    'budget.addLine': {
      who: 'ketoan',
      input: {
        clientKey: uuid,
        year: 2026,
        kind: 'spent',
        source: 'state_budget',
        category: 'special_materials',
        norm: 'leaflet',
        unitAmountVnd: 1_000_000,
        quantity: 1,
        on: '2026-05-04',
        planTaskId: uuid,
        description: 'Tờ gấp pháp luật',
      },
    },
    'budget.removeLine': { who: 'ketoan', input: { id: uuid } },
    'case.list': { who: 'tuphap', input: { teamId: uuid, filter: 'open', after: uuid, limit: 20 } },
    'case.get': { who: 'tuphap', input: { id: uuid } },
    'case.logbook': { who: 'tuphap', input: { teamId: uuid, year: 2027 } },
    'case.claim': { who: 'tuphap', input: { from: '2027-01-01', to: '2027-03-31' } },
    'case.counts': { who: 'tuphap', input: { from: '2027-01-01', to: '2027-03-31' } },
    'case.payClaim': { who: 'tuphap', input: { from: '2027-01-01', to: '2027-03-15', paidOn: '2027-03-15' } },
    'case.recordDataRequest': {
      who: 'tuphap',
      input: {
        clientKey: uuid,
        kind: 'access',
        receivedOn: '2026-05-04',
        requesterName: 'Rơ Châm H',
        asked: 'Xem hồ sơ vụ việc',
        trackingCodes: ['HG-ABCD-EFGH'],
      },
    },
    'case.accidentSupports': { who: 'tuphap', input: { year: 2026 } },
    'case.recordAccidentSupport': {
      who: 'tuphap',
      input: {
        clientKey: uuid,
        mediatorId: uuid,
        occurredOn: '2026-05-04',
        whatHappened: 'Ngã xe trên đường đến buổi hòa giải',
        harm: 'injured',
        circumstance: 'while_mediating',
        hasHealthInsurance: true,
      },
    },
    'case.answerDataRequest': {
      who: 'tuphap',
      input: { requestId: uuid, closedOn: '2026-05-04', outcome: 'done', refusalRule: null, answer: 'Đã cung cấp' },
    },
    'case.intake': {
      who: 'tuphap',
      input: {
        clientKey: uuid,
        teamId: uuid,
        intake: { channel: 'referral', referringBody: 'other', referringBodyName: 'Hội Phụ nữ xã' },
        requestedOn: '2027-03-01',
        receivedOn: '2027-03-02',
        category: 'civil',
        summary: 'Tranh chấp lối đi chung',
        parties: [{ fullName: 'Rơ Châm Hyơn', address: 'Làng A', phone: '0905111222' }],
        privacyNoticeVersion: 'hgcs-pdp-2026-01',
        privacyNoticeGiven: true,
      },
    },
    'case.screen': { who: 'tuphap', input: { caseId: uuid, on: '2027-03-02', dispute: { category: 'civil' } } },
    'case.assign': {
      who: 'tuphap',
      input: { caseId: uuid, on: '2027-03-02', mediators: [{ mediatorId: uuid, recusal: null }], agreedStartOn: null },
    },
    'case.decline': {
      who: 'tuphap',
      input: { caseId: uuid, mediatorId: uuid, on: '2027-03-02', reason: 'related_to_party', note: 'Là anh em' },
    },
    'case.invite': {
      who: 'tuphap',
      input: { caseId: uuid, fullName: 'Già làng A', role: 'village_elder', otherPartyConsented: true },
    },
    'case.recordSession': {
      who: 'tuphap',
      input: {
        caseId: uuid,
        clientKey: uuid,
        heldOn: '2027-03-03',
        place: 'Nhà văn hóa',
        durationMinutes: 60,
        mediatorIds: [uuid],
        partyIds: [uuid],
        summary: 'Hai bên trình bày',
      },
    },
    'case.suspend': { who: 'tuphap', input: { caseId: uuid, on: '2027-03-03' } },
    'case.resume': { who: 'tuphap', input: { caseId: uuid, on: '2027-03-03' } },
    'case.withdraw': { who: 'tuphap', input: { caseId: uuid, on: '2027-03-03' } },
    'case.recordOutcome': {
      who: 'tuphap',
      input: { caseId: uuid, result: { outcome: 'unsuccessful', endedOn: '2027-03-03', notes: 'Không thành' } },
    },
    'case.closeOutOfScope': { who: 'tuphap', input: { caseId: uuid, on: '2027-03-03', reportedTo: ['police'] } },
    'case.requestCourt': {
      who: 'tuphap',
      input: {
        caseId: uuid,
        requestedOn: '2027-03-03',
        requesterIds: [uuid],
        partiesHaveFullCivilCapacity: true,
        partiesHoldRightsConcerned: true,
        voluntaryLawfulAndEthical: true,
      },
    },
    'case.recordCourtAnswer': {
      who: 'tuphap',
      input: { caseId: uuid, decidedOn: '2027-03-03', decision: 'recognised' },
    },
    'case.recordFollowUp': {
      who: 'tuphap',
      input: { caseId: uuid, followUpId: uuid, on: '2027-04-03', result: 'kept', note: 'Đã thực hiện' },
    },
    'legalSupport.link': { who: 'vanphong', input: { supporterId: uuid, teamId: uuid, since: '2026-01-05' } },
    'legalSupport.unlink': { who: 'vanphong', input: { supporterId: uuid, teamId: uuid } },
    'workItem.list': { who: 'vanphong', input: { view: 'all' } },
    'workItem.get': { who: 'vanphong', input: { id: item.id } },
    'workItem.update': { who: 'vanphong', input: { ...ref, responsible: 'Chị Lan', notes: 'Đã họp' } },
    'workItem.cancel': { who: 'vanphong', input: { ...ref, reason: 'Không còn cần thiết' } },
    'workItem.comment': { who: 'vanphong', input: { id: item.id, body: 'Ý kiến' } },
    'workItem.addLink': {
      who: 'vanphong',
      input: { id: item.id, label: 'Trang xã', url: 'https://poto.gialai.gov.vn/' },
    },
    'workItem.recordRequest': {
      who: 'vanphong',
      input: {
        taskCode: '4a',
        requestedBy: 'UBND huyện',
        requestedOn: '2027-03-01',
        reason: 'Yêu cầu tổ chức',
        dueDate: '2027-04-01',
        clientKey: uuid,
      },
    },
    'workItem.scheduleHigherPlan': {
      who: 'vanphong',
      input: {
        taskCode: '7b',
        partKey: null,
        year: 2027,
        dueDate: '2027-06-01',
        note: 'Theo kế hoạch huyện',
        clientKey: uuid,
      },
    },
    'contest.list': { who: 'vanphong', input: { year: 2027 } },
    'contest.get': { who: 'vanphong', input: { id: uuid } },
    'contest.create': {
      who: 'vanphong',
      input: {
        name: 'Hội thi hòa giải viên giỏi',
        level: 'commune',
        startsOn: '2027-03-20',
        endsOn: '2027-03-20',
        rubric: [{ label: 'Kỹ năng hòa giải', maxScore: 40 }],
        rounds: ['Chung kết'],
        judges: ['Giám khảo Một'],
        timeLimitMinutes: 15,
        penaltyPerMinute: 2,
        clientKey: uuid,
      },
    },
    'contest.addEntry': {
      who: 'vanphong',
      input: {
        contestId: uuid,
        unitName: 'Làng Một',
        captainId: uuid,
        officialMemberIds: [uuid],
        reserveIds: [],
        helperNames: ['Người Đóng Vai'],
      },
    },
    'contest.recordScore': {
      who: 'vanphong',
      input: { entryId: uuid, round: 0, judge: 'Giám khảo Một', scores: [30] },
    },
    'contest.recordTime': { who: 'vanphong', input: { entryId: uuid, round: 0, seconds: 900 } },
    'contest.awardPrize': { who: 'vanphong', input: { entryId: uuid, rank: 'first', amountVnd: 1000000 } },
    'certificate.list': { who: 'vanphong', input: { year: 2027 } },
    'certificate.issue': {
      who: 'vanphong',
      input: { kind: 'training', eventId: uuid, mediatorId: uuid, issuedOn: '2027-03-15', clientKey: uuid },
    },
    'certificate.revoke': { who: 'vanphong', input: { id: uuid, reason: 'Cấp nhầm' } },
    'certificate.verify': { who: null, input: { code: '24013-AAAAAAAAAAAAAAAAAAAAAA' } },
    'reward.list': { who: 'vanphong', input: { year: 2027 } },
    'reward.get': { who: 'vanphong', input: { id: uuid } },
    'reward.evidence': {
      who: 'vanphong',
      input: { mediatorId: uuid, periodFrom: '2027-01-01', periodTo: '2027-03-31' },
    },
    'reward.propose': {
      who: 'vanphong',
      input: {
        form: 'certificate_of_merit',
        mediatorId: uuid,
        periodFrom: '2027-01-01',
        periodTo: '2027-03-31',
        achievements: 'Hòa giải thành nhiều vụ việc',
        caseIds: [uuid],
        clientKey: uuid,
      },
    },
    'reward.decide': { who: 'chutich', input: { id: uuid, decisionNo: '45/QĐ-UBND', decidedOn: '2027-04-01' } },
    'reward.withdraw': { who: 'vanphong', input: { id: uuid, reason: 'Rút lại' } },
  };
});
afterAll(() => s.close());

const procedures = () =>
  Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string; inputs: unknown[] } }>);

/** Calls a procedure over plain HTTP with a raw JSON input (lone surrogates travel as JSON escapes). */
function call(path: string, type: string, who: string | null, input: unknown) {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    ...(who === 'kiosk' ? { 'x-kiosk-device': tokens.kiosk! } : who ? { authorization: `Bearer ${tokens[who]}` } : {}),
  };
  const json = JSON.stringify(input);
  return type === 'query'
    ? fetch(`${s.url}/trpc/${path}?input=${encodeURIComponent(json)}`, { headers })
    : fetch(`${s.url}/trpc/${path}`, { method: 'POST', headers, body: json });
}

describe('no 5xx for anything a client sends', () => {
  it('has a case for every procedure that takes input', () => {
    const withInput = procedures()
      .filter(([, p]) => p._def.inputs.length > 0)
      .map(([path]) => path);
    expect(withInput.filter((path) => !(path in cases))).toEqual([]);
  });

  it('answers 4xx to a NUL byte, a lone surrogate or a bidi override in any string field of any procedure', async () => {
    const failures: string[] = [];
    for (const [path, p] of procedures()) {
      const c = cases[path];
      if (!c) continue;
      for (const [field, value] of Object.entries(c.input)) {
        if (typeof value !== 'string') continue;
        for (const [name, text] of Object.entries(bad)) {
          const res = await call(path, p._def.type, c.who, { ...c.input, [field]: text });
          if (res.status < 400 || res.status >= 500) failures.push(`${path}.${field} ${name} → ${res.status}`);
        }
      }
      const wrongShape = await call(path, p._def.type, c.who, bad.nul);
      if (wrongShape.status < 400 || wrongShape.status >= 500)
        failures.push(`${path} (a string as input) → ${wrongShape.status}`);
    }
    expect(failures).toEqual([]);
  });

  it('answers 4xx to malformed multipart on the evidence route, signed in or not', async () => {
    const bodies = [
      '--abc\r\nContent-Disposition: form-data; name="file"; filename="a\r\n\r\n\u0000',
      '\u0000\uD800',
      '--abc--',
    ];
    const id = (await listWorkItems(s.db, systemScope(24013), { year: 2027 })).find((i) => i.taskCode === '1')!.id;
    for (const who of [null, 'vanphong']) {
      for (const contentType of [
        'multipart/form-data; boundary=abc',
        'multipart/form-data',
        'multipart/form-data; boundary=',
      ]) {
        for (const body of bodies) {
          const res = await fetch(`${s.url}/files/work-items/${id}/evidence`, {
            method: 'POST',
            headers: { 'content-type': contentType, ...(who ? { authorization: `Bearer ${tokens[who]}` } : {}) },
            body,
          });
          expect([400, 401]).toContain(res.status);
          if (!who) expect(res.status).toBe(401);
        }
      }
    }
  });
});
