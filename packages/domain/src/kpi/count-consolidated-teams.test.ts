import { describe, expect, it } from 'vitest';
import { computeTeamConsolidationRate } from './compute-team-consolidation-rate.ts';
import { countConsolidatedTeams } from './count-consolidated-teams.ts';

const member = (mediatorId: string, sex: 'female' | 'male', ethnicMinority: boolean) => ({
  mediatorId,
  sex,
  ethnicMinority,
});

describe('countConsolidatedTeams (R-TEAM-1 → Decision 315 numerator)', () => {
  it('counts complete teams and lists the others with every issue', () => {
    const r = countConsolidatedTeams([
      {
        teamId: 'ok',
        team: {
          leaderId: 'a',
          members: [member('a', 'female', true), member('b', 'male', false), member('c', 'male', true)],
        },
      },
      { teamId: 'short', team: { leaderId: 'x', members: [member('x', 'male', false), member('y', 'male', false)] } },
    ]);
    expect(r.teams).toBe(2);
    expect(r.consolidatedTeams).toBe(1);
    expect(r.notConsolidated.map((t) => [t.teamId, t.issues.map((i) => i.code)])).toEqual([
      ['short', ['TEAM.TOO_FEW_MEDIATORS', 'TEAM.NO_WOMAN', 'TEAM.NO_ETHNIC_MINORITY_MEDIATOR']],
    ]);
    expect(computeTeamConsolidationRate({ teams: r.teams, consolidatedTeams: r.consolidatedTeams }).met).toBe(false);
  });
  it('gives zero teams (no data for the KPI) and refuses a team without id', () => {
    expect(countConsolidatedTeams([])).toEqual({ teams: 0, consolidatedTeams: 0, notConsolidated: [] });
    expect(() => countConsolidatedTeams([{ teamId: '', team: { leaderId: null, members: [] } }])).toThrow(
      expect.objectContaining({ code: 'INPUT.INVALID' }),
    );
  });
});
