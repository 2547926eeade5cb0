/**
 * Ending a mediator's service (Law 35/2013 Art. 11): the preview of what it does to the team's composition (before
 * any decision), the chairman's decision that closes the membership, and a team's past decisions.
 */
import { terminationConfirmSchema, terminationPreviewSchema } from '@hgcs/domain';
import { z } from 'zod';
import { can } from '../procedures.ts';
import { confirmTermination } from './confirm-termination.ts';
import { listTerminations } from './list-terminations.ts';
import { previewTermination } from './preview-termination.ts';

export const terminationRouter = {
  preview: can('election.document')
    .input(terminationPreviewSchema)
    .query(({ ctx, input }) => previewTermination(ctx.db, ctx.scope, input.membershipId)),
  confirm: can('election.recognise')
    .input(terminationConfirmSchema)
    .mutation(({ ctx, input }) => confirmTermination(ctx, input)),
  list: can('election.read')
    .input(z.object({ teamId: z.string().uuid('field.TEAM_ID') }).strict())
    .query(({ ctx, input }) => listTerminations(ctx.db, ctx.scope, input.teamId)),
};
