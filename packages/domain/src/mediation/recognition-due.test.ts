import { describe, expect, it } from 'vitest';
import { extendCalendar } from '../calendar/extend-calendar.ts';
import { vietnamCalendar } from '../calendar/vietnam-calendar.ts';
import { mediatorRecognitionDue, teamLeaderRecognitionDue } from './recognition-due.ts';

describe('mediatorRecognitionDue (TTHC công nhận hòa giải viên: 05 working days)', () => {
  it('counts five working days from the day after the list arrived', () => {
    expect(mediatorRecognitionDue('2026-03-09')).toBe('2026-03-16'); // Mon → next Mon
    expect(mediatorRecognitionDue('2026-03-13')).toBe('2026-03-20'); // Fri → next Fri: the weekend does not count
  });
  it("skips Tết and the Hùng Kings' compensatory day", () => {
    expect(mediatorRecognitionDue('2026-02-12')).toBe('2026-02-26'); // Tết 16–20/02/2026
    expect(mediatorRecognitionDue('2026-04-22')).toBe('2026-05-04'); // 27/4 compensatory, 30/4 and 1/5 holidays
  });
  it('follows a day off the commune adds to its calendar', () => {
    const withLocalDay = extendCalendar(vietnamCalendar, {
      holidays: [{ date: '2026-03-16', name: 'Nghỉ địa phương', kind: 'local' }],
    });
    expect(mediatorRecognitionDue('2026-03-09', withLocalDay)).toBe('2026-03-17');
  });
  it('refuses a day that does not exist', () => {
    expect(() => mediatorRecognitionDue('2026-02-30')).toThrow(
      expect.objectContaining({ code: 'CALENDAR.INVALID_DATE' }),
    );
  });
});

describe('teamLeaderRecognitionDue (TTHC công nhận tổ trưởng: 05 working days)', () => {
  it("counts working days like the mediators' recognition", () => {
    expect(teamLeaderRecognitionDue('2026-08-28')).toBe('2026-09-08'); // 1–2/9/2026 National Day
  });
});
