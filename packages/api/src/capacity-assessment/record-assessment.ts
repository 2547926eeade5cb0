/**
 * Records a mediator's capacity assessment of a year (plan task 3b), typed in the console or from a paper form:
 * the person is an active mediator of the commune, the day is not after today, and the domain's `assessCapacity`
 * scores it (every competency of the rubric, each on its scale — a refusal names the competency's field). One per
 * mediator and year: entering it again replaces it, in one transaction with its audit row.
 */
import { activeMediators, assessmentOfYear, upsertAssessment, withAudit } from '@hgcs/db';
import {
  assessCapacity,
  defaultCapacityRubric,
  DomainError,
  todayInVietnam,
  type AssessmentRecord,
} from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';

export async function recordAssessment(
  ctx: ScopedContext,
  input: AssessmentRecord,
): Promise<{ id: string; replaced: boolean }> {
  if (input.assessedOn > todayInVietnam(ctx.now))
    throw new DomainError('CAPACITY.ASSESSED_IN_FUTURE', { field: 'assessedOn' });
  const [person] = await activeMediators(ctx.db, ctx.scope, [input.mediatorId]);
  if (!person) throw new DomainError('CAPACITY.NOT_ACTIVE_MEDIATOR', { field: 'mediatorId' });
  const result = assessWithField(input);
  const year = Number(input.assessedOn.slice(0, 4));
  return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    const before = await assessmentOfYear(tx, ctx.scope, input.mediatorId, year);
    const id = await upsertAssessment(tx, ctx.scope, {
      mediatorId: input.mediatorId,
      year,
      assessedOn: input.assessedOn,
      fromPaper: input.fromPaper,
      scores: input.scores,
      average: result.average,
      level: result.level,
      weakCompetencies: result.weakCompetencies,
      enteredBy: ctx.user.userId,
      enteredAt: ctx.now,
    });
    await audit({
      action: before ? 'capacity.assessment_replace' : 'capacity.assessment_record',
      objectType: 'capacity_assessment',
      objectId: id,
      after: { mediatorId: input.mediatorId, year, fromPaper: input.fromPaper },
    });
    return { id, replaced: before !== undefined };
  });
}

/** The domain's assessment; its refusal of a competency names that competency's field (`scores.<code>`). */
function assessWithField(input: AssessmentRecord) {
  try {
    const { mediatorId, assessedOn, scores } = input;
    return assessCapacity({ mediatorId, assessedOn, scores }, defaultCapacityRubric);
  } catch (error) {
    if (error instanceof DomainError && typeof error.params.competency === 'string') {
      const code = error.code as 'CAPACITY.MISSING_SCORE';
      throw new DomainError(code, { ...error.params, field: `scores.${error.params.competency}` } as never);
    }
    throw error;
  }
}
