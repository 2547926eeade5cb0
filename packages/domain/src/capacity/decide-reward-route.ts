/**
 * Who acts on a proposed award: the commune chairman decides it (Law on Emulation and Commendation 2022 Art. 80.3)
 * or considers and proposes it upward (Art. 83.1); lists every reason it cannot go ahead.
 */
import { z } from 'zod';
import { parseInput } from '../budget/input.ts';
import { ruleIssue, type RuleIssue } from '../budget/issue.ts';
import {
  communeChairmanRewardForms,
  rewardFormSchema,
  rewardForms,
  rewardRecipientKindSchema,
  type RewardForm,
} from './rewards.ts';

export const rewardProposalSchema = z
  .object({
    form: rewardFormSchema,
    recipientKind: rewardRecipientKindSchema,
    /** Art. 83.1: the commune chairman acts only for people and collectives under the commune's management. */
    underCommuneManagement: z.boolean(),
  })
  .strict();
export type RewardProposal = z.infer<typeof rewardProposalSchema>;

/** The route of a proposal: decide at the commune, or propose upward; `issues` empty when it may proceed. */
export type RewardRoute = {
  action: 'decide' | 'propose_upward';
  decidedBy: 'commune_chairman' | 'higher_authority';
  issues: RuleIssue[];
};

/** Whether the commune chairman decides or proposes the award, and every reason it cannot proceed — TĐKT 2022 Art. 80.3, 83.1. */
export function decideRewardRoute(
  proposal: RewardProposal,
  chairmanForms: readonly RewardForm[] = communeChairmanRewardForms,
): RewardRoute {
  const p = parseInput(rewardProposalSchema, proposal);
  const forms = parseInput(z.array(rewardFormSchema), chairmanForms);
  const issues: RuleIssue[] = [];
  const form = rewardForms.find((f) => f.code === p.form) ?? rewardForms[0];
  if (!(form.recipients as readonly string[]).includes(p.recipientKind))
    issues.push(ruleIssue('REWARD.WRONG_RECIPIENT', { form: form.vi, recipient: p.recipientKind }));
  if (!p.underCommuneManagement) issues.push(ruleIssue('REWARD.NOT_UNDER_MANAGEMENT'));
  const decides = forms.includes(p.form);
  return {
    action: decides ? 'decide' : 'propose_upward',
    decidedBy: decides ? 'commune_chairman' : 'higher_authority',
    issues,
  };
}
