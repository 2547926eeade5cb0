/**
 * Invites a person to help mediate (Law 35/2013 Art. 19): a village elder, a respected person, a legal-support
 * member… — only with the other party's consent (the domain's `invitedPersonSchema`). Not on an ended case.
 */
import { insertInvitee } from '@hgcs/db';
import { DomainError, type caseInviteSchema } from '@hgcs/domain';
import type { z } from 'zod';
import type { ScopedContext } from '../context.ts';

type CaseInvite = z.output<typeof caseInviteSchema>;
import { changeCase } from './change-case.ts';

export async function invitePerson(ctx: ScopedContext, input: CaseInvite) {
  return changeCase(ctx, input.caseId, async ({ tx, audit, row }) => {
    if (row.closedOn !== null || row.endedOn !== null)
      throw new DomainError('CASE.SESSION_AFTER_CLOSE', { field: 'fullName', endedOn: row.endedOn ?? row.closedOn! });
    const { id } = await insertInvitee(tx, ctx.scope, {
      caseId: row.id,
      fullName: input.fullName,
      role: input.role,
    });
    await audit({ action: 'case.invite', objectType: 'case', objectId: row.id, after: { id, role: input.role } });
    return { id };
  });
}
