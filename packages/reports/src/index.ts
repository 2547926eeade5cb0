/** Report writers: the plan's yearly implementation report and the year's plan, as DOCX (Decree 30/2020/NĐ-CP layout) and XLSX. */
export { planYearReportSchema, type PlanYearReport } from './plan-year-report.ts';
export { planYearPlanSchema, type PlanYearPlan, type PlanYearWork } from './plan-year-plan.ts';
export { statusLabels } from './status-labels.ts';
export { writePlanReportDocx } from './write-plan-report-docx.ts';
export { writePlanReportXlsx } from './write-plan-report-xlsx.ts';
export { writePlanYearPlanDocx } from './write-plan-year-plan-docx.ts';
export { writePlanYearPlanXlsx } from './write-plan-year-plan-xlsx.ts';
