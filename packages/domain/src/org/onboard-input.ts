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
      .regex(/^\d{5}$/, 'Mã xã gồm 5 chữ số'),
    name: safeText(120, { min: 2, tooShort: 'Tên xã quá ngắn', tooLong: 'Tên xã quá dài' }),
    planText: z
      .string()
      .min(1, 'Vui lòng dán nội dung tệp dữ liệu của xã (YAML hoặc JSON)')
      .max(maxPlanTextChars, 'Tệp dữ liệu quá lớn (tối đa 900 000 ký tự)'),
  })
  .strict();
export type OnboardCommuneInput = z.infer<typeof onboardCommuneInputSchema>;

/** A year for the province's views (default: this year in Vietnam). */
export const provinceYearInputSchema = z
  .object({ year: z.number().int().min(2024).max(2035).optional() })
  .strict()
  .default({});
