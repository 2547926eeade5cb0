/** A proposal as the console shows it: the recipient, period, route, status and the evidence it draws on, described. */
import { getReward, rewardEvidence, type DbOrTx } from '@hgcs/db';
import { DomainError, rewardForms, type CommuneLevelScope } from '@hgcs/domain';

export async function readReward(db: DbOrTx, scope: CommuneLevelScope, id: string) {
  const row = await getReward(db, scope, id);
  if (!row) throw new DomainError('RESOURCE.NOT_FOUND');
  const p = row.proposal;
  const all = await rewardEvidence(db, scope, p, { from: p.periodFrom, to: p.periodTo });
  const pick = <T extends { id: string }>(list: T[], ids: readonly string[]) => list.filter((x) => ids.includes(x.id));
  return {
    id: p.id,
    form: p.form,
    formName: rewardForms.find((f) => f.code === p.form)?.vi ?? p.form,
    recipientKind: p.recipientKind,
    mediatorId: p.mediatorId,
    teamId: p.teamId,
    recipientName: row.mediatorName ?? row.teamName ?? '',
    mediator:
      row.mediatorName === null
        ? null
        : { fullName: row.mediatorName, birthYear: row.mediatorBirthYear!, sex: row.mediatorGender! },
    periodFrom: p.periodFrom,
    periodTo: p.periodTo,
    achievements: p.achievements,
    action: p.action,
    status: p.status,
    decisionNo: p.decisionNo,
    decidedOn: p.decidedOn,
    withdrawReason: p.withdrawReason,
    evidence: {
      cases: pick(all.cases, p.caseIds),
      training: pick(all.training, p.trainingEventIds),
      contests: pick(all.contests, p.contestEntryIds),
    },
  };
}
