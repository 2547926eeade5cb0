/** Error codes of the calendar module (namespaced): each code's kind and the names of its parameters (the texts are in @hgcs/i18n's catalogue, `error.<code>`). */
import type { ErrorSpec } from '../errors/domain-error.ts';

export const calendarMessages = {
  'CALENDAR.INVALID_DATE': { kind: 'invalid', params: ['value'] },
  'CALENDAR.INVALID_PERIOD': { kind: 'invalid', params: ['detail'] },
  'CALENDAR.OUT_OF_RANGE': { kind: 'invalid', params: ['date', 'from', 'to', 'year'] },
  'CALENDAR.CONFLICTING_DAY': { kind: 'invalid', params: ['date'] },
  'CALENDAR.INVALID_INPUT': { kind: 'invalid', params: ['detail'] },
} as const satisfies Record<string, ErrorSpec>;
