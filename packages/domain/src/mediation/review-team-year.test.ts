import { describe, expect, it } from 'vitest';
import { reviewTeamYear, type TeamYearReviewInput } from './review-team-year.ts';

const member = (
  mediatorId: string,
  sex: 'female' | 'male',
  ethnicMinority: boolean,
  extra: Partial<{
    joinedOn: string;
    leftOn: string;
    leftReason: 'voluntary' | 'deceased' | 'lost_standard';
    termEndsOn: string;
  }> = {},
) => ({ mediatorId, sex, ethnicMinority, joinedOn: '2020-05-01', ...extra });

const base: TeamYearReviewInput = {
  teamId: 't-bi-dong',
  year: 2026,
  asOf: '2026-11-30',
  leaderId: 'm1',
  members: [
    member('m1', 'male', true),
    member('m2', 'female', true),
    member('m3', 'male', false),
    member('m4', 'female', false),
  ],
};
const codes = (r: { compositionIssues: { code: string }[] }) => r.compositionIssues.map((i) => i.code);

describe('reviewTeamYear (Law 35/2013 Art. 12.3)', () => {
  it('finds nothing to do for a compliant team with nobody leaving', () => {
    expect(reviewTeamYear(base)).toEqual({
      teamId: 't-bi-dong',
      year: 2026,
      asOf: '2026-11-30',
      activeMediators: 4,
      left: [],
      termEnding: [],
      placesToFill: 0,
      compositionIssues: [],
      actions: [],
      consolidated: true,
    });
  });

  it('lists who left this year (not earlier years), and asks for a supplementary election when the team falls short', () => {
    const r = reviewTeamYear({
      ...base,
      members: [
        member('m1', 'male', true),
        member('m2', 'female', true, { leftOn: '2026-08-10', leftReason: 'lost_standard' }),
        member('m3', 'male', false, { leftOn: '2026-03-02', leftReason: 'voluntary' }),
        member('m4', 'female', false),
        member('m0', 'female', false, { joinedOn: '2015-01-01', leftOn: '2025-06-01', leftReason: 'deceased' }),
      ],
    });
    expect(r.left).toEqual([
      { mediatorId: 'm3', leftOn: '2026-03-02', reason: 'voluntary' },
      { mediatorId: 'm2', leftOn: '2026-08-10', reason: 'lost_standard' },
    ]);
    expect(r).toMatchObject({
      activeMediators: 2,
      placesToFill: 1,
      actions: ['supplementary_election'],
      consolidated: false,
    });
    expect(codes(r)).toEqual(['TEAM.TOO_FEW_MEDIATORS']);
  });

  it('counts a member as active until the day they leave, and not before the day they join', () => {
    const r = reviewTeamYear({
      ...base,
      members: [
        ...(base.members as never[]),
        member('m5', 'male', true, { joinedOn: '2026-12-05' }),
        member('m6', 'male', true, { leftOn: '2026-12-15', leftReason: 'voluntary' }),
      ],
    });
    expect(r.activeMediators).toBe(5); // m6 still active on 30/11, m5 not yet
    expect(r.left).toEqual([]);
  });

  it('asks for a new leader when the leader left, and for an election when the last woman or ethnic-minority mediator left', () => {
    const r = reviewTeamYear({
      ...base,
      members: [
        member('m1', 'male', true, { leftOn: '2026-04-01', leftReason: 'voluntary' }),
        member('m2', 'female', false, { leftOn: '2026-05-01', leftReason: 'deceased' }),
        member('m3', 'male', false),
        member('m4', 'male', false),
        member('m5', 'male', false),
      ],
    });
    expect(codes(r)).toEqual(['TEAM.NO_WOMAN', 'TEAM.NO_ETHNIC_MINORITY_MEDIATOR', 'TEAM.LEADER_NOT_ACTIVE_MEMBER']);
    expect(r).toMatchObject({
      placesToFill: 0,
      actions: ['supplementary_election', 'team_leader_election'],
      consolidated: false,
    });
  });

  it('does not ask for an ethnic-minority mediator outside an ethnic-minority area', () => {
    const r = reviewTeamYear({
      ...base,
      villageEthnicMinorityArea: false,
      members: base.members!.map((m) => ({ ...m, ethnicMinority: false })),
    });
    expect(r.consolidated).toBe(true);
  });

  it('fills up to the size the chairman set (Art. 12.2), counting terms that end this year as places to fill', () => {
    expect(reviewTeamYear({ ...base, plannedMediators: 6 }).placesToFill).toBe(2);
    const r = reviewTeamYear({
      ...base,
      members: [member('m1', 'male', true, { termEndsOn: '2026-12-31' }), ...base.members!.slice(1)],
    });
    expect(r).toMatchObject({
      termEnding: [{ mediatorId: 'm1', termEndsOn: '2026-12-31' }],
      placesToFill: 0,
      actions: ['team_leader_election'],
    });
    expect(
      reviewTeamYear({ ...base, members: base.members!.slice(0, 3).map((m) => ({ ...m, termEndsOn: '2027-01-01' })) })
        .termEnding,
    ).toEqual([]);
  });

  it('refuses a review day outside the year, a departure before joining, a reason without a date, and a team below three', () => {
    const invalid = (path: string, code?: string) =>
      expect.objectContaining({
        code: 'INPUT.INVALID',
        details: expect.arrayContaining([expect.objectContaining(code ? { path, code } : { path })]),
      });
    expect(() => reviewTeamYear({ ...base, asOf: '2027-01-02' })).toThrow(invalid('asOf', 'field.REVIEW_DATE_IN_YEAR'));
    expect(() =>
      reviewTeamYear({
        ...base,
        members: [
          member('m1', 'male', true, { joinedOn: '2026-05-01', leftOn: '2026-04-01', leftReason: 'voluntary' }),
        ],
      }),
    ).toThrow(invalid('members.0.leftOn', 'field.LEFT_BEFORE_JOINED'));
    expect(() =>
      reviewTeamYear({ ...base, members: [{ ...member('m1', 'male', true), leftReason: 'voluntary' }] }),
    ).toThrow(invalid('members.0.leftReason', 'field.LEAVE_REASON_WITH_DATE'));
    expect(() => reviewTeamYear({ ...base, plannedMediators: 2 })).toThrow(
      invalid('plannedMediators', 'field.TEAM_MIN_MEDIATORS'),
    );
    expect(() =>
      reviewTeamYear({ ...base, members: [member('m1', 'male', true), member('m1', 'female', true)] }),
    ).toThrow(invalid('members.1.mediatorId', 'field.DUPLICATE_MEDIATOR'));
  });
});
