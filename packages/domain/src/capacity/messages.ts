/** Error codes of the capacity module (namespaced), with Vietnamese and English messages. */
import type { ErrorKind } from '../errors/domain-error.ts';

export const capacityMessages = {} as const satisfies Record<string, { kind: ErrorKind; vi: string; en: string }>;
