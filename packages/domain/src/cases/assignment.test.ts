import { describe, expect, it } from 'vitest';
import { receiveCase } from '../mediation/case-state.ts';
import { transitionCase } from '../mediation/transition-case.ts';
import { decideAssignment } from './assignment.ts';

describe('decideAssignment (Law 35/2013 Art. 10.3, 18)', () => {
  it('assigns two mediators when a third declines as a relative of a party, keeping the reason', () => {
    const d = decideAssignment('t1', [
      { mediatorId: 'a', teamId: 't1' },
      { mediatorId: 'b', teamId: 't1', recusal: 'related_to_party' },
      { mediatorId: 'c', teamId: 't1' },
    ]);
    expect(d).toEqual({
      assigned: [
        { mediatorId: 'a', conflicted: false },
        { mediatorId: 'c', conflicted: false },
      ],
      declined: [{ mediatorId: 'b', reason: 'related_to_party' }],
    });
    const s = transitionCase(
      receiveCase('2026-03-02'),
      { type: 'assign', mediators: d.assigned },
      'team_leader',
      '2026-03-02',
    );
    expect(s.mediatorIds).toEqual(['a', 'c']);
  });
  it('refuses a mediator of another team or of none, naming them', () => {
    for (const teamId of ['t2', null])
      expect(() =>
        decideAssignment('t1', [
          { mediatorId: 'a', teamId: 't1' },
          { mediatorId: 'x', teamId },
        ]),
      ).toThrow(
        expect.objectContaining({
          code: 'CASE.MEDIATOR_OF_ANOTHER_TEAM',
          params: { field: 'mediators', mediator: 'x' },
        }),
      );
  });
  it('refuses when everyone declines, and an empty or malformed proposal', () => {
    expect(() =>
      decideAssignment('t1', [
        { mediatorId: 'a', teamId: 't1', recusal: 'has_interest' },
        { mediatorId: 'b', teamId: 't1', recusal: 'cannot_be_impartial' },
      ]),
    ).toThrow(expect.objectContaining({ code: 'CASE.NO_MEDIATOR_LEFT' }));
    expect(() => decideAssignment('t1', [])).toThrow(expect.objectContaining({ code: 'INPUT.INVALID' }));
    expect(() => decideAssignment('t1', [{ mediatorId: 'a', teamId: 't1', recusal: 'busy' } as never])).toThrow(
      expect.objectContaining({
        code: 'INPUT.INVALID',
        details: [expect.objectContaining({ path: '0.recusal', code: 'field.RECUSAL_REASON' })],
      }),
    );
  });
});
