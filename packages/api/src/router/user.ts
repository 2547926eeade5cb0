/** Accounts of the commune, managed by its administrator. */
import { insertUser, withAudit } from '@hgcs/db';
import { createUserInputSchema, DomainError } from '@hgcs/domain';
import { hashPassword } from '../auth/password.ts';
import { isUniqueViolation } from '../db-errors.ts';
import { can } from '../procedures.ts';

export const userRouter = {
  /** Creates an account in the administrator's commune; the user must change the password at first sign-in. */
  create: can('user.manage').input(createUserInputSchema).mutation(async ({ ctx, input }) => {
    const { password, ...rest } = input;
    const passwordHash = await hashPassword(password);
    try {
      return await withAudit(ctx.db, { communeId: ctx.user.communeId, userId: ctx.user.userId, requestId: ctx.requestId }, async (tx, audit) => {
        const user = await insertUser(tx, { ...rest, communeId: ctx.user.communeId, passwordHash, mustChangePassword: true });
        await audit({ action: 'user.create', objectType: 'user', objectId: user.id, after: { username: user.username, role: user.role, agencyCode: user.agencyCode } });
        return { id: user.id, username: user.username };
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainError('RESOURCE.CONFLICT');
      throw error;
    }
  }),
};
