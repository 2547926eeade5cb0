/**
 * A reward proposal (đề nghị khen thưởng — issue 13, point 5) for a mediator or a team, with its evidence chosen
 * from the product (cases the mediator or team mediated successfully in the period, training events attended,
 * contest entries), never typed; the route (decide at the commune or propose upward) is `decideRewardRoute`'s.
 * Proposed → decided (with the decision's number and date) or withdrawn (with a reason).
 */
import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date.ts';
import { safeText } from '../text/safe-text.ts';
import { rewardFormSchema } from './rewards.ts';

const uuid = (key: `field.${string}`) => z.string().uuid(key);
const ids = (key: `field.${string}`) => z.array(uuid(key)).max(200, 'field.TOO_MANY').default([]);

/** A proposal: for a mediator (individual) or a team (collective), over a period, with its evidence. */
export const rewardProposeSchema = z
  .object({
    form: rewardFormSchema,
    mediatorId: uuid('field.MEDIATOR_CHOOSE').nullable().default(null),
    teamId: uuid('field.TEAM_ID').nullable().default(null),
    periodFrom: isoDateSchema,
    periodTo: isoDateSchema,
    achievements: safeText(2000, {
      min: 10,
      multiline: true,
      tooShort: 'field.ACHIEVEMENTS',
      tooLong: 'field.TOO_LONG',
    }),
    caseIds: ids('field.CASE_ID'),
    trainingEventIds: ids('field.EVENT_ID'),
    contestEntryIds: ids('field.ENTRY_ID'),
    clientKey: uuid('field.CLIENT_KEY'),
  })
  .strict()
  .superRefine((p, ctx) => {
    if ((p.mediatorId === null) === (p.teamId === null))
      ctx.addIssue({ code: 'custom', path: ['mediatorId'], message: 'field.REWARD_RECIPIENT_ONE' });
    if (p.periodTo < p.periodFrom) ctx.addIssue({ code: 'custom', path: ['periodTo'], message: 'field.DATES_ORDER' });
  });
export type RewardPropose = z.infer<typeof rewardProposeSchema>;

export const rewardDecideSchema = z
  .object({
    id: uuid('field.REWARD_ID'),
    decisionNo: safeText(40, { min: 1, tooShort: 'field.DECISION_NO', tooLong: 'field.DECISION_NO_TOO_LONG' }),
    decidedOn: isoDateSchema,
  })
  .strict();
export type RewardDecide = z.infer<typeof rewardDecideSchema>;

export const rewardWithdrawSchema = z
  .object({
    id: uuid('field.REWARD_ID'),
    reason: safeText(500, { min: 3, tooShort: 'field.WITHDRAW_REASON', tooLong: 'field.TOO_LONG' }),
  })
  .strict();
export type RewardWithdraw = z.infer<typeof rewardWithdrawSchema>;

/** The evidence a proposal's recipient may draw on (`rewards.evidence`): its period and who. */
export const rewardEvidenceQuerySchema = z
  .object({
    mediatorId: uuid('field.MEDIATOR_CHOOSE').nullable().default(null),
    teamId: uuid('field.TEAM_ID').nullable().default(null),
    periodFrom: isoDateSchema,
    periodTo: isoDateSchema,
  })
  .strict()
  .refine((p) => (p.mediatorId === null) !== (p.teamId === null), {
    path: ['mediatorId'],
    message: 'field.REWARD_RECIPIENT_ONE',
  });
export type RewardEvidenceQuery = z.infer<typeof rewardEvidenceQuerySchema>;
