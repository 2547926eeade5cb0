/** What the console reads of a statistical report: its state, its figures (the stored snapshot) and the rules it breaks. */
import {
  findStatisticalReportViolations,
  reportingPeriod,
  type ReportingPeriodKind,
  type StatisticalReport,
  type StatisticalReportViolation,
} from '@hgcs/domain';

export type StatisticalReportState = 'not_started' | 'prepared' | 'approved';

export type StatisticalReportView = {
  year: number;
  kind: ReportingPeriodKind;
  period: { from: string; to: string; actualTo: string };
  state: StatisticalReportState;
  figures: StatisticalReport | null;
  violations: StatisticalReportViolation[];
  preparedAt: string | null;
  approvedAt: string | null;
  reopenedReason: string | null;
  /** Mediators' qualifications are not in the registry yet: the three degree counts are not reported. */
  qualificationRecorded: false;
};

type Row = {
  status: 'prepared' | 'approved';
  figures: unknown;
  preparedAt: Date;
  approvedAt: Date | null;
  reopenedReason: string | null;
};

export function reportView(year: number, kind: ReportingPeriodKind, row: Row | undefined): StatisticalReportView {
  const p = reportingPeriod(kind, year);
  const figures = row ? (row.figures as StatisticalReport) : null;
  return {
    year,
    kind,
    period: { from: p.from, to: p.to, actualTo: p.actualTo },
    state: row ? row.status : 'not_started',
    figures,
    violations: figures ? findStatisticalReportViolations(figures) : [],
    preparedAt: row ? row.preparedAt.toISOString() : null,
    approvedAt: row?.approvedAt ? row.approvedAt.toISOString() : null,
    reopenedReason: row?.reopenedReason ?? null,
    qualificationRecorded: false,
  };
}
