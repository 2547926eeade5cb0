import { describe, expect, it } from 'vitest';
import { courtRecognitionWindow } from './court-recognition-window.ts';

describe('courtRecognitionWindow (BLTTDS 2015 Art. 418.1, R-COURT-1)', () => {
  it('ends 6 months later on the corresponding day', () => {
    expect(courtRecognitionWindow('2026-03-10', '2026-03-10')).toEqual({
      deadline: '2026-09-10',
      open: true,
      daysLeft: 184,
      provisional: true,
    });
  });
  it('ends on the last day of a shorter month, moved off the weekend (31/08/2025 → 28/02/2026 Sat → 02/03)', () => {
    expect(courtRecognitionWindow('2025-08-31', '2026-01-10').deadline).toBe('2026-03-02');
  });
  it('moves an end that falls in Tết to the first working day after it', () => {
    expect(courtRecognitionWindow('2025-08-17', '2025-09-01').deadline).toBe('2026-02-23');
  });
  it('is still open on its last day and closed the day after', () => {
    expect(courtRecognitionWindow('2026-03-10', '2026-09-10')).toMatchObject({ open: true, daysLeft: 0 });
    expect(courtRecognitionWindow('2026-03-10', '2026-09-11')).toMatchObject({ open: false, daysLeft: 0 });
  });
  it('is not provisional when every year it spans is announced', () => {
    expect(courtRecognitionWindow('2025-03-10', '2025-03-10')).toMatchObject({
      deadline: '2025-09-10',
      provisional: false,
    });
  });
  describe('after 2030 (issue 11, point 7): the statutory calendar keeps counting', () => {
    it('31/08/2030 + 6 months → 28/02/2031, a Friday and a working day; the countdown runs to it', () => {
      expect(courtRecognitionWindow('2030-08-31', '2030-08-31')).toEqual({
        deadline: '2031-02-28',
        open: true,
        daysLeft: 181,
        provisional: true,
      });
      expect(courtRecognitionWindow('2030-08-31', '2031-02-28')).toMatchObject({ open: true, daysLeft: 0 });
      expect(courtRecognitionWindow('2030-08-31', '2031-03-01')).toMatchObject({ open: false, daysLeft: 0 });
    });
    it('29, 30 and 31/08/2030 all end on 28/02/2031, which has no 29th (Civil Code Art. 148.1)', () => {
      for (const agreed of ['2030-08-28', '2030-08-29', '2030-08-30', '2030-08-31'])
        expect(courtRecognitionWindow(agreed, agreed).deadline, agreed).toBe('2031-02-28');
    });
    it('ends on 29/02/2032 in the leap year, a Sunday, so on Monday 01/03/2032 (Art. 148.5)', () => {
      for (const agreed of ['2031-08-29', '2031-08-30', '2031-08-31'])
        expect(courtRecognitionWindow(agreed, agreed).deadline, agreed).toBe('2032-03-01');
      // 28/08/2031 → 28/02/2032, a Saturday → Monday 01/03; 27/08/2031 → 27/02/2032, a Friday.
      expect(courtRecognitionWindow('2031-08-28', '2031-08-28').deadline).toBe('2032-03-01');
      expect(courtRecognitionWindow('2031-08-27', '2031-08-27').deadline).toBe('2032-02-27');
    });
    it('moves an end that falls in Tết 2031 past its make-up days (22–28/01/2031 off)', () => {
      expect(courtRecognitionWindow('2030-07-22', '2030-07-22').deadline).toBe('2031-01-29');
    });
    it('moves an end on Giỗ Tổ 2032 (19/04, 10/3 lunar) to the next day', () => {
      expect(courtRecognitionWindow('2031-10-19', '2031-10-19').deadline).toBe('2032-04-20');
    });
  });
  it('refuses bad dates', () => {
    expect(() => courtRecognitionWindow('10/03/2026', '2026-03-10')).toThrow(
      expect.objectContaining({ code: 'CALENDAR.INVALID_DATE' }),
    );
  });
});
