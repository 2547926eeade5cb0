import { describe, expect, it } from 'vitest';
import { checkContestTeam } from './check-contest-team.ts';
import { checkPrizeAmount } from './check-prize-amount.ts';

const mediators = [
  { id: 'a', recognisedOn: '2025-01-10' },
  { id: 'b', recognisedOn: '2025-01-10' },
  { id: 'c', recognisedOn: '2025-01-10' },
  { id: 'r', recognisedOn: '2027-09-01' },
  { id: 'gone', recognisedOn: '2020-01-01', terminatedOn: '2027-09-01' },
  { id: 'elected', recognisedOn: null },
];
const team = {
  unitName: 'Tổ hòa giải làng Bi Dông',
  captainId: 'a',
  officialMemberIds: ['a', 'b', 'c'],
  reserveIds: ['r'],
  helperIds: ['h1', 'h2'],
};
const codes = (xs: { code: string }[]) => xs.map((x) => x.code);

describe('checkContestTeam (R-CONTEST-1)', () => {
  it('accepts 3 recognised mediators, a reserve recognised on the contest day and non-mediator helpers', () => {
    expect(checkContestTeam(team, mediators, '2027-09-01')).toEqual([]);
  });
  it('lists every unmet rule at once', () => {
    const bad = {
      unitName: 'Tổ X',
      captainId: 'h1',
      officialMemberIds: ['a', 'gone'],
      reserveIds: ['elected', 'b', 'r'],
      helperIds: ['h1', '1', '2', '3', '4', '5'],
    };
    expect(codes(checkContestTeam(bad, mediators, '2027-09-01'))).toEqual([
      'CONTEST.WRONG_OFFICIAL_COUNT',
      'CONTEST.TOO_MANY_RESERVES',
      'CONTEST.TOO_MANY_HELPERS',
      'CONTEST.CAPTAIN_NOT_OFFICIAL',
      'CONTEST.NOT_ACTIVE_MEDIATOR',
      'CONTEST.NOT_ACTIVE_MEDIATOR',
    ]);
  });
  it('refuses a member recognised after the contest, terminated on the day, or unknown, and duplicates', () => {
    const issues = checkContestTeam(
      { ...team, officialMemberIds: ['a', 'b', 'nobody'], reserveIds: ['r', 'a'] },
      mediators,
      '2027-08-31',
    );
    expect(issues.map((i) => [i.code, i.params.personId])).toEqual([
      ['CONTEST.DUPLICATE_PERSON', 'a'],
      ['CONTEST.NOT_ACTIVE_MEDIATOR', 'nobody'],
      ['CONTEST.NOT_ACTIVE_MEDIATOR', 'r'],
    ]);
  });
  it("follows an event's own rules (e.g. a reserve is required)", () => {
    expect(
      codes(
        checkContestTeam({ ...team, reserveIds: [] }, mediators, '2027-09-01', {
          officialMembers: 3,
          minReserves: 1,
          maxReserves: 2,
          maxHelpers: 5,
        }),
      ),
    ).toEqual(['CONTEST.TOO_FEW_RESERVES']);
    expect(() =>
      checkContestTeam(team, mediators, '2027-09-01', {
        officialMembers: 3,
        minReserves: 3,
        maxReserves: 2,
        maxHelpers: 5,
      }),
    ).toThrow(expect.objectContaining({ code: 'INPUT.INVALID' }));
  });
});

describe('checkPrizeAmount (Circular 56/2023 Art. 3.13.d)', () => {
  it('accepts a prize exactly at its cap and refuses one đồng more', () => {
    expect(checkPrizeAmount({ rank: 'first', recipient: 'team', amountVnd: 15_000_000 }).withinCap).toBe(true);
    expect(checkPrizeAmount({ rank: 'first', recipient: 'team', amountVnd: 15_000_001 }).withinCap).toBe(false);
    expect(checkPrizeAmount({ rank: 'consolation', recipient: 'individual', amountVnd: 1_500_000 }).capVnd).toBe(
      1_500_000,
    );
    expect(checkPrizeAmount({ rank: 'other', recipient: 'team', amountVnd: 750_000 })).toMatchObject({
      norm: 'prize_other',
      withinCap: true,
    });
  });
  it('uses a provincial amount where set', () => {
    const provincialNorms = {
      resolution: 'NQ tỉnh',
      effectiveFrom: '2025-01-01',
      caps: { prize_third_individual: 2_000_000 },
    };
    expect(
      checkPrizeAmount({ rank: 'third', recipient: 'individual', amountVnd: 2_500_000 }, { provincialNorms }),
    ).toMatchObject({ withinCap: false, capSource: 'province' });
  });
});
