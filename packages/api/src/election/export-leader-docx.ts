/** The chairman's decision recognising an elected team leader as DOCX (Law 35/2013 Art. 14.2; Decree 30/2020 layout). */
import { getTeam, getTeamLeaderElection } from '@hgcs/db';
import { DomainError } from '@hgcs/domain';
import { writeTeamLeaderRecognitionDocx } from '@hgcs/reports';
import { auditDownload } from '../audit-download.ts';
import type { Context } from '../context.ts';
import { decisionFrameOf, decisionId, decisionPersons, docxFile, villageInText } from '../decision-document.ts';
import { authorizeScopeAudited } from '../procedures.ts';

export async function exportLeaderDocx(ctx: Context, id: string) {
  const scoped = await authorizeScopeAudited(ctx, 'election.document', 'exports.leader-decision');
  const { scope } = scoped;
  const election = await getTeamLeaderElection(ctx.db, scope, decisionId(id));
  if (!election) throw new DomainError('RESOURCE.NOT_FOUND');
  if (election.electedMediatorId === null)
    throw new DomainError('REGISTRY.NOTHING_TO_RECOGNISE', { field: 'electionId' });
  const team = await getTeam(ctx.db, scope, election.teamId);
  if (!team) throw new DomainError('RESOURCE.NOT_FOUND');
  const [leader] = await decisionPersons(ctx.db, scope, [election.electedMediatorId]);
  const bytes = await writeTeamLeaderRecognitionDocx({
    ...(await decisionFrameOf(ctx.db, scope, team, election)),
    proposal: {
      by: `Trưởng ban công tác Mặt trận ${villageInText(team.villageName)}`,
      date: election.proposalReceivedOn,
    },
    leader: leader!,
    electedOn: election.heldOn,
  });
  await auditDownload(
    { ...ctx, ...scoped },
    {
      action: 'export.download',
      objectType: 'export',
      objectId: `leader_decision:${election.id}`,
      after: { kind: 'leader_decision', electionId: election.id, format: 'docx' },
    },
  );
  return docxFile(bytes, 'quyet-dinh-cong-nhan-to-truong.docx');
}
