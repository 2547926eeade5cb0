/**
 * The shape of the commune's grassroots-mediation statistical report for one period (Circular 03/2019/TT-BTP Art. 6.1
 * periods; tables shaped after the old Circular 20/2013/TT-BTP forms, 🟡 — ❓ the current forms and the indicators of
 * Circular 16/2025/TT-BTP were not read): an organisation table (villages, teams, mediators by sex, ethnicity and
 * training) and an activity table (cases by scope and result), plus both success rates (R-STAT-2).
 */
import { z } from 'zod';
import { reportingPeriodKindSchema } from '../calendar/reporting-period.ts';
import { isoDateSchema, vndSchema } from '../budget/input.ts';
import { countSchema } from './indicator-result.ts';

/** Results counted at the end of actual data: successful, unsuccessful (ended without agreement), in progress, not yet handled. */
export const resultCountsSchema = z
  .object({
    total: countSchema,
    successful: countSchema,
    unsuccessful: countSchema,
    inProgress: countSchema,
    notHandled: countSchema,
  })
  .strict();
export type ResultCounts = z.infer<typeof resultCountsSchema>;

/** The report's scope columns: civil (Decree 15/2014 Art. 5.1 item 2), marriage & family (item 3), other (items 1, 4–7). */
export const reportScopeSchema = z.enum(['civil', 'marriage_family', 'other']);
export type ReportScope = z.infer<typeof reportScopeSchema>;

export const statisticalReportSchema = z
  .object({
    communeCode: z.string().regex(/^\d{5}$/),
    period: z
      .object({
        kind: reportingPeriodKindSchema,
        year: z.number().int(),
        from: isoDateSchema,
        to: isoDateSchema,
        /** Counts are actual up to this day; after it (to `to`) the office adds estimates by hand. */
        actualTo: isoDateSchema,
        estimateFrom: isoDateSchema.nullable(),
      })
      .strict(),
    organisation: z
      .object({
        villages: countSchema,
        teams: countSchema,
        mediators: z
          .object({
            total: countSchema,
            male: countSchema,
            female: countSchema,
            kinh: countSchema,
            ethnicMinority: countSchema,
            /** Detail per ethnic group as entered (e.g. "Ba Na", "Gia Rai"). */
            byEthnicGroup: z.record(z.string(), countSchema),
            lawDegree: countSchema,
            otherDegree: countSchema,
            noDegree: countSchema,
            trainedInPeriod: countSchema,
            everTrained: countSchema,
          })
          .strict(),
      })
      .strict(),
    activity: z
      .object({
        received: resultCountsSchema,
        byScope: z
          .object({ civil: resultCountsSchema, marriage_family: resultCountsSchema, other: resultCountsSchema })
          .strict(),
        /** Requests closed as outside grassroots mediation (R-SCOPE-1): referred, not counted in `received`. */
        outOfScopeReferred: countSchema,
        successRate: z
          .object({ ofReceived: z.number().min(0).max(1).nullable(), ofConcluded: z.number().min(0).max(1).nullable() })
          .strict(),
      })
      .strict(),
    /** Remuneration paid to mediators in the actual-data span (seen in provincial reports). */
    remunerationPaidVnd: vndSchema,
  })
  .strict();
/** The statistical report of one period. */
export type StatisticalReport = z.infer<typeof statisticalReportSchema>;
