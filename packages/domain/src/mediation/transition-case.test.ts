import { describe, expect, it } from 'vitest';
import type { Role } from '../org/roles.ts';
import type { CaseEventInput } from './case-events.ts';
import { receiveCase, type CaseState } from './case-state.ts';
import { caseTransitions } from './case-transitions.ts';
import { transitionCase } from './transition-case.ts';

const assign: CaseEventInput = { type: 'assign', mediators: [{ mediatorId: 'm1', conflicted: false }] };
const agreement = {
  basis: 'Hai bên yêu cầu',
  matterSummary: 'Lối đi chung',
  mediationCourse: 'Hai buổi',
  agreementAndMeasures: 'Mở lối đi',
  rightsAndObligations: 'Hộ A tháo rào',
  performanceMethodAndTime: 'Trước 30/6',
  mediatorIds: ['m1'],
  parties: [
    { partyId: 'p1', fullName: 'A', address: 'Bi Dông' },
    { partyId: 'p2', fullName: 'B', address: 'Bi Da' },
  ],
  signatures: [
    { signerId: 'p1', mark: 'signature' as const },
    { signerId: 'p2', mark: 'fingerprint' as const },
    { signerId: 'm1', mark: 'signature' as const },
  ],
};
const code = (c: string) => expect.objectContaining({ code: c });

function run(steps: Array<[CaseEventInput, string]>, role: Role = 'team_leader'): CaseState {
  return steps.reduce((s, [event, now]) => transitionCase(s, event, role, now), receiveCase('2026-03-02'));
}

describe('transitionCase (Law 35/2013 Art. 16–27, R-CASE-1..3)', () => {
  it('follows a successful case to performance, recording dates and deadlines', () => {
    const s = run([
      [assign, '2026-03-02'],
      [{ type: 'start' }, '2026-03-04'],
      [{ type: 'record_success', writtenAgreement: agreement }, '2026-03-10'],
      [{ type: 'begin_follow_up' }, '2026-03-11'],
      [{ type: 'record_performed' }, '2026-06-30'],
    ]);
    expect(s).toMatchObject({
      status: 'performed',
      mediatorIds: ['m1'],
      assignedOn: '2026-03-02',
      startDueOn: '2026-03-05',
      startedOn: '2026-03-04',
      startedLate: false,
      endedOn: '2026-03-10',
      hasWrittenAgreement: true,
      closedOn: '2026-06-30',
      lastChangedOn: '2026-06-30',
    });
  });
  it('records a late start without refusing it', () => {
    expect(
      run([
        [assign, '2026-03-02'],
        [{ type: 'start' }, '2026-03-09'],
      ]),
    ).toMatchObject({ status: 'in_progress', startedLate: true });
  });
  it('computes the start due over Tết for a case assigned the day before it', () => {
    const s = transitionCase(receiveCase('2026-02-12'), assign, 'justice_officer', '2026-02-13');
    expect(s.startDueOn).toBe('2026-02-23');
    expect(transitionCase(s, { type: 'start' }, 'team_leader', '2026-02-23').startedLate).toBe(false);
  });
  it('makes an immediate assignment due the same day, and an agreed one on the agreed day', () => {
    expect(
      transitionCase(receiveCase('2026-03-02'), { ...assign, immediate: true }, 'team_leader', '2026-03-02').startDueOn,
    ).toBe('2026-03-02');
    expect(
      transitionCase(receiveCase('2026-03-02'), { ...assign, agreedStartOn: '2026-03-20' }, 'team_leader', '2026-03-02')
        .startDueOn,
    ).toBe('2026-03-20');
  });
  it("ends a case unsuccessfully or by a party's request; an unsuccessful case may resume (Art. 27)", () => {
    const started = run([
      [assign, '2026-03-02'],
      [{ type: 'start' }, '2026-03-03'],
    ]);
    expect(transitionCase(started, { type: 'record_stopped_by_party' }, 'team_leader', '2026-03-04')).toMatchObject({
      status: 'stopped_by_party',
      endedOn: '2026-03-04',
    });
    const failed = transitionCase(started, { type: 'record_unsuccessful' }, 'team_leader', '2026-03-04');
    expect(transitionCase(failed, { type: 'resume' }, 'justice_officer', '2026-03-10')).toMatchObject({
      status: 'in_progress',
      endedOn: null,
    });
  });
  it('records a success without a written record (it is optional, Art. 24.1)', () => {
    const s = run([
      [assign, '2026-03-02'],
      [{ type: 'start' }, '2026-03-03'],
      [{ type: 'record_success' }, '2026-03-04'],
    ]);
    expect(s).toMatchObject({ status: 'successful', hasWrittenAgreement: false });
  });
  it('refuses a success whose written record lacks required contents (R-CASE-3)', () => {
    const started = run([
      [assign, '2026-03-02'],
      [{ type: 'start' }, '2026-03-03'],
    ]);
    expect(() =>
      transitionCase(
        started,
        { type: 'record_success', writtenAgreement: { ...agreement, signatures: [] } },
        'team_leader',
        '2026-03-04',
      ),
    ).toThrow(code('CASE.WRITTEN_AGREEMENT_INCOMPLETE'));
  });
  it('closes an out-of-scope case from received with its referrals, and nothing after', () => {
    const s = transitionCase(
      receiveCase('2026-03-02'),
      { type: 'declare_out_of_scope', referrals: ['commune_land_mediation'] },
      'justice_officer',
      '2026-03-02',
    );
    expect(s).toMatchObject({ status: 'out_of_scope', referrals: ['commune_land_mediation'], closedOn: '2026-03-02' });
    expect(() => transitionCase(s, assign, 'justice_officer', '2026-03-03')).toThrow(code('CASE.ILLEGAL_TRANSITION'));
    expect(() =>
      transitionCase(
        receiveCase('2026-03-02'),
        { type: 'declare_out_of_scope', referrals: [] },
        'justice_officer',
        '2026-03-02',
      ),
    ).toThrow(code('INPUT.INVALID'));
  });
  it('closes a case found out of scope during mediation, recording to whom it was reported (issue 11, 2a)', () => {
    const started = run([
      [assign, '2026-03-02'],
      [{ type: 'start' }, '2026-03-03'],
    ]);
    const crime = {
      type: 'declare_out_of_scope' as const,
      referrals: ['police' as const],
      reportedTo: ['police' as const],
    };
    for (const [from, state] of [
      ['assigned', run([[assign, '2026-03-02']])],
      ['in_progress', started],
      ['suspended', transitionCase(started, { type: 'suspend' }, 'team_leader', '2026-03-04')],
    ] as const) {
      const closed = transitionCase(state, crime, 'team_leader', '2026-03-05');
      expect(closed).toMatchObject({
        status: 'out_of_scope',
        referrals: ['police'],
        reportedTo: ['police'],
        outOfScopeFrom: from,
        suspendedOn: null,
        endedOn: null,
        closedOn: '2026-03-05',
      });
      expect(() => transitionCase(closed, { type: 'record_unsuccessful' }, 'team_leader', '2026-03-06')).toThrow(
        code('CASE.ILLEGAL_TRANSITION'),
      );
    }
  });
  it('refuses to close a case out of scope after assignment without naming the body it was reported to (Art. 10.5)', () => {
    const started = run([
      [assign, '2026-03-02'],
      [{ type: 'start' }, '2026-03-03'],
    ]);
    expect(() =>
      transitionCase(started, { type: 'declare_out_of_scope', referrals: ['police'] }, 'team_leader', '2026-03-04'),
    ).toThrow(
      expect.objectContaining({ code: 'CASE.REPORT_REQUIRED', params: { field: 'reportedTo', status: 'in_progress' } }),
    );
    expect(() =>
      transitionCase(
        started,
        { type: 'declare_out_of_scope', referrals: ['police'], reportedTo: ['prosecutor'] } as never,
        'team_leader',
        '2026-03-04',
      ),
    ).toThrow(code('INPUT.INVALID'));
  });
  it('cannot declare an ended case out of scope: its mediation ended under Art. 23', () => {
    const failed = run([
      [assign, '2026-03-02'],
      [{ type: 'start' }, '2026-03-03'],
      [{ type: 'record_unsuccessful' }, '2026-03-04'],
    ]);
    expect(() =>
      transitionCase(
        failed,
        { type: 'declare_out_of_scope', referrals: ['police'], reportedTo: ['police'] },
        'team_leader',
        '2026-03-05',
      ),
    ).toThrow(code('CASE.ILLEGAL_TRANSITION'));
  });
  it("pauses at a party's request and resumes, or the party withdraws while paused (Art. 17.4, 23.2)", () => {
    const started = run([
      [assign, '2026-03-02'],
      [{ type: 'start' }, '2026-03-03'],
    ]);
    const paused = transitionCase(started, { type: 'suspend' }, 'team_leader', '2026-03-04');
    expect(paused).toMatchObject({ status: 'suspended', suspendedOn: '2026-03-04' });
    expect(transitionCase(paused, { type: 'resume' }, 'team_leader', '2026-03-10')).toMatchObject({
      status: 'in_progress',
      suspendedOn: null,
    });
    expect(transitionCase(paused, { type: 'record_stopped_by_party' }, 'team_leader', '2026-03-10')).toMatchObject({
      status: 'stopped_by_party',
      suspendedOn: null,
      endedOn: '2026-03-10',
    });
    expect(() => transitionCase(paused, { type: 'record_success' }, 'team_leader', '2026-03-10')).toThrow(
      code('CASE.ILLEGAL_TRANSITION'),
    );
  });
  it('replaces mediators (Art. 18.3): before the start the deadline restarts, during mediation the status stays', () => {
    const assigned = run([[assign, '2026-03-02']]);
    expect(transitionCase(assigned, { ...assign, type: 'reassign' }, 'team_leader', '2026-03-04')).toMatchObject({
      status: 'assigned',
      startDueOn: '2026-03-09',
    });
    const started = transitionCase(assigned, { type: 'start' }, 'team_leader', '2026-03-03');
    const replaced = transitionCase(
      started,
      { type: 'reassign', mediators: [{ mediatorId: 'm2', conflicted: false }] },
      'team_leader',
      '2026-03-05',
    );
    expect(replaced).toMatchObject({ status: 'in_progress', mediatorIds: ['m2'], startDueOn: '2026-03-05' });
  });
  it('refuses to assign a mediator with an interest or who cannot be impartial (Art. 10.3, 18.2)', () => {
    expect(() =>
      transitionCase(
        receiveCase('2026-03-02'),
        {
          type: 'assign',
          mediators: [
            { mediatorId: 'm1', conflicted: false },
            { mediatorId: 'm9', conflicted: true },
          ],
        },
        'team_leader',
        '2026-03-02',
      ),
    ).toThrow(code('CASE.MEDIATOR_CONFLICTED'));
  });
  it('refuses illegal moves with CASE.ILLEGAL_TRANSITION, naming the event and status', () => {
    expect(() => transitionCase(receiveCase('2026-03-02'), { type: 'start' }, 'team_leader', '2026-03-02')).toThrow(
      expect.objectContaining({ params: expect.objectContaining({ event: 'start', status: 'received' }) }),
    );
    expect(() =>
      transitionCase(receiveCase('2026-03-02'), { type: 'record_success' }, 'team_leader', '2026-03-02'),
    ).toThrow(code('CASE.ILLEGAL_TRANSITION'));
  });
  it('refuses roles that may not record cases (chairman, budget officer, admin…)', () => {
    for (const role of ['chairman', 'budget_officer', 'admin', 'front_viewer', 'police_liaison'] as const) {
      expect(() => transitionCase(receiveCase('2026-03-02'), assign, role, '2026-03-02')).toThrow(
        code('CASE.ROLE_NOT_ALLOWED'),
      );
    }
  });
  it('refuses a date before the last change, bad dates, bad roles and bad states', () => {
    const assigned = run([[assign, '2026-03-05']]);
    expect(() => transitionCase(assigned, { type: 'start' }, 'team_leader', '2026-03-04')).toThrow(
      code('CASE.DATE_BEFORE_LAST_CHANGE'),
    );
    expect(() => transitionCase(assigned, { type: 'start' }, 'team_leader', '2026-02-30')).toThrow(
      code('INPUT.INVALID'),
    );
    expect(() => transitionCase(assigned, { type: 'start' }, 'mediator' as Role, '2026-03-06')).toThrow(
      code('INPUT.INVALID'),
    );
    expect(() =>
      transitionCase({ ...assigned, status: 'closed' } as never, { type: 'start' }, 'team_leader', '2026-03-06'),
    ).toThrow(code('INPUT.INVALID'));
    expect(() => transitionCase(assigned, { type: 'teleport' } as never, 'team_leader', '2026-03-06')).toThrow(
      code('INPUT.INVALID'),
    );
  });
  it('gives every legal move to team leaders and justice officers only, all of whom may record cases', () => {
    for (const moves of Object.values(caseTransitions))
      for (const t of Object.values(moves)) expect([...t.roles].sort()).toEqual(['justice_officer', 'team_leader']);
  });
  it('has exactly the edges of R-CASE-1 plus replacement (Art. 18.3), pause (Art. 17.4), resumption (Art. 27) and late out-of-scope', () => {
    const edges = Object.entries(caseTransitions).flatMap(([from, moves]) =>
      Object.entries(moves).map(([event, t]) => `${from} -${event}-> ${t.to}`),
    );
    expect(edges.sort()).toEqual([
      'assigned -declare_out_of_scope-> out_of_scope',
      'assigned -reassign-> assigned',
      'assigned -start-> in_progress',
      'follow_up -record_not_performed-> not_performed',
      'follow_up -record_performed-> performed',
      'in_progress -declare_out_of_scope-> out_of_scope',
      'in_progress -reassign-> in_progress',
      'in_progress -record_stopped_by_party-> stopped_by_party',
      'in_progress -record_success-> successful',
      'in_progress -record_unsuccessful-> unsuccessful',
      'in_progress -suspend-> suspended',
      'received -assign-> assigned',
      'received -declare_out_of_scope-> out_of_scope',
      'successful -begin_follow_up-> follow_up',
      'suspended -declare_out_of_scope-> out_of_scope',
      'suspended -reassign-> suspended',
      'suspended -record_stopped_by_party-> stopped_by_party',
      'suspended -resume-> in_progress',
      'unsuccessful -resume-> in_progress',
    ]);
  });
});
