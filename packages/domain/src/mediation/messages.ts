/** Error codes of the mediation module (namespaced), with Vietnamese and English messages. */
import type { ErrorKind } from '../errors/domain-error.ts';

export const mediationMessages = {} as const satisfies Record<string, { kind: ErrorKind; vi: string; en: string }>;
