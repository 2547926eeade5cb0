/**
 * The chairman's recognition decision of an election's elected mediators as DOCX (Decree 30/2020 layout; Law
 * 35/2013 Art. 8.4), most votes first; the number and date are the recorded decision's, blank until recorded.
 * Authorised and audited as a file leaving the system.
 */
import { getMediatorElection, getTeam } from '@hgcs/db';
import { DomainError } from '@hgcs/domain';
import { writeMediatorRecognitionDocx } from '@hgcs/reports';
import { auditDownload } from '../audit-download.ts';
import type { Context } from '../context.ts';
import { decisionFrameOf, decisionId, decisionPersons, docxFile, villageInText } from '../decision-document.ts';
import { authorizeScopeAudited } from '../procedures.ts';

export async function exportRecognitionDocx(ctx: Context, id: string) {
  const scoped = await authorizeScopeAudited(ctx, 'election.document', 'exports.election-decision');
  const { scope } = scoped;
  const election = await getMediatorElection(ctx.db, scope, decisionId(id));
  if (!election) throw new DomainError('RESOURCE.NOT_FOUND');
  if (election.elected.length === 0) throw new DomainError('REGISTRY.NOTHING_TO_RECOGNISE', { field: 'electionId' });
  const team = await getTeam(ctx.db, scope, election.teamId);
  if (!team) throw new DomainError('RESOURCE.NOT_FOUND');
  const bytes = await writeMediatorRecognitionDocx({
    ...(await decisionFrameOf(ctx.db, scope, team, election)),
    proposal: {
      by: `Trưởng ban công tác Mặt trận ${villageInText(team.villageName)}`,
      date: election.listReceivedOn,
    },
    mediators: await decisionPersons(ctx.db, scope, election.elected),
  });
  await auditDownload(
    { ...ctx, ...scoped },
    {
      action: 'export.download',
      objectType: 'export',
      objectId: `election_decision:${election.id}`,
      after: { kind: 'election_decision', electionId: election.id, format: 'docx' },
    },
  );
  return docxFile(bytes, 'quyet-dinh-cong-nhan-hoa-giai-vien.docx');
}
