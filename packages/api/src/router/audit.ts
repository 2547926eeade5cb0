/** The audit log of the user's commune, newest first, for administrators and the data-protection officer. */
import { listAudit } from '@hgcs/db';
import { z } from 'zod';
import { can } from '../procedures.ts';

const listInput = z
  .object({ limit: z.number().int().min(1).max(200).default(50), beforeId: z.number().int().positive().optional() })
  .strict();

export const auditRouter = {
  list: can('audit.read')
    .input(listInput)
    .query(async ({ ctx, input }) => {
      const rows = await listAudit(ctx.db, ctx.scope, input);
      return rows.map((r) => ({
        id: r.id,
        at: r.at.toISOString(),
        actorUserId: r.actorUserId,
        actor: r.actor,
        action: r.action,
        objectType: r.objectType,
        objectId: r.objectId,
        before: r.before,
        after: r.after,
        requestId: r.requestId,
      }));
    }),
};
