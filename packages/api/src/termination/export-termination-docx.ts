/** The chairman's decision ending a mediator's service as DOCX (Law 35/2013 Art. 11; Decree 30/2020 layout). */
import { getTeam, getTermination } from '@hgcs/db';
import { DomainError, mediatorStandardSchema } from '@hgcs/domain';
import { writeMediatorTerminationDocx } from '@hgcs/reports';
import { auditDownload } from '../audit-download.ts';
import type { Context } from '../context.ts';
import { decisionFrameOf, decisionId, decisionPersons, docxFile, villageInText } from '../decision-document.ts';
import { authorizeScopeAudited } from '../procedures.ts';

export async function exportTerminationDocx(ctx: Context, id: string) {
  const scoped = await authorizeScopeAudited(ctx, 'election.document', 'exports.termination-decision');
  const { scope } = scoped;
  const termination = await getTermination(ctx.db, scope, decisionId(id));
  if (!termination) throw new DomainError('RESOURCE.NOT_FOUND');
  const team = await getTeam(ctx.db, scope, termination.teamId);
  if (!team) throw new DomainError('RESOURCE.NOT_FOUND');
  const village = villageInText(team.villageName);
  const [mediator] = await decisionPersons(ctx.db, scope, [termination.mediatorId]);
  const bytes = await writeMediatorTerminationDocx({
    ...(await decisionFrameOf(ctx.db, scope, team, termination)),
    proposal: {
      by:
        termination.proposer === 'team_leader'
          ? `Tổ trưởng ${team.name}`
          : `Trưởng ban công tác Mặt trận ${village} phối hợp với Trưởng ${village}`,
      date: termination.proposedOn,
    },
    mediator: mediator!,
    ground: termination.ground,
    lostStandard: termination.lostStandard === null ? null : mediatorStandardSchema.parse(termination.lostStandard),
  });
  await auditDownload(
    { ...ctx, ...scoped },
    {
      action: 'export.download',
      objectType: 'export',
      objectId: `termination_decision:${termination.id}`,
      after: { kind: 'termination_decision', format: 'docx' },
    },
  );
  return docxFile(bytes, 'quyet-dinh-thoi-lam-hoa-giai-vien.docx');
}
