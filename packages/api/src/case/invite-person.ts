/** Invites a person to help mediate (Law 35/2013 Art. 20.3): a village elder, a relative, a legal-support member. */
import { insertInvitee } from '@hgcs/db';
import { DomainError, type CaseInviteInput } from '@hgcs/domain';
import type { ScopedContext } from '../context.ts';
import { changeCase } from './change-case.ts';

export async function invitePerson(ctx: ScopedContext, input: Required<CaseInviteInput>) {
  return changeCase(ctx, input.caseId, async ({ tx, audit, row }) => {
    if (row.closedOn !== null || row.endedOn !== null)
      throw new DomainError('CASES.SESSION_AFTER_CLOSE', { field: 'fullName', endedOn: row.endedOn ?? row.closedOn! });
    const { id } = await insertInvitee(tx, ctx.scope, {
      caseId: row.id,
      fullName: input.fullName,
      kind: input.kind,
      note: input.note,
    });
    await audit({ action: 'case.invite', objectType: 'case', objectId: row.id, after: { id, kind: input.kind } });
    return { id };
  });
}
