import { describe, expect, it } from 'vitest';
import { courtRecognitionWindow } from './court-recognition-window.ts';

describe('courtRecognitionWindow (BLTTDS 2015 Art. 418.1, R-COURT-1)', () => {
  it('ends 6 months later on the corresponding day', () => {
    expect(courtRecognitionWindow('2026-03-10', '2026-03-10')).toEqual({
      deadline: '2026-09-10',
      open: true,
      daysLeft: 184,
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
  it('refuses bad dates', () => {
    expect(() => courtRecognitionWindow('10/03/2026', '2026-03-10')).toThrow(
      expect.objectContaining({ code: 'CALENDAR.INVALID_DATE' }),
    );
  });
});
