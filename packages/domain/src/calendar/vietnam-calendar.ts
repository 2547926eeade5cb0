/** The default calendar of the product: Vietnam's state-agency days off 2024–2030, Saturday and Sunday off. */
import type { HolidayCalendar } from './holiday-calendar.ts';
import { vietnamHolidayYears } from './vietnam-holidays.ts';

/** Vietnam 2024–2030 (Labour Code 2019 Art. 111–112, yearly announcements); extend it with `extendCalendar`. */
export const vietnamCalendar: HolidayCalendar = Object.freeze<HolidayCalendar>({
  name: 'Việt Nam — cơ quan hành chính nhà nước',
  weekendDays: [6, 7],
  holidays: vietnamHolidayYears.flatMap((y) => y.holidays),
  extraWorkingDays: vietnamHolidayYears.flatMap((y) => y.extraWorkingDays),
  coversFrom: '2024-01-01',
  coversTo: '2030-12-31',
});
