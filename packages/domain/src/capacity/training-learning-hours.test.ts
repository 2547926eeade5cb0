import { describe, expect, it } from 'vitest';
import { learningHoursFromEvents, type RecordedTrainingEvent } from './training-learning-hours.ts';

const course: RecordedTrainingEvent = {
  id: 'e1',
  title: 'Kỹ năng hòa giải',
  kind: 'training',
  organiserLevel: 'commune',
  hoursPerDay: 4,
  usesMaterialSet: true,
};
const exchange: RecordedTrainingEvent = { ...course, id: 'e2', kind: 'experience_exchange', hoursPerDay: 3 };

describe('learningHoursFromEvents (Law 35/2013 Art. 9.4)', () => {
  it('sums each day attended by kind, within the period, and lists who has none', () => {
    const r = learningHoursFromEvents({
      mediatorIds: ['a', 'b', 'c'],
      events: [course, exchange],
      attendance: [
        { eventId: 'e1', mediatorId: 'a', attendedOn: '2027-03-10', hours: 4 },
        { eventId: 'e1', mediatorId: 'a', attendedOn: '2027-03-11', hours: 2.5 },
        { eventId: 'e2', mediatorId: 'a', attendedOn: '2027-06-01', hours: 3 },
        { eventId: 'e1', mediatorId: 'b', attendedOn: '2027-03-11', hours: 4 },
        { eventId: 'e2', mediatorId: 'c', attendedOn: '2023-12-31', hours: 3 },
      ],
      from: '2024-01-01',
      to: '2030-12-31',
    });
    expect(r.perMediator).toEqual([
      { mediatorId: 'a', hours: 9.5, sessions: 3, byKind: { training: 6.5, experience_exchange: 3 } },
      { mediatorId: 'b', hours: 4, sessions: 1, byKind: { training: 4 } },
      { mediatorId: 'c', hours: 0, sessions: 0, byKind: {} },
    ]);
    expect(r.zeroHours).toEqual(['c']);
  });
  it('gives everyone zero when nothing was recorded', () => {
    const r = learningHoursFromEvents({
      mediatorIds: ['a'],
      events: [],
      attendance: [],
      from: '2027-01-01',
      to: '2027-12-31',
    });
    expect(r.zeroHours).toEqual(['a']);
    expect(r.totalHours).toBe(0);
  });
});
