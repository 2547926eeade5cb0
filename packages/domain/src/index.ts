/**
 * @hgcs/domain — the plan model, the rules of Vietnamese grassroots-mediation law and the KPI definitions.
 * Pure: zod only, no I/O, no clock. Every rule cites its source. See ../README.md for a tour.
 */

// errors
export { DomainError, formatErrorMessage, isDomainError, type ErrorKind, type ErrorCode } from './errors/domain-error.ts';
export { errorMessages } from './errors/messages.ts';

// org
export * from './org/roles.ts';
export * from './org/permissions.ts';
export * from './org/agencies.ts';
export * from './org/commune.ts';

// plan
export * from './plan/timing.ts';
export * from './plan/plan.ts';

// calendar

// mediation

// capacity

// budget

// kpi
