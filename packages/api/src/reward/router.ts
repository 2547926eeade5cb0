/**
 * Reward proposals (issue 13, point 5): the evidence a mediator or team may draw on in a period, the year's
 * proposals, one proposal, proposing (route from the domain), deciding (the chairman) and withdrawing.
 */
import { listRewards, rewardEvidence } from '@hgcs/db';
import {
  rewardDecideSchema,
  rewardEvidenceQuerySchema,
  rewardProposeSchema,
  rewardWithdrawSchema,
  trainingYearSchema,
} from '@hgcs/domain';
import { z } from 'zod';
import { can } from '../procedures.ts';
import { listAwardChoices } from '../contest/list-choices.ts';
import { readReward } from './get-reward.ts';
import { proposeReward } from './propose-reward.ts';
import { decideReward, withdrawReward } from './settle-reward.ts';

const idSchema = z.object({ id: z.string().uuid('field.REWARD_ID') }).strict();

export const rewardRouter = {
  list: can('reward.read')
    .input(trainingYearSchema)
    .query(({ ctx, input }) => listRewards(ctx.db, ctx.scope, input.year)),
  get: can('reward.read')
    .input(idSchema)
    .query(({ ctx, input }) => readReward(ctx.db, ctx.scope, input.id)),
  evidence: can('reward.read')
    .input(rewardEvidenceQuerySchema)
    .query(({ ctx, input }) =>
      rewardEvidence(ctx.db, ctx.scope, input, { from: input.periodFrom, to: input.periodTo }),
    ),
  /** Who a proposal may be for: the commune's mediators in an active team, and those teams. */
  choices: can('reward.propose').query(({ ctx }) => listAwardChoices(ctx.db, ctx.scope)),
  propose: can('reward.propose')
    .input(rewardProposeSchema)
    .mutation(({ ctx, input }) => proposeReward(ctx, input)),
  decide: can('reward.decide')
    .input(rewardDecideSchema)
    .mutation(({ ctx, input }) => decideReward(ctx, input)),
  withdraw: can('reward.propose')
    .input(rewardWithdrawSchema)
    .mutation(({ ctx, input }) => withdrawReward(ctx, input)),
};
