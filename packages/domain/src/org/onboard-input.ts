/**
 * What a province administrator gives to onboard a commune from the console (issue 8.2/8.3): its 5-digit code, its
 * name, and its data file's text (YAML or JSON: agencies, villages, plan — checked by `parsePlanFile`, whose
 * problems name their line). The province is the administrator's own.
 */
import { z } from 'zod';
import { safeText } from '../text/safe-text.ts';

/** The largest data file the console takes (the API's body limit is 1 MB). */
export const maxPlanTextChars = 900_000;

export const onboardCommuneInputSchema = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^\d{5}$/, 'field.COMMUNE_CODE'),
    name: safeText(120, { min: 2, tooShort: 'field.COMMUNE_NAME_TOO_SHORT', tooLong: 'field.COMMUNE_NAME_TOO_LONG' }),
    planText: z.string().min(1, 'field.PLAN_TEXT_REQUIRED').max(maxPlanTextChars, 'field.PLAN_TEXT_TOO_LONG'),
  })
  .strict();
export type OnboardCommuneInput = z.infer<typeof onboardCommuneInputSchema>;

/** A year for the province's views (default: this year in Vietnam). */
export const provinceYearInputSchema = z
  .object({ year: z.number().int().min(2024).max(2035).optional() })
  .strict()
  .default({});
