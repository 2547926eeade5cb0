/** Error codes of the calendar module (namespaced), with Vietnamese and English messages. */
import type { ErrorKind } from '../errors/domain-error.ts';

export const calendarMessages = {} as const satisfies Record<string, { kind: ErrorKind; vi: string; en: string }>;
