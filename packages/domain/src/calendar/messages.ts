/** Error codes of the calendar module (namespaced), with Vietnamese and English messages. */
import type { ErrorKind } from '../errors/domain-error.ts';

export const calendarMessages = {
  'CALENDAR.INVALID_DATE': {
    kind: 'invalid',
    vi: 'Ngày không hợp lệ: {value} (định dạng YYYY-MM-DD, ngày phải có thật).',
    en: 'Invalid date: {value} (YYYY-MM-DD, a real calendar day).',
  },
  'CALENDAR.INVALID_PERIOD': {
    kind: 'invalid',
    vi: 'Thời hạn không hợp lệ: {detail}',
    en: 'Invalid time period: {detail}',
  },
  'CALENDAR.OUT_OF_RANGE': {
    kind: 'invalid',
    vi: 'Lịch ngày nghỉ chưa có dữ liệu cho ngày {date} (lịch có từ {from} đến {to}). Vui lòng bổ sung ngày nghỉ lễ, tết của năm {year}.',
    en: 'The holiday calendar has no data for {date} (it covers {from} to {to}). Please enter the public holidays of {year}.',
  },
  'CALENDAR.CONFLICTING_DAY': {
    kind: 'invalid',
    vi: 'Ngày {date} vừa được nhập là ngày nghỉ vừa là ngày làm việc bù.',
    en: 'The date {date} is entered both as a day off and as an extra working day.',
  },
  'CALENDAR.INVALID_INPUT': {
    kind: 'invalid',
    vi: 'Dữ liệu lịch không hợp lệ: {detail}',
    en: 'Invalid calendar data: {detail}',
  },
} as const satisfies Record<string, { kind: ErrorKind; vi: string; en: string }>;
