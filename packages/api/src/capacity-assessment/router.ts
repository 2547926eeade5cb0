/** The yearly capacity assessment of mediators (plan task 3b): a year's results and entering one. */
import { assessmentRecordSchema, assessmentYearSchema } from '@hgcs/domain';
import { can } from '../procedures.ts';
import { listAssessments } from './list-assessments.ts';
import { recordAssessment } from './record-assessment.ts';

export const capacityAssessmentRouter = {
  list: can('capacity.read')
    .input(assessmentYearSchema)
    .query(({ ctx, input }) => listAssessments(ctx.db, ctx.scope, input.year)),
  record: can('capacity.record')
    .input(assessmentRecordSchema)
    .mutation(({ ctx, input }) => recordAssessment(ctx, input)),
};
