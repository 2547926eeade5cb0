import { describe, expect, it } from 'vitest';
import { assessCapacity, defaultCapacityRubric } from './assess-capacity.ts';

const all = (n: number) => Object.fromEntries(defaultCapacityRubric.competencies.map((c) => [c.code, n]));

describe('assessCapacity (plan task 3b; rubric is a parameter)', () => {
  it('grades by the average: exactly the pass mark is competent, exactly the good mark is good', () => {
    expect(assessCapacity({ mediatorId: 'a', assessedOn: '2027-05-01', scores: all(3) })).toMatchObject({
      average: 3,
      level: 'competent',
      weakCompetencies: [],
    });
    expect(assessCapacity({ mediatorId: 'a', assessedOn: '2027-05-01', scores: all(4) }).level).toBe('good');
    expect(
      assessCapacity({ mediatorId: 'a', assessedOn: '2027-05-01', scores: { ...all(3), record_keeping: 2 } }),
    ).toMatchObject({ average: 2.8, level: 'needs_training', weakCompetencies: ['record_keeping'] });
  });
  it('lists weak competencies even when the average passes', () => {
    expect(
      assessCapacity({ mediatorId: 'a', assessedOn: '2027-05-01', scores: { ...all(5), legal_knowledge: 1 } }),
    ).toMatchObject({ level: 'good', weakCompetencies: ['legal_knowledge'] });
  });
  it('takes a custom rubric', () => {
    const rubric = {
      competencies: [{ code: 'skills', vi: 'Kỹ năng', en: 'Skills' }],
      scaleMin: 0,
      scaleMax: 10,
      passMark: 5,
      goodMark: 8,
    };
    expect(assessCapacity({ mediatorId: 'a', assessedOn: '2027-05-01', scores: { skills: 7 } }, rubric).level).toBe(
      'competent',
    );
  });
  it('refuses missing, unknown and out-of-scale scores, and an inconsistent rubric', () => {
    const { legal_knowledge: _omit, ...missing } = all(3);
    expect(() => assessCapacity({ mediatorId: 'a', assessedOn: '2027-05-01', scores: missing })).toThrow(
      expect.objectContaining({ code: 'CAPACITY.MISSING_SCORE' }),
    );
    expect(() =>
      assessCapacity({ mediatorId: 'a', assessedOn: '2027-05-01', scores: { ...all(3), charisma: 5 } }),
    ).toThrow(expect.objectContaining({ code: 'CAPACITY.UNKNOWN_COMPETENCY' }));
    expect(() => assessCapacity({ mediatorId: 'a', assessedOn: '2027-05-01', scores: all(6) })).toThrow(
      expect.objectContaining({ code: 'CAPACITY.SCORE_OUT_OF_SCALE' }),
    );
    expect(() =>
      assessCapacity(
        { mediatorId: 'a', assessedOn: '2027-05-01', scores: all(3) },
        { ...defaultCapacityRubric, passMark: 9 },
      ),
    ).toThrow(expect.objectContaining({ code: 'INPUT.INVALID' }));
  });
});
