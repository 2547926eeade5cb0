/**
 * The statistical report's validation rules (issue 13 point 9): a report that breaks one cannot be approved, and the
 * refusal names the rule. Each rule is a code of the kpi module (KPI.RULE_*), so the screen shows every broken rule in
 * words; `requireStatisticalReportValid` throws the first.
 */
import { DomainError } from '../errors/domain-error.ts';
import type { ResultCounts, StatisticalReport } from './statistical-report.ts';

export type StatisticalReportRule =
  | 'KPI.RULE_CONCLUDED_EXCEEDS_RECEIVED'
  | 'KPI.RULE_RESULTS_NOT_TOTAL'
  | 'KPI.RULE_SCOPES_NOT_RECEIVED'
  | 'KPI.RULE_SEXES_NOT_TOTAL'
  | 'KPI.RULE_ETHNICITY_NOT_TOTAL'
  | 'KPI.RULE_DEGREES_EXCEED_TOTAL'
  | 'KPI.RULE_TRAINED_EXCEEDS_TOTAL'
  | 'KPI.RULE_NEGATIVE';

export type StatisticalReportViolation = { rule: StatisticalReportRule; params: Record<string, string | number> };

const sumOf = (r: ResultCounts) => r.successful + r.unsuccessful + r.inProgress + r.notHandled;

function negatives(value: unknown, path: string, out: string[]): void {
  if (typeof value === 'number') {
    if (value < 0 || !Number.isFinite(value)) out.push(path);
  } else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) negatives(v, path ? `${path}.${k}` : k, out);
}

/** Every rule the report breaks (empty when it may be approved). */
export function findStatisticalReportViolations(report: StatisticalReport): StatisticalReportViolation[] {
  const out: StatisticalReportViolation[] = [];
  const neg: string[] = [];
  negatives({ organisation: report.organisation, activity: report.activity }, '', neg);
  if (report.remunerationPaidVnd < 0) neg.push('remunerationPaidVnd');
  for (const path of neg) out.push({ rule: 'KPI.RULE_NEGATIVE', params: { path } });
  const r = report.activity.received;
  if (r.successful + r.unsuccessful > r.total)
    out.push({
      rule: 'KPI.RULE_CONCLUDED_EXCEEDS_RECEIVED',
      params: { successful: r.successful, unsuccessful: r.unsuccessful, received: r.total },
    });
  for (const [row, counts] of [['received', r], ...Object.entries(report.activity.byScope)] as const)
    if (sumOf(counts) !== counts.total)
      out.push({ rule: 'KPI.RULE_RESULTS_NOT_TOTAL', params: { row, sum: sumOf(counts), total: counts.total } });
  const s = report.activity.byScope;
  const scopes = s.civil.total + s.marriage_family.total + s.other.total;
  if (scopes !== r.total)
    out.push({ rule: 'KPI.RULE_SCOPES_NOT_RECEIVED', params: { sum: scopes, received: r.total } });
  const m = report.organisation.mediators;
  if (m.male + m.female !== m.total)
    out.push({ rule: 'KPI.RULE_SEXES_NOT_TOTAL', params: { sum: m.male + m.female, total: m.total } });
  if (m.kinh + m.ethnicMinority !== m.total)
    out.push({ rule: 'KPI.RULE_ETHNICITY_NOT_TOTAL', params: { sum: m.kinh + m.ethnicMinority, total: m.total } });
  const degrees = m.lawDegree + m.otherDegree + m.noDegree;
  if (degrees > m.total) out.push({ rule: 'KPI.RULE_DEGREES_EXCEED_TOTAL', params: { sum: degrees, total: m.total } });
  if (m.trainedInPeriod > m.everTrained || m.everTrained > m.total)
    out.push({
      rule: 'KPI.RULE_TRAINED_EXCEEDS_TOTAL',
      params: { inPeriod: m.trainedInPeriod, ever: m.everTrained, total: m.total },
    });
  return out;
}

/** Throws the first broken rule as its DomainError (KPI.RULE_*); returns when the report may be approved. */
export function requireStatisticalReportValid(report: StatisticalReport): void {
  const [first] = findStatisticalReportViolations(report);
  if (first) throw new DomainError(first.rule, first.params as never);
}
