import { describe, expect, it } from 'vitest';
import { planTermination } from './plan-termination.ts';

describe('planTermination (Law 35/2013 Art. 11, TTHC, R-MED-3)', () => {
  it('routes an ordinary mediator through the team leader, with 10 days for the Front head to verify', () => {
    expect(
      planTermination({
        mediatorId: 'm1',
        isTeamLeader: false,
        ground: 'lost_standard',
        lostStandard: 'permanent_residence',
        proposedOn: '2026-03-02',
      }),
    ).toEqual({
      ground: 'lost_standard',
      lostStandard: 'permanent_residence',
      proposer: 'team_leader',
      frontHeadMayDisagree: true,
      verificationDueOn: '2026-03-12',
    });
  });
  it("does not let the Front head disagree with a mediator's own wish to leave", () => {
    expect(
      planTermination({ mediatorId: 'm1', isTeamLeader: false, ground: 'voluntary', proposedOn: '2026-03-02' })
        .frontHeadMayDisagree,
    ).toBe(false);
  });
  it('has the Front head and village head propose directly for a team leader', () => {
    expect(
      planTermination({
        mediatorId: 'm1',
        isTeamLeader: true,
        ground: 'violation_or_sanctioned',
        proposedOn: '2026-03-02',
        details: 'Bị xử phạt vi phạm hành chính ngày 12/02/2026',
      }),
    ).toMatchObject({ proposer: 'front_head_and_village_head', verificationDueOn: null, frontHeadMayDisagree: false });
  });
  it('requires the lost standard for ground (b), and only for it', () => {
    const invalid = expect.objectContaining({ code: 'INPUT.INVALID' });
    expect(() =>
      planTermination({ mediatorId: 'm1', isTeamLeader: false, ground: 'lost_standard', proposedOn: '2026-03-02' }),
    ).toThrow(invalid);
    expect(() =>
      planTermination({
        mediatorId: 'm1',
        isTeamLeader: false,
        ground: 'voluntary',
        lostStandard: 'voluntary',
        proposedOn: '2026-03-02',
      }),
    ).toThrow(invalid);
    expect(() =>
      planTermination({ mediatorId: 'm1', isTeamLeader: false, ground: 'retired' as never, proposedOn: '2026-03-02' }),
    ).toThrow(invalid);
  });
  it('requires the facts for ground (c), which the decision must explain', () => {
    const invalid = expect.objectContaining({
      code: 'INPUT.INVALID',
      details: [expect.objectContaining({ path: 'details', code: 'field.VIOLATION_DETAILS_REQUIRED' })],
    });
    expect(() =>
      planTermination({
        mediatorId: 'm1',
        isTeamLeader: false,
        ground: 'violation_or_sanctioned',
        proposedOn: '2026-03-02',
      }),
    ).toThrow(invalid);
    expect(() =>
      planTermination({
        mediatorId: 'm1',
        isTeamLeader: false,
        ground: 'violation_or_sanctioned',
        proposedOn: '2026-03-02',
        details: '   ',
      }),
    ).toThrow(invalid);
  });
});
