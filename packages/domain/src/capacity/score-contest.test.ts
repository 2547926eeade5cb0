import { describe, expect, it } from 'vitest';
import { checkScoreSheet, rankContest, timePenalty, type ScoringRules } from './score-contest.ts';

const rules: ScoringRules = {
  rubric: [
    { label: 'Kỹ năng hòa giải', maxScore: 40 },
    { label: 'Kiến thức pháp luật', maxScore: 30 },
  ],
  rounds: ['Sơ khảo', 'Chung kết'],
  judges: ['Giám khảo A', 'Giám khảo B'],
  timeLimitMinutes: 15,
  penaltyPerMinute: 2,
};

describe('checkScoreSheet', () => {
  it('accepts a sheet at the maxima and refuses a score above a criterion’s maximum, naming it', () => {
    expect(() => checkScoreSheet(rules, { round: 0, judge: 'Giám khảo A', scores: [40, 30] })).not.toThrow();
    expect(() => checkScoreSheet(rules, { round: 0, judge: 'Giám khảo A', scores: [40.5, 30] })).toThrow(
      expect.objectContaining({
        code: 'CONTEST.SCORE_ABOVE_MAX',
        params: { field: 'scores.0', criterion: 'Kỹ năng hòa giải', score: 40.5, max: 40 },
      }),
    );
  });
  it('refuses an unknown judge, an unknown round and a sheet without a score per criterion', () => {
    const bad = (sheet: Parameters<typeof checkScoreSheet>[1]) => {
      try {
        checkScoreSheet(rules, sheet);
        return null;
      } catch (e) {
        return (e as { code: string }).code;
      }
    };
    expect(bad({ round: 0, judge: 'Người lạ', scores: [1, 1] })).toBe('CONTEST.UNKNOWN_JUDGE');
    expect(bad({ round: 2, judge: 'Giám khảo A', scores: [1, 1] })).toBe('CONTEST.UNKNOWN_ROUND');
    expect(bad({ round: 1, judge: 'Giám khảo B', scores: [1] })).toBe('CONTEST.SCORE_COUNT');
  });
});

describe('timePenalty', () => {
  it('costs nothing within the limit and the penalty per started minute over it', () => {
    expect(timePenalty(15 * 60, rules)).toBe(0);
    expect(timePenalty(15 * 60 + 1, rules)).toBe(2);
    expect(timePenalty(17 * 60, rules)).toBe(4);
    expect(timePenalty(17 * 60 + 1, rules)).toBe(6);
  });
});

describe('rankContest', () => {
  it('averages the judges per round, takes off the penalty, sums the rounds, shares equal ranks', () => {
    const results = rankContest(
      rules,
      ['a', 'b', 'c', 'd'],
      [
        { entryId: 'a', round: 0, scores: [30, 20] },
        { entryId: 'a', round: 0, scores: [34, 20] }, // average 52
        { entryId: 'a', round: 1, scores: [30, 20] }, // 50, penalty 2 → 100
        { entryId: 'b', round: 0, scores: [40, 30] }, // 70
        { entryId: 'b', round: 1, scores: [20, 10] }, // 30 → 100
        { entryId: 'c', round: 0, scores: [40, 30] }, // 70, penalty 10 → 60
      ],
      [
        { entryId: 'a', round: 1, seconds: 15 * 60 + 30 },
        { entryId: 'c', round: 0, seconds: 20 * 60 },
      ],
    );
    expect(results.map((r) => [r.entryId, r.total, r.rank])).toEqual([
      ['a', 100, 1],
      ['b', 100, 1],
      ['c', 60, 3],
      ['d', null, null],
    ]);
    expect(results[0]!.rounds).toEqual([
      { average: 52, penalty: 0 },
      { average: 50, penalty: 2 },
    ]);
  });
});
