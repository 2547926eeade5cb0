/**
 * The registry's elections (Law 35/2013 Art. 8, 14): a village's mediator election for a team and a team's leader
 * election are recorded by those who keep the registry; the chairman alone records their recognition, which opens
 * the elected's memberships or makes the leader. Lists carry the recognition deadline in working days.
 */
import {
  electionRecordInputSchema,
  leaderElectionInputSchema,
  pageInputSchema,
  recognitionInputSchema,
} from '@hgcs/domain';
import { z } from 'zod';
import { can } from '../procedures.ts';
import { readElection } from './get-election.ts';
import { listElections } from './list-elections.ts';
import { listLeaderElections } from './list-leader-elections.ts';
import { recogniseElection } from './recognise-election.ts';
import { recogniseLeaderElection } from './recognise-leader-election.ts';
import { recordElection } from './record-election.ts';
import { recordLeaderElection } from './record-leader-election.ts';

const electionPageSchema = pageInputSchema.extend({ teamId: z.string().uuid('field.TEAM_ID').optional() });
const idSchema = z.object({ id: z.string().uuid('field.ELECTION_ID') }).strict();
const teamSchema = z.object({ teamId: z.string().uuid('field.TEAM_ID') }).strict();

export const electionRouter = {
  list: can('election.read')
    .input(electionPageSchema.optional())
    .query(({ ctx, input }) => listElections(ctx.db, ctx.scope, ctx.now, electionPageSchema.parse(input ?? {}))),
  get: can('election.read')
    .input(idSchema)
    .query(({ ctx, input }) => readElection(ctx.db, ctx.scope, ctx.now, input.id)),
  record: can('election.record')
    .input(electionRecordInputSchema)
    .mutation(({ ctx, input }) => recordElection(ctx, input)),
  recognise: can('election.recognise')
    .input(recognitionInputSchema)
    .mutation(({ ctx, input }) => recogniseElection(ctx, input)),
  leaderList: can('election.read')
    .input(teamSchema)
    .query(({ ctx, input }) => listLeaderElections(ctx.db, ctx.scope, ctx.now, input.teamId)),
  leaderRecord: can('election.record')
    .input(leaderElectionInputSchema)
    .mutation(({ ctx, input }) => recordLeaderElection(ctx, input)),
  leaderRecognise: can('election.recognise')
    .input(recognitionInputSchema)
    .mutation(({ ctx, input }) => recogniseLeaderElection(ctx, input)),
};
