import { describe, expect, it } from 'vitest';
import { computeLearningHours } from './compute-learning-hours.ts';
import type { TrainingSession } from './training.ts';

const sessions: TrainingSession[] = [
  {
    id: 's1',
    title: 'Tập huấn kỹ năng hòa giải',
    heldOn: '2027-03-10',
    hours: 8,
    kind: 'training',
    organiserLevel: 'commune',
    usesMaterialSet: true,
  },
  {
    id: 's2',
    title: 'Trao đổi kinh nghiệm',
    heldOn: '2027-09-01',
    hours: 4,
    kind: 'experience_exchange',
    organiserLevel: 'commune',
  },
  {
    id: 's3',
    title: 'Tập huấn năm trước',
    heldOn: '2026-12-31',
    hours: 8,
    kind: 'training',
    organiserLevel: 'province',
  },
];
const period = { from: '2027-01-01', to: '2027-12-31' };

describe('computeLearningHours (Law 35/2013 Art. 9.4)', () => {
  it('sums hours per mediator and by kind within the period, and lists those with none', () => {
    const r = computeLearningHours({
      mediatorIds: ['a', 'b', 'c'],
      sessions,
      ...period,
      attendance: [
        { sessionId: 's1', mediatorId: 'a' },
        { sessionId: 's2', mediatorId: 'a', hoursAttended: 2.5 },
        { sessionId: 's1', mediatorId: 'b' },
        { sessionId: 's3', mediatorId: 'c' },
      ],
    });
    expect(r.perMediator).toEqual([
      { mediatorId: 'a', hours: 10.5, sessions: 2, byKind: { training: 8, experience_exchange: 2.5 } },
      { mediatorId: 'b', hours: 8, sessions: 1, byKind: { training: 8 } },
      { mediatorId: 'c', hours: 0, sessions: 0, byKind: {} },
    ]);
    expect(r.zeroHours).toEqual(['c']);
    expect(r.totalHours).toBe(18.5);
    expect(r.belowMinimum).toEqual([]);
  });
  it('counts sessions held on the first and the last day of the period', () => {
    const r = computeLearningHours({
      mediatorIds: ['a'],
      sessions,
      attendance: [{ sessionId: 's3', mediatorId: 'a' }],
      from: '2026-12-31',
      to: '2026-12-31',
    });
    expect(r.perMediator[0]?.hours).toBe(8);
  });
  it('lists mediators below an optional minimum (strictly below) and attendees not on the list', () => {
    const r = computeLearningHours({
      mediatorIds: ['a', 'b'],
      sessions,
      ...period,
      minHours: 8,
      attendance: [
        { sessionId: 's1', mediatorId: 'a' },
        { sessionId: 's2', mediatorId: 'b' },
        { sessionId: 's1', mediatorId: 'x' },
      ],
    });
    expect(r.belowMinimum).toEqual(['b']);
    expect(r.unlistedAttendees).toEqual(['x']);
  });
  it('refuses unknown sessions, double attendance, more hours than the session, and a reversed period', () => {
    expect(() =>
      computeLearningHours({
        mediatorIds: [],
        sessions,
        ...period,
        attendance: [{ sessionId: 'zz', mediatorId: 'a' }],
      }),
    ).toThrow(expect.objectContaining({ code: 'CAPACITY.UNKNOWN_SESSION' }));
    expect(() =>
      computeLearningHours({
        mediatorIds: [],
        sessions,
        ...period,
        attendance: [
          { sessionId: 's1', mediatorId: 'a' },
          { sessionId: 's1', mediatorId: 'a' },
        ],
      }),
    ).toThrow(expect.objectContaining({ code: 'CAPACITY.DUPLICATE_ATTENDANCE' }));
    expect(() =>
      computeLearningHours({
        mediatorIds: [],
        sessions,
        ...period,
        attendance: [{ sessionId: 's2', mediatorId: 'a', hoursAttended: 5 }],
      }),
    ).toThrow(expect.objectContaining({ code: 'CAPACITY.HOURS_EXCEED_SESSION' }));
    expect(() =>
      computeLearningHours({ mediatorIds: [], sessions, attendance: [], from: '2027-12-31', to: '2027-01-01' }),
    ).toThrow(expect.objectContaining({ code: 'INPUT.INVALID' }));
  });
});
