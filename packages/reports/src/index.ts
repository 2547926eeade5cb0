/**
 * Report writers: the plan's yearly implementation report and the year's plan, as DOCX (Decree 30/2020/NĐ-CP layout) and XLSX;
 * the chairman's decisions on mediators (recognition, team leader, termination) as DOCX; the registry's import template and export as XLSX;
 * the case file's documents: the team's logbook, the remuneration claim, the written agreement, the referral letter and the
 * court-recognition request.
 */
export { planYearReportSchema, type PlanYearReport } from './plan-year-report.ts';
export { planYearPlanSchema, type PlanYearPlan, type PlanYearWork } from './plan-year-plan.ts';
export { statusLabels } from './status-labels.ts';
export { writePlanReportDocx } from './write-plan-report-docx.ts';
export { writePlanReportXlsx } from './write-plan-report-xlsx.ts';
export { writePlanYearPlanDocx } from './write-plan-year-plan-docx.ts';
export { writePlanYearPlanXlsx } from './write-plan-year-plan-xlsx.ts';
export { decisionPersonSchema, type DecisionPerson } from './decision-frame.ts';
export {
  mediatorRecognitionSchema,
  writeMediatorRecognitionDocx,
  type MediatorRecognition,
} from './write-mediator-recognition-docx.ts';
export {
  teamLeaderRecognitionSchema,
  writeTeamLeaderRecognitionDocx,
  type TeamLeaderRecognition,
} from './write-team-leader-recognition-docx.ts';
export {
  mediatorTerminationSchema,
  writeMediatorTerminationDocx,
  type MediatorTermination,
} from './write-mediator-termination-docx.ts';
export {
  mediatorImportTemplateSchema,
  writeMediatorImportTemplateXlsx,
  type MediatorImportTemplate,
} from './write-mediator-import-template-xlsx.ts';
export { registryExportSchema, type RegistryExport } from './registry-export.ts';
export { writeRegistryXlsx } from './write-registry-xlsx.ts';
export { logbookExportSchema, type LogbookExport } from './logbook-export.ts';
export { writeLogbookDocx } from './write-logbook-docx.ts';
export { writeLogbookXlsx } from './write-logbook-xlsx.ts';
export {
  remunerationClaimDocumentSchema,
  remunerationClaimExportSchema,
  type RemunerationClaimDocument,
  type RemunerationClaimExport,
} from './remuneration-claim-export.ts';
export { writeRemunerationClaimDocx } from './write-remuneration-claim-docx.ts';
export { writeRemunerationClaimXlsx } from './write-remuneration-claim-xlsx.ts';
export {
  writtenAgreementDocumentSchema,
  writeWrittenAgreementDocx,
  type WrittenAgreementDocument,
} from './write-written-agreement-docx.ts';
export { referralLetterSchema, writeReferralLetterDocx, type ReferralLetter } from './write-referral-letter-docx.ts';
export {
  courtRecognitionRequestDocumentSchema,
  writeCourtRecognitionRequestDocx,
  type CourtRecognitionRequestDocument,
} from './write-court-recognition-request-docx.ts';
export { readSheetRows } from './read-sheet-rows.ts';
export {
  statisticalReportExportSchema,
  writeStatisticalReportXlsx,
  type StatisticalReportExport,
} from './write-statistical-report-xlsx.ts';
export { rewardDecisionSchema, writeRewardDecisionDocx, type RewardDecision } from './write-reward-decision-docx.ts';
export { certificateSchema, writeCertificateDocx, type Certificate } from './write-certificate-docx.ts';
