import { describe, expect, it } from 'vitest';
import type { CaseState } from '../mediation/case-state.ts';
import { checkSession, type CaseSessionInput } from './session-input.ts';

const session: CaseSessionInput = {
  heldOn: '2026-03-04',
  place: 'Nhà văn hóa làng Bi Dông',
  durationMinutes: 90,
  mediatorIds: ['a', 'c'],
  partyIds: ['p1', 'p2'],
  invited: [{ fullName: 'Đinh Văn Blui', role: 'village_elder', otherPartyConsented: true }],
  summary: 'Hai bên trình bày; hẹn buổi sau.',
};
const assigned: Pick<CaseState, 'status' | 'assignedOn' | 'receivedOn' | 'mediatorIds'> = {
  status: 'assigned',
  receivedOn: '2026-03-02',
  assignedOn: '2026-03-03',
  mediatorIds: ['a', 'c'],
};
const refused = (code: string, params: object) => expect.objectContaining({ code, params });

describe('checkSession (Law 35/2013 Art. 19–21; issue 11 point 11)', () => {
  it('accepts a session of an assigned or in-progress case, with a village elder invited', () => {
    expect(checkSession(session, assigned, '2026-03-04').invited[0]?.role).toBe('village_elder');
    expect(checkSession(session, { ...assigned, status: 'in_progress' }, '2026-03-10').heldOn).toBe('2026-03-04');
  });
  it('refuses a session after the case closed or ended, or while suspended', () => {
    for (const status of ['successful', 'unsuccessful', 'out_of_scope', 'performed', 'suspended', 'received'] as const)
      expect(() => checkSession(session, { ...assigned, status }, '2026-03-10')).toThrow(
        refused('CASE.SESSION_CASE_NOT_OPEN', { field: 'heldOn', status }),
      );
  });
  it('refuses a session before the assignment, or in the future', () => {
    expect(() => checkSession({ ...session, heldOn: '2026-03-02' }, assigned, '2026-03-04')).toThrow(
      refused('CASE.SESSION_BEFORE_ASSIGNMENT', { field: 'heldOn', heldOn: '2026-03-02', since: '2026-03-03' }),
    );
    expect(() => checkSession(session, assigned, '2026-03-03')).toThrow(
      refused('CASE.SESSION_IN_FUTURE', { field: 'heldOn', heldOn: '2026-03-04', today: '2026-03-03' }),
    );
  });
  it('refuses a mediator not assigned to the case', () => {
    expect(() => checkSession({ ...session, mediatorIds: ['a', 'z'] }, assigned, '2026-03-04')).toThrow(
      refused('CASE.ATTENDEE_NOT_ASSIGNED', { field: 'mediatorIds', mediator: 'z' }),
    );
  });
  it("refuses an invitee without the other party's consent (Art. 19.1) and bad fields", () => {
    const bad = (input: object) => () =>
      checkSession({ ...session, ...input } as CaseSessionInput, assigned, '2026-03-04');
    expect(bad({ invited: [{ fullName: 'Ông B', role: 'village_elder', otherPartyConsented: false }] })).toThrow(
      expect.objectContaining({
        details: [
          expect.objectContaining({ path: 'invited.0.otherPartyConsented', code: 'field.INVITE_CONSENT_REQUIRED' }),
        ],
      }),
    );
    expect(bad({ durationMinutes: 0 })).toThrow(
      expect.objectContaining({
        details: [expect.objectContaining({ path: 'durationMinutes', code: 'field.DURATION' })],
      }),
    );
    expect(bad({ heldOn: '2026-02-30' })).toThrow(expect.objectContaining({ code: 'INPUT.INVALID' }));
  });
});
