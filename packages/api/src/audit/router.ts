/** The audit log of the user's commune, newest first, for administrators and the data-protection officer. */
import { listAudit } from '@hgcs/db';
import { z } from 'zod';
import { can } from '../procedures.ts';
import { toAuditView } from './view.ts';

const listInput = z
  .object({ limit: z.number().int().min(1).max(200).default(50), beforeId: z.number().int().positive().optional() })
  .strict();

export const auditRouter = {
  /** A page of the log, newest first, before `beforeId`. */
  list: can('audit.read')
    .input(listInput)
    .query(async ({ ctx, input }) => (await listAudit(ctx.db, ctx.scope, input)).map(toAuditView)),
};
