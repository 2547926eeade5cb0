/** Error codes of the budget module (namespaced), with Vietnamese and English messages. */
import type { ErrorKind } from '../errors/domain-error.ts';

export const budgetMessages = {} as const satisfies Record<string, { kind: ErrorKind; vi: string; en: string }>;
