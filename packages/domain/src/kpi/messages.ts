/** Error codes of the kpi module (indicators and the statistical report), with Vietnamese and English messages. */
import type { ErrorKind } from '../errors/domain-error.ts';

export const kpiMessages = {
  'KPI.PART_EXCEEDS_TOTAL': {
    kind: 'invalid',
    vi: 'Số "{part}" ({value}) lớn hơn tổng số "{total}" ({max}).',
    en: 'The count "{part}" ({value}) is larger than the total "{total}" ({max}).',
  },
  'KPI.UNKNOWN_REFERENCE': {
    kind: 'invalid',
    vi: '{kind} "{id}" không có trong dữ liệu báo cáo.',
    en: '{kind} "{id}" is not in the report data.',
  },
  'KPI.DUPLICATE_ID': { kind: 'conflict', vi: 'Mã {kind} "{id}" bị trùng.', en: 'The {kind} id "{id}" appears twice.' },
  'KPI.INCONSISTENT_CASE': {
    kind: 'invalid',
    vi: 'Vụ, việc "{id}" có dữ liệu không nhất quán: {detail}.',
    en: 'Case "{id}" is inconsistent: {detail}.',
  },
} as const satisfies Record<string, { kind: ErrorKind; vi: string; en: string }>;
