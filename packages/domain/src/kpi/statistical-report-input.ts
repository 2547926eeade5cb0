/**
 * The plain records a statistical report is built from (buildStatisticalReport): villages, teams, mediators, cases
 * and remuneration payments, as the database holds them. Dates are `YYYY-MM-DD` days.
 */
import { z } from 'zod';
import { reportingPeriodKindSchema, reportingRulesSchema } from '../calendar/reporting-period.ts';
import { scopeCategorySchema } from '../mediation/scope-categories.ts';
import { isoDateSchema, vndSchema } from '../budget/input.ts';

const idSchema = z.string().trim().min(1).max(64);

export const reportVillageSchema = z.object({ id: idSchema, name: z.string().trim().min(1).max(120) }).strict();

/** A team (Law 35/2013 Art. 12); null dates = unknown founding / still active. */
export const reportTeamSchema = z
  .object({
    id: idSchema,
    villageId: idSchema,
    establishedOn: isoDateSchema.nullable().default(null),
    dissolvedOn: isoDateSchema.nullable().default(null),
  })
  .strict();

/** A mediator (Law 35/2013 Art. 8, 11): recognised on a day, maybe terminated; `trainedOn` = days of training attended. */
export const reportMediatorSchema = z
  .object({
    id: idSchema,
    teamId: idSchema,
    sex: z.enum(['male', 'female']),
    /** The ethnic group as written ("Kinh", "Ba Na", "Gia Rai"…); anything but Kinh counts as an ethnic minority. */
    ethnicity: z.string().trim().min(1).max(60),
    qualification: z.enum(['law_degree', 'other_degree', 'no_degree']),
    recognisedOn: isoDateSchema,
    terminatedOn: isoDateSchema.nullable().default(null),
    trainedOn: z.array(isoDateSchema).default([]),
  })
  .strict();

/**
 * A request or case (Law 35/2013 Art. 16–27). `scope` is the Decree 15/2014 Art. 5.1 category (null only when
 * `outOfScope`); `result` is set exactly when `endedOn` is: successful = agreement (Art. 24), unsuccessful = ended
 * otherwise (Art. 23, 27).
 */
export const reportCaseSchema = z
  .object({
    id: idSchema,
    teamId: idSchema,
    receivedOn: isoDateSchema,
    outOfScope: z.boolean().default(false),
    scope: scopeCategorySchema.nullable(),
    startedOn: isoDateSchema.nullable().default(null),
    endedOn: isoDateSchema.nullable().default(null),
    result: z.enum(['successful', 'unsuccessful']).nullable().default(null),
  })
  .strict();

export const reportPaymentSchema = z.object({ paidOn: isoDateSchema, amountVnd: vndSchema }).strict();

export const statisticalReportInputSchema = z
  .object({
    communeCode: z.string().regex(/^\d{5}$/),
    periodKind: reportingPeriodKindSchema,
    year: z.number().int().min(2000).max(2100),
    /** Cut-offs of the periods (calendar's circular03Rules by default; ❓ commune-level cut-offs). */
    reportingRules: reportingRulesSchema.optional(),
    villages: z.array(reportVillageSchema),
    teams: z.array(reportTeamSchema),
    mediators: z.array(reportMediatorSchema),
    cases: z.array(reportCaseSchema),
    remunerationPayments: z.array(reportPaymentSchema).default([]),
  })
  .strict();
export type StatisticalReportInput = z.input<typeof statisticalReportInputSchema>;
