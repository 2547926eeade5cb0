/**
 * A line of the commune's budget for the plan (issue 13, point 7): planned (dự toán) or spent (thực chi), by funding
 * source (plan section III; Circular 56/2023/TT-BTC Art. 2) and spending category (Art. 3), with the norm whose cap
 * applies when there is one, linked to a plan task when it pays for one. Money in whole đồng. The line's day falls in
 * its year; a spent line has its day (the cap in force is the one of that day). Idempotent by the form's key.
 */
import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date.ts';
import { safeText } from '../text/safe-text.ts';
import { fundingSourceSchema } from './funding-sources.ts';
import { spendingCategorySchema } from './spending-categories.ts';
import { spendingNormIdSchema } from './spending-norms.ts';

export const budgetLineKinds = ['planned', 'spent'] as const;
export const budgetLineKindSchema = z.enum(budgetLineKinds, { message: 'field.BUDGET_KIND' });
export type BudgetLineKind = z.infer<typeof budgetLineKindSchema>;

const year = z
  .number({ message: 'field.YEAR' })
  .int('field.YEAR')
  .min(2024, 'field.BUDGET_YEAR_RANGE')
  .max(2030, 'field.BUDGET_YEAR_RANGE');

export const budgetLineSchema = z
  .object({
    /** The form's own key: a retry sends the same one and changes nothing. */
    clientKey: z.string().uuid('field.CLIENT_KEY'),
    year,
    kind: budgetLineKindSchema,
    source: fundingSourceSchema,
    category: spendingCategorySchema,
    norm: spendingNormIdSchema.nullable().default(null),
    unitAmountVnd: z
      .number({ message: 'field.AMOUNT' })
      .int('field.AMOUNT')
      .positive('field.AMOUNT_POSITIVE')
      .max(1e13, 'field.AMOUNT_TOO_LARGE'),
    quantity: z
      .number({ message: 'field.QUANTITY' })
      .int('field.QUANTITY')
      .positive('field.QUANTITY')
      .max(100_000, 'field.QUANTITY')
      .default(1),
    on: isoDateSchema.nullable().default(null),
    planTaskId: z.string().uuid('field.PLAN_TASK').nullable().default(null),
    description: safeText(300, { min: 3, tooShort: 'field.BUDGET_DESCRIPTION', tooLong: 'field.TOO_LONG' }),
  })
  .strict()
  .superRefine((line, ctx) => {
    if (line.kind === 'spent' && line.on === null)
      ctx.addIssue({ code: 'custom', path: ['on'], message: 'field.BUDGET_SPENT_DATE' });
    if (line.on !== null && Number(line.on.slice(0, 4)) !== line.year)
      ctx.addIssue({ code: 'custom', path: ['on'], message: 'field.BUDGET_DATE_IN_YEAR' });
  });
export type BudgetLineInput = z.input<typeof budgetLineSchema>;
export type BudgetLine = z.output<typeof budgetLineSchema>;

export const budgetYearSchema = z.object({ year }).strict();
export const budgetLineIdSchema = z.object({ id: z.string().uuid('field.BUDGET_LINE') }).strict();
