/** The default calendar of the product: Vietnam's state-agency days off 2024–2100, Saturday and Sunday off. */
import type { HolidayCalendar } from './holiday-calendar.ts';
import { vietnamHolidayYears } from './vietnam-holidays.ts';

/**
 * Vietnam 2024–2100 (Labour Code 2019 Art. 111–112, yearly announcements; years not yet announced are statutory and
 * `announced: false`, see `holidayYearStatus`); extend or correct it with `extendCalendar`.
 */
export const vietnamCalendar: HolidayCalendar = Object.freeze<HolidayCalendar>({
  name: 'Việt Nam — cơ quan hành chính nhà nước',
  weekendDays: [6, 7],
  holidays: vietnamHolidayYears.flatMap((y) => y.holidays),
  extraWorkingDays: vietnamHolidayYears.flatMap((y) => y.extraWorkingDays),
  coversFrom: '2024-01-01',
  coversTo: `${vietnamHolidayYears[vietnamHolidayYears.length - 1]!.year}-12-31`,
  announcedYears: vietnamHolidayYears.filter((y) => y.announced).map((y) => y.year),
});
