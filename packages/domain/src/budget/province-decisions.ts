/**
 * The province's own amounts, as its People's Council decides them (Circular 56/2023/TT-BTC Art. 5.1; issue 11 point 9,
 * issue 13 point 7): the mediators' remuneration per case (Art. 3.17.a, successful or not) and the team's monthly
 * operations support (Art. 3.17.đ), effective from a day; and spending norms for any capped item, effective from a
 * year. Every amount is positive. The remuneration amounts must stay within the circular's maxima (refused naming the
 * article). ❓ Spending norms: Art. 5.1 lets the People's Council set "specific amounts" for its province; whether one
 * may exceed the circular is not settled here, so a norm above it is accepted and flagged (`aboveCircular`) for the
 * page to show — the budget's cap check then uses it (`provinceAboveNational` in check-spending-cap.ts).
 */
import { z } from 'zod';
import { DomainError } from '../errors/domain-error.ts';
import { isoDateSchema } from '../calendar/iso-date.ts';
import { safeText } from '../text/safe-text.ts';
import { baseSalaryOn, defaultBaseSalarySchedule, type BaseSalaryEntry } from './base-salary.ts';
import type { ProvincialNorms } from './provincial-norms.ts';
import { spendingNormIdSchema, spendingNorms, type SpendingNormId } from './spending-norms.ts';

const amount = z
  .number({ message: 'field.AMOUNT' })
  .int('field.AMOUNT')
  .positive('field.AMOUNT_POSITIVE')
  .max(1e13, 'field.AMOUNT_TOO_LARGE');
const resolution = safeText(200, { min: 3, tooShort: 'field.PROVINCE_RESOLUTION', tooLong: 'field.TOO_LONG' });

/** The remuneration amounts a province decides, from `effectiveFrom` (đồng per case; per team and month). */
export const provinceRemunerationSchema = z
  .object({
    resolution,
    effectiveFrom: isoDateSchema,
    successfulVnd: amount,
    otherVnd: amount,
    teamMonthlyVnd: amount.nullable().default(null),
  })
  .strict();
export type ProvinceRemunerationInput = z.input<typeof provinceRemunerationSchema>;
export type ProvinceRemuneration = z.output<typeof provinceRemunerationSchema>;

const normYear = z
  .number({ message: 'field.YEAR' })
  .int('field.YEAR')
  .min(2024, 'field.NORMS_YEAR_RANGE')
  .max(2100, 'field.NORMS_YEAR_RANGE');

/** Spending norms a province sets for some capped items, from 1 January of `year`. */
export const provinceSpendingNormsSchema = z
  .object({
    resolution,
    year: normYear,
    caps: z
      .partialRecord(spendingNormIdSchema, amount)
      .refine((c) => Object.keys(c).length > 0, { message: 'field.NORMS_EMPTY' }),
  })
  .strict();
export type ProvinceSpendingNormsInput = z.input<typeof provinceSpendingNormsSchema>;
export type ProvinceSpendingNorms = z.output<typeof provinceSpendingNormsSchema>;

/** The circular's maximum for an item on a day (base-salary items counted on that day). */
export function circularCapOn(
  norm: SpendingNormId,
  date: string,
  schedule: readonly BaseSalaryEntry[] = defaultBaseSalarySchedule,
): number {
  const cap = spendingNorms[norm].cap;
  return cap.kind === 'vnd' ? cap.amount : cap.months * baseSalaryOn(date, schedule).monthlyVnd;
}

/** Refuses an amount above the circular's maximum, naming the field, the item, the bound and its article. */
function requireWithinCircular(field: string, norm: SpendingNormId, amountVnd: number, date: string): void {
  const cap = circularCapOn(norm, date);
  if (amountVnd > cap)
    throw new DomainError('BUDGET.PROVINCE_AMOUNT_ABOVE_CIRCULAR', {
      field,
      amount: amountVnd,
      unit: spendingNorms[norm].unitVi,
      cap,
      source: `Thông tư 56/2023/TT-BTC Art. 3.${spendingNorms[norm].point}`,
    });
}

/** The remuneration decision as provincial norms (checked against the circular's bounds). */
export function remunerationNormsOf(decision: ProvinceRemuneration): ProvincialNorms {
  const d = decision;
  requireWithinCircular('successfulVnd', 'mediator_remuneration_successful', d.successfulVnd, d.effectiveFrom);
  requireWithinCircular('otherVnd', 'mediator_remuneration', d.otherVnd, d.effectiveFrom);
  if (d.teamMonthlyVnd !== null)
    requireWithinCircular('teamMonthlyVnd', 'team_operations_support', d.teamMonthlyVnd, d.effectiveFrom);
  return {
    resolution: d.resolution,
    effectiveFrom: d.effectiveFrom,
    caps: {
      mediator_remuneration_successful: d.successfulVnd,
      mediator_remuneration: d.otherVnd,
      ...(d.teamMonthlyVnd === null ? {} : { team_operations_support: d.teamMonthlyVnd }),
    },
  };
}

/** The spending-norms decision as provincial norms from 1 January of its year. */
export function spendingNormsOf(decision: ProvinceSpendingNorms): ProvincialNorms {
  return { resolution: decision.resolution, effectiveFrom: `${decision.year}-01-01`, caps: { ...decision.caps } };
}

/** The items of a resolution whose amount is above the circular's maximum on its first day (to be shown, ❓ Art. 5.1). */
export function normsAboveCircular(norms: ProvincialNorms): SpendingNormId[] {
  return (Object.entries(norms.caps) as Array<[SpendingNormId, number]>)
    .filter(([norm, vnd]) => vnd > circularCapOn(norm, norms.effectiveFrom))
    .map(([norm]) => norm);
}
