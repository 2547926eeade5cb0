import { describe, expect, it } from 'vitest';
import type { DomainError } from '../errors/domain-error.ts';
import { checkAttendance } from './check-attendance.ts';

const event = { startsOn: '2027-03-10', endsOn: '2027-03-11', hoursPerDay: 4 };
const names = (id: string) => ({ a: 'Rơ Mah Hyun', b: 'Đinh Thị Hoa' })[id] ?? id;
const thrown = (fn: () => void) => {
  try {
    fn();
  } catch (e) {
    return e as DomainError;
  }
  throw new Error('expected a refusal');
};

describe('checkAttendance (Law 35/2013 Art. 9.4; issue 13 point 10)', () => {
  it('accepts the first and the last day, and a full day', () => {
    expect(() =>
      checkAttendance(
        event,
        [
          { mediatorId: 'a', attendedOn: '2027-03-10', hours: 4 },
          { mediatorId: 'a', attendedOn: '2027-03-11', hours: 0.5 },
          { mediatorId: 'b', attendedOn: '2027-03-11', hours: 4 },
        ],
        names,
      ),
    ).not.toThrow();
  });
  it('refuses a day before or after the event, naming the line, the person and the span', () => {
    const before = thrown(() =>
      checkAttendance(event, [{ mediatorId: 'b', attendedOn: '2027-03-09', hours: 2 }], names),
    );
    expect(before.code).toBe('CAPACITY.DATE_OUTSIDE_EVENT');
    expect(before.params).toEqual({
      field: 'attendees.0.attendedOn',
      name: 'Đinh Thị Hoa',
      date: '2027-03-09',
      from: '2027-03-10',
      to: '2027-03-11',
    });
    const after = thrown(() =>
      checkAttendance(
        event,
        [
          { mediatorId: 'a', attendedOn: '2027-03-10', hours: 2 },
          { mediatorId: 'a', attendedOn: '2027-03-12', hours: 2 },
        ],
        names,
      ),
    );
    expect(after.params.field).toBe('attendees.1.attendedOn');
  });
  it('refuses more hours than the event’s day allows (half an hour over is over)', () => {
    const e = thrown(() => checkAttendance(event, [{ mediatorId: 'a', attendedOn: '2027-03-10', hours: 4.5 }], names));
    expect(e.code).toBe('CAPACITY.HOURS_EXCEED_DAY');
    expect(e.params).toEqual({ field: 'attendees.0.hours', name: 'Rơ Mah Hyun', hours: 4.5, max: 4 });
  });
  it('refuses the same person twice on one day', () => {
    const e = thrown(() =>
      checkAttendance(
        event,
        [
          { mediatorId: 'a', attendedOn: '2027-03-10', hours: 1 },
          { mediatorId: 'a', attendedOn: '2027-03-10', hours: 2 },
        ],
        names,
      ),
    );
    expect(e.code).toBe('CAPACITY.ATTENDED_TWICE');
    expect(e.params.field).toBe('attendees.1.attendedOn');
  });
});
