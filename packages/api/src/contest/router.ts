/**
 * Good-mediator contests (plan task 7b; issue 13, point 4): the contests of a year, one contest with its ranked
 * results, recording a contest, its entries (teams of recognised mediators), judges' sheets, performance times and
 * prizes.
 */
import { listContests } from '@hgcs/db';
import {
  contestCreateSchema,
  contestEntryInputSchema,
  contestPrizeInputSchema,
  contestScoreInputSchema,
  contestTimingInputSchema,
  trainingYearSchema,
} from '@hgcs/domain';
import { z } from 'zod';
import { can } from '../procedures.ts';
import { addEntry } from './add-entry.ts';
import { awardPrize } from './award-prize.ts';
import { createContest } from './create-contest.ts';
import { listAwardChoices } from './list-choices.ts';
import { readContest } from './get-contest.ts';
import { recordScore } from './record-score.ts';
import { recordTime } from './record-time.ts';

const idSchema = z.object({ id: z.string().uuid('field.CONTEST_ID') }).strict();

export const contestRouter = {
  list: can('contest.read')
    .input(trainingYearSchema)
    .query(({ ctx, input }) => listContests(ctx.db, ctx.scope, input.year)),
  get: can('contest.read')
    .input(idSchema)
    .query(({ ctx, input }) => readContest(ctx.db, ctx.scope, input.id)),
  /** The mediators an entry may name, with their recognition date (the console offers the recognised ones). */
  choices: can('contest.manage').query(({ ctx }) => listAwardChoices(ctx.db, ctx.scope)),
  create: can('contest.manage')
    .input(contestCreateSchema)
    .mutation(({ ctx, input }) => createContest(ctx, input)),
  addEntry: can('contest.manage')
    .input(contestEntryInputSchema)
    .mutation(({ ctx, input }) => addEntry(ctx, input)),
  recordScore: can('contest.manage')
    .input(contestScoreInputSchema)
    .mutation(({ ctx, input }) => recordScore(ctx, input)),
  recordTime: can('contest.manage')
    .input(contestTimingInputSchema)
    .mutation(({ ctx, input }) => recordTime(ctx, input)),
  awardPrize: can('contest.manage')
    .input(contestPrizeInputSchema)
    .mutation(({ ctx, input }) => awardPrize(ctx, input)),
};
