/** Report writers: the plan's yearly implementation report as DOCX (Decree 30/2020/NĐ-CP layout) and XLSX. */
export { planYearReportSchema, type PlanYearReport } from './plan-year-report.ts';
export { statusLabels } from './status-labels.ts';
export { writePlanReportDocx } from './write-plan-report-docx.ts';
export { writePlanReportXlsx } from './write-plan-report-xlsx.ts';
