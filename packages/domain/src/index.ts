/**
 * @hgcs/domain — the plan model, the rules of Vietnamese grassroots-mediation law and the KPI definitions.
 * Pure: zod only, no I/O, no clock. Every rule cites its source. See ../README.md for a tour.
 */

// errors
export {
  DomainError,
  isDomainError,
  type ErrorKind,
  type ErrorCode,
  type ErrorParams,
  type ErrorSpec,
  type ErrorDetail,
} from './errors/domain-error.ts';
export { errorCodes } from './errors/messages.ts';
export { fieldError, fieldErrors, fieldPath, type FieldError } from './errors/field-errors.ts';
export { safeText, safeTextMessages, type SafeTextOptions, type FieldMessageKey } from './text/safe-text.ts';

// org
export * from './org/roles.ts';
export * from './org/permissions.ts';
export * from './org/scope.ts';
export * from './org/agencies.ts';
export * from './org/commune.ts';
export * from './org/sign-in-lockout.ts';
export * from './org/session-limits.ts';
export * from './org/user-input.ts';
export * from './org/onboard-input.ts';

// plan
export * from './plan/timing.ts';
export * from './plan/plan.ts';
export * from './plan/plans/po-to.ts';
export * from './plan/check-plan.ts';
export * from './plan/parse-plan.ts';
export * from './plan/plan-file.ts';
export * from './plan/parse-plan-file.ts';
export * from './plan/work-item-rights.ts';
export * from './plan/work-item-input.ts';
export * from './plan/work-item-reminders.ts';
export * from './plan/detect-evidence-type.ts';
export * from './plan/work-item.ts';
export * from './plan/expand-plan.ts';
export * from './plan/schedule-work-item.ts';
export * from './plan/derive-work-item-status.ts';
export * from './plan/roll-up-progress.ts';
export * from './plan/plan-years.ts';
export * from './plan/can-sign-year.ts';
export * from './plan/shown-progress.ts';
export * from './plan/is-unfinished.ts';

// calendar
export * from './calendar/iso-date.ts';
export * from './calendar/date-math.ts';
export * from './calendar/holiday-calendar.ts';
export * from './calendar/vietnam-holidays.ts';
export * from './calendar/vietnam-lunar-dates.ts';
export * from './calendar/statutory-holiday-year.ts';
export * from './calendar/holiday-year-status.ts';
export * from './calendar/vietnam-calendar.ts';
export * from './calendar/extend-calendar.ts';
export * from './calendar/is-working-day.ts';
export * from './calendar/add-working-days.ts';
export * from './calendar/compute-deadline.ts';
export * from './calendar/reporting-period.ts';
export * from './calendar/today-in-vietnam.ts';

// mediation
export * from './mediation/ids.ts';
export { mediationMessages } from './mediation/messages.ts';
export * from './mediation/issue.ts';
export * from './mediation/has-majority.ts';
export * from './mediation/check-candidate-standards.ts';
export * from './mediation/decide-mediator-election.ts';
export * from './mediation/mediator-election-record.ts';
export * from './mediation/recognition-due.ts';
export * from './mediation/decide-team-leader-election.ts';
export * from './mediation/plan-termination.ts';
export * from './mediation/termination-grounds.ts';
export * from './mediation/check-termination-impact.ts';
export * from './mediation/team-leader-election-record.ts';
export * from './mediation/check-team-composition.ts';
export * from './mediation/review-team-year.ts';
export * from './mediation/scope-categories.ts';
export * from './mediation/scope-referrals.ts';
export * from './mediation/decide-mediability.ts';
export * from './mediation/case-state.ts';
export * from './mediation/case-events.ts';
export * from './mediation/case-transitions.ts';
export * from './mediation/case-start-deadline.ts';
export * from './mediation/transition-case.ts';
export * from './mediation/check-written-agreement.ts';
export * from './mediation/mediation-deadlines.ts';
export * from './mediation/court-recognition-window.ts';
export * from './mediation/check-court-recognition-request.ts';
export * from './mediation/decide-case-remuneration.ts';
export * from './mediation/decide-accident-support.ts';
export * from './mediation/accident-support-input.ts';

// registry (importing the commune's lists)
export { registryMessages } from './registry/messages.ts';
export * from './registry/import-issue.ts';
export * from './registry/fold-text.ts';
export * from './registry/person-key.ts';
export * from './registry/mediator-list-columns.ts';
export * from './registry/read-cell.ts';
export * from './registry/parse-mediator-list.ts';
export * from './registry/plan-mediator-import.ts';
export * from './registry/import-input.ts';

// capacity
export * from './capacity/training.ts';
export * from './capacity/compute-learning-hours.ts';
export * from './capacity/training-event-input.ts';
export * from './capacity/attendance-input.ts';
export * from './capacity/check-attendance.ts';
export * from './capacity/training-learning-hours.ts';
export * from './capacity/assessment-input.ts';
export * from './capacity/summarise-assessments.ts';
export * from './capacity/material-access.ts';
export * from './capacity/material-input.ts';
export * from './capacity/detect-material-type.ts';
export * from './capacity/assess-capacity.ts';
export * from './capacity/contest.ts';
export * from './capacity/check-contest-team.ts';
export * from './capacity/check-prize-amount.ts';
export * from './capacity/rewards.ts';
export * from './capacity/decide-reward-route.ts';
export * from './capacity/contest-input.ts';
export * from './capacity/score-contest.ts';
export * from './capacity/certificate-input.ts';
export * from './capacity/reward-input.ts';

// budget
export * from './budget/issue.ts';
export * from './budget/spending-categories.ts';
export * from './budget/spending-norms.ts';
export * from './budget/funding-sources.ts';
export * from './budget/base-salary.ts';
export * from './budget/provincial-norms.ts';
export * from './budget/province-decisions.ts';
export * from './budget/check-spending-cap.ts';
export * from './budget/check-expense-lines.ts';
export * from './budget/compute-execution-rate.ts';
export * from './budget/compute-case-remuneration.ts';
export * from './budget/compute-team-support.ts';
export * from './budget/budget-line-input.ts';
export * from './budget/require-line-within-cap.ts';
export * from './budget/summarise-budget.ts';

// kpi
export * from './kpi/targets.ts';
export * from './kpi/indicator-result.ts';
export * from './kpi/compute-team-consolidation-rate.ts';
export * from './kpi/count-consolidated-teams.ts';
export * from './kpi/compute-legal-support-rate.ts';
export * from './kpi/compute-material-access-rate.ts';
export * from './kpi/compute-success-rate.ts';
export * from './kpi/compute-trainer-coverage.ts';
export * from './kpi/evaluate-decision-315-kpis.ts';
export * from './kpi/build-decision-315-dashboard.ts';
export * from './kpi/statistical-report.ts';
export * from './kpi/statistical-report-input.ts';
export * from './kpi/build-statistical-report.ts';
export * from './kpi/validate-statistical-report.ts';
export * from './kpi/rollup-statistical-reports.ts';
export * from './kpi/statistical-report-lifecycle.ts';
// registry (issue 10)
export * from './registry/page.ts';
export * from './registry/is-ethnic-minority.ts';
export * from './registry/team-input.ts';
export * from './registry/mediator-input.ts';
export * from './registry/membership-input.ts';
export * from './registry/legal-support-input.ts';
export * from './registry/team-compliance.ts';
export * from './registry/registry-figures.ts';
export * from './registry/check-join-standards.ts';
// cases (issue 11): the case file's intake, assignment, sessions, outcome, follow-up, personal-data clocks
export { casesMessages } from './cases/messages.ts';
export * from './cases/tracking-code.ts';
export * from './cases/intake-input.ts';
export * from './cases/case-counts.ts';
export * from './cases/assignment.ts';
export * from './cases/session-input.ts';
export * from './cases/outcome-input.ts';
export * from './cases/follow-ups.ts';
export * from './cases/data-subject-request.ts';
export * from './cases/retention.ts';
export * from './cases/export-reason.ts';
export * from './cases/case-erasure.ts';
export * from './cases/data-request-input.ts';
export * from './cases/close-data-request.ts';
export * from './cases/build-logbook.ts';
export * from './cases/build-remuneration-claim.ts';
export * from './cases/case-query-input.ts';
export * from './cases/intake-request.ts';
export * from './cases/screen-input.ts';
export * from './cases/assign-input.ts';
export * from './cases/decline-input.ts';
export * from './cases/invite-input.ts';
export * from './cases/session-request.ts';
export * from './cases/outcome-request.ts';
export * from './cases/follow-up-input.ts';
export * from './cases/day-action-input.ts';
export * from './cases/out-of-scope-input.ts';
export * from './cases/court-request-input.ts';
export * from './cases/open-statuses.ts';
export * from './cases/start-countdown.ts';
export * from './cases/check-case-day.ts';
export * from './cases/forbidden-move.ts';
export * from './cases/require-complete-agreement.ts';
export * from './cases/follow-up-closing.ts';
export * from './cases/logbook-input.ts';
export * from './cases/claim-input.ts';
// the kiosk's requests (issue 12, points 3–4): asking for mediation, the receipt's second factor, the public stage
export { kioskMessages } from './kiosk/messages.ts';
export * from './kiosk/privacy-notice.ts';
export * from './kiosk/request-input.ts';
export * from './kiosk/receipt-factor.ts';
export * from './kiosk/status-input.ts';
export * from './kiosk/public-stage.ts';
export * from './kiosk/translation.ts';
export * from './kiosk/device-input.ts';
export * from './registry/election-input.ts';
export * from './registry/working-days-left.ts';
