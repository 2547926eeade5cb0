/** Error codes of the kpi module (indicators and the statistical report): each code's kind and the names of its parameters (the texts are in @hgcs/i18n's catalogue, `error.<code>`). */
import type { ErrorSpec } from '../errors/domain-error.ts';

export const kpiMessages = {
  'KPI.PART_EXCEEDS_TOTAL': { kind: 'invalid', params: ['part', 'value', 'total', 'max'] },
  'KPI.UNKNOWN_REFERENCE': { kind: 'invalid', params: ['kind', 'id'] },
  'KPI.DUPLICATE_ID': { kind: 'conflict', params: ['kind', 'id'] },
  'KPI.INCONSISTENT_CASE': { kind: 'invalid', params: ['id', 'detail'] },
} as const satisfies Record<string, ErrorSpec>;
