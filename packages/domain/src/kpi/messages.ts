/** Error codes of the kpi module (indicators and the statistical report): each code's kind and the names of its parameters (the texts are in @hgcs/i18n's catalogue, `error.<code>`). */
import type { ErrorSpec } from '../errors/domain-error.ts';

export const kpiMessages = {
  'KPI.PART_EXCEEDS_TOTAL': { kind: 'invalid', params: ['part', 'value', 'total', 'max'] },
  'KPI.UNKNOWN_REFERENCE': { kind: 'invalid', params: ['kind', 'id'] },
  'KPI.DUPLICATE_ID': { kind: 'conflict', params: ['kind', 'id'] },
  'KPI.INCONSISTENT_CASE': { kind: 'invalid', params: ['id', 'detail'] },
  'KPI.RULE_CONCLUDED_EXCEEDS_RECEIVED': { kind: 'invalid', params: ['successful', 'unsuccessful', 'received'] },
  'KPI.RULE_RESULTS_NOT_TOTAL': { kind: 'invalid', params: ['row', 'sum', 'total'] },
  'KPI.RULE_SCOPES_NOT_RECEIVED': { kind: 'invalid', params: ['sum', 'received'] },
  'KPI.RULE_SEXES_NOT_TOTAL': { kind: 'invalid', params: ['sum', 'total'] },
  'KPI.RULE_ETHNICITY_NOT_TOTAL': { kind: 'invalid', params: ['sum', 'total'] },
  'KPI.RULE_DEGREES_EXCEED_TOTAL': { kind: 'invalid', params: ['sum', 'total'] },
  'KPI.RULE_TRAINED_EXCEEDS_TOTAL': { kind: 'invalid', params: ['inPeriod', 'ever', 'total'] },
  'KPI.RULE_NEGATIVE': { kind: 'invalid', params: ['path'] },
  'KPI.REPORT_LOCKED': { kind: 'conflict', params: [] },
  'KPI.REPORT_NOT_PREPARED': { kind: 'conflict', params: [] },
  'KPI.REPORT_NOT_APPROVED': { kind: 'conflict', params: [] },
} as const satisfies Record<string, ErrorSpec>;
