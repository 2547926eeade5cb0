/**
 * Changes an open member's role in the team (member, deputy, leader). A second leader is refused (the leader is
 * elected by the team, Art. 14: recognise that election, or make the current leader a member first).
 */
import { membershipForUpdate, setMembershipRole, withAudit } from '@hgcs/db';
import { DomainError, type MemberRoleInput } from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';
import { constraintOf, isUniqueViolation } from '../db-errors.ts';

export async function setMemberRole(ctx: ScopedContext, input: MemberRoleInput): Promise<{ id: string }> {
  try {
    return await withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
      const membership = await membershipForUpdate(tx, ctx.scope, input.membershipId);
      if (!membership) throw new DomainError('RESOURCE.NOT_FOUND');
      if (membership.leftOn !== null) throw new DomainError('REGISTRY.NOT_ACTIVE_MEMBER', { field: 'membershipId' });
      if (membership.role === input.role) return { id: membership.id };
      await setMembershipRole(tx, ctx.scope, membership.teamId, membership.mediatorId, input.role);
      await audit({
        action: 'team.member_role',
        objectType: 'team',
        objectId: membership.teamId,
        before: { membershipId: membership.id, role: membership.role },
        after: { membershipId: membership.id, role: input.role },
      });
      return { id: membership.id };
    });
  } catch (error) {
    if (isUniqueViolation(error) && constraintOf(error) === 'team_memberships_open_leader_uq')
      throw new DomainError('REGISTRY.LEADER_TAKEN', { field: 'role' });
    throw error;
  }
}
