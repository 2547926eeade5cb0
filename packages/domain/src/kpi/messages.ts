/** Error codes of the kpi module (namespaced), with Vietnamese and English messages. */
import type { ErrorKind } from '../errors/domain-error.ts';

export const kpiMessages = {} as const satisfies Record<string, { kind: ErrorKind; vi: string; en: string }>;
