import { describe, expect, it } from 'vitest';
import { isWorkingDay } from '../calendar/is-working-day.ts';
import { followUpsFor } from './follow-ups.ts';

describe('followUpsFor (Law 35/2013 Art. 26; Civil Code 2015 Art. 147–148)', () => {
  it('schedules 30 and 90 days after the agreement, the first day not counted', () => {
    // 10/03/2026 + 30 = 09/04 (Thu); + 90 = 08/06 (Mon)
    expect(followUpsFor('2026-03-10')).toEqual([
      { afterDays: 30, dueOn: '2026-04-09' },
      { afterDays: 90, dueOn: '2026-06-08' },
    ]);
  });
  it('moves a follow-up off a weekend or holiday: 31/03/2026 + 30 = 30/04 → 04/05/2026', () => {
    expect(followUpsFor('2026-03-31')[0]).toEqual({ afterDays: 30, dueOn: '2026-05-04' });
    expect(isWorkingDay('2026-05-04')).toBe(true);
  });
  it('keeps working after 2030 on the statutory calendar (Tết 2031)', () => {
    // 23/12/2030 + 30 = 22/01/2031, the last day of the lunar year → first working day after Tết: 29/01/2031
    expect(followUpsFor('2030-12-23')[0]?.dueOn).toBe('2031-01-29');
  });
  it('takes the commune’s own offsets, increasing, and refuses others', () => {
    expect(followUpsFor('2026-03-10', [14]).map((f) => f.afterDays)).toEqual([14]);
    for (const bad of [[], [90, 30], [0], [30, 30]])
      expect(() => followUpsFor('2026-03-10', bad), JSON.stringify(bad)).toThrow(
        expect.objectContaining({ code: 'INPUT.INVALID' }),
      );
    expect(() => followUpsFor('2026-13-10')).toThrow(expect.objectContaining({ code: 'CALENDAR.INVALID_DATE' }));
  });
});
