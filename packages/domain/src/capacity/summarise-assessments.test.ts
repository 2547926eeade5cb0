import { describe, expect, it } from 'vitest';
import { summariseAssessments } from './summarise-assessments.ts';

describe('summariseAssessments (plan task 3b)', () => {
  it('averages each group and lists who needs training; a mediator in no group is left out', () => {
    const teamOf: Record<string, { key: string; name: string }> = {
      a: { key: 't1', name: 'Tổ 1' },
      b: { key: 't1', name: 'Tổ 1' },
      c: { key: 't2', name: 'Tổ 2' },
    };
    const groups = summariseAssessments(
      [
        { mediatorId: 'a', average: 4.2, level: 'good' },
        { mediatorId: 'b', average: 2.6, level: 'needs_training' },
        { mediatorId: 'c', average: 3, level: 'competent' },
        { mediatorId: 'x', average: 1, level: 'needs_training' },
      ],
      (id) => teamOf[id] ?? null,
    );
    expect(groups).toEqual([
      { key: 't1', name: 'Tổ 1', assessed: 2, average: 3.4, below: ['b'] },
      { key: 't2', name: 'Tổ 2', assessed: 1, average: 3, below: [] },
    ]);
  });
});
