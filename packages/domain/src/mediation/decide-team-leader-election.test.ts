import { describe, expect, it } from 'vitest';
import { decideTeamLeaderElection } from './decide-team-leader-election.ts';

const candidates = (...v: number[]) => v.map((votesFor, i) => ({ mediatorId: `m${i + 1}`, votesFor }));

describe('decideTeamLeaderElection (Law 35/2013 Art. 14, TTHC, R-MED-2)', () => {
  it('elects the most-voted mediator with more than half of the team', () => {
    expect(
      decideTeamLeaderElection({ method: 'secret_ballot', teamMediators: 5, candidates: candidates(3, 2) }),
    ).toEqual({ electedMediatorId: 'm1', issues: [] });
  });
  it('elects no one with exactly half of the team', () => {
    const r = decideTeamLeaderElection({ method: 'open_vote', teamMediators: 4, candidates: candidates(2, 2) });
    expect(r.electedMediatorId).toBeNull();
    expect(r.issues.map((i) => i.code)).toEqual(['ELECTION.LEADER_NO_MAJORITY']);
  });
  it('elects no one when two mediators tie with a majority each (open vote of agreement)', () => {
    const r = decideTeamLeaderElection({ method: 'open_vote', teamMediators: 5, candidates: candidates(4, 4, 1) });
    expect(r.issues.map((i) => i.code)).toEqual(['ELECTION.LEADER_TIE']);
  });
  it('refuses more votes than mediators, duplicates and empty lists', () => {
    const invalid = expect.objectContaining({ code: 'INPUT.INVALID' });
    expect(() =>
      decideTeamLeaderElection({ method: 'open_vote', teamMediators: 3, candidates: candidates(4) }),
    ).toThrow(invalid);
    expect(() =>
      decideTeamLeaderElection({
        method: 'open_vote',
        teamMediators: 3,
        candidates: [
          { mediatorId: 'a', votesFor: 2 },
          { mediatorId: 'a', votesFor: 1 },
        ],
      }),
    ).toThrow(invalid);
    expect(() => decideTeamLeaderElection({ method: 'open_vote', teamMediators: 3, candidates: [] })).toThrow(invalid);
  });
});
