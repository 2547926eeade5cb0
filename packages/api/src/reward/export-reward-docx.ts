/** The draft reward decision (or submission upward) as DOCX in the Decree 30 layout, with its evidence. */
import { getTeam } from '@hgcs/db';
import { DomainError } from '@hgcs/domain';
import { writeRewardDecisionDocx } from '@hgcs/reports';
import { auditDownload } from '../audit-download.ts';
import type { Context } from '../context.ts';
import { decisionFrameOf, decisionId, docxFile } from '../decision-document.ts';
import { authorizeScopeAudited } from '../procedures.ts';
import { readReward } from './get-reward.ts';

const prizeNames: Record<string, string> = {
  first: 'Giải Nhất',
  second: 'Giải Nhì',
  third: 'Giải Ba',
  consolation: 'Giải Khuyến khích',
  other: 'Giải',
};
const dmy = (d: string) => d.split('-').reverse().join('/');

export async function exportRewardDocx(ctx: Context, id: string) {
  const scoped = await authorizeScopeAudited(ctx, 'reward.read', 'exports.reward-decision');
  const { scope } = scoped;
  const r = await readReward(ctx.db, scope, decisionId(id));
  const teamId = r.teamId ?? null;
  const team = teamId ? await getTeam(ctx.db, scope, teamId) : null;
  if (teamId && !team) throw new DomainError('RESOURCE.NOT_FOUND');
  const frame = await decisionFrameOf(ctx.db, scope, team ?? { name: 'Tổ hòa giải', villageName: 'thôn' }, {
    decisionNo: r.decisionNo,
    decisionOn: r.decidedOn,
  });
  const recipient = r.mediator
    ? `${r.mediator.sex === 'female' ? 'bà' : 'ông'} ${r.mediator.fullName}, sinh năm ${r.mediator.birthYear}, hòa giải viên`
    : r.recipientName;
  const bytes = await writeRewardDecisionDocx({
    ...frame,
    proposal: { by: 'Công chức Tư pháp - Hộ tịch xã', date: null },
    action: r.action,
    formName: r.formName,
    recipient,
    period: { from: r.periodFrom, to: r.periodTo },
    achievements: r.achievements,
    evidence: {
      cases: r.evidence.cases.map((c) => `Vụ việc ${c.trackingCode}, hòa giải thành ngày ${dmy(c.endedOn)}`),
      training: r.evidence.training.map((t) => `${t.title} (${dmy(t.startsOn)}, ${t.hours} giờ)`),
      contests: r.evidence.contests.map(
        (c) => `${c.contestName}, đội ${c.unitName}${c.prizeRank ? ` — ${prizeNames[c.prizeRank]}` : ''}`,
      ),
    },
  });
  await auditDownload(
    { ...ctx, ...scoped },
    {
      action: 'export.download',
      objectType: 'export',
      objectId: `reward_decision:${r.id}`,
      after: { kind: 'reward_decision', format: 'docx' },
    },
  );
  return docxFile(
    bytes,
    r.action === 'decide' ? 'du-thao-quyet-dinh-khen-thuong.docx' : 'du-thao-to-trinh-khen-thuong.docx',
  );
}
