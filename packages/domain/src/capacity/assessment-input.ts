/**
 * What the console sends for a mediator's yearly capacity assessment (khảo sát, đánh giá năng lực — plan task 3b):
 * a score per competency of the rubric, the day of the survey (for a paper form typed in later: the date on the
 * paper) and whether it was entered from paper. One assessment per mediator and year: sending it again replaces it.
 */
import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date.ts';

export const assessmentRecordSchema = z
  .object({
    mediatorId: z.string().uuid('field.MEDIATOR_CHOOSE'),
    assessedOn: isoDateSchema,
    fromPaper: z.boolean().default(false),
    scores: z.record(
      z.string().regex(/^[a-z_]+$/, 'field.COMPETENCY'),
      z.number({ message: 'field.SCORE_NUMBER' }).int('field.INTEGER'),
    ),
  })
  .strict();
export type AssessmentRecord = z.infer<typeof assessmentRecordSchema>;

/** The assessments of a year. */
export const assessmentYearSchema = z
  .object({ year: z.number().int('field.INTEGER').min(2014, 'field.YEAR').max(2100, 'field.YEAR') })
  .strict();
