/** Error codes of the plan module (namespaced), with Vietnamese and English messages. */
import type { ErrorKind } from '../errors/domain-error.ts';

export const planMessages = {} as const satisfies Record<string, { kind: ErrorKind; vi: string; en: string }>;
