/**
 * Progress views of the plan: the rolled-up tree, the years × tasks timeline, sign-offs and the chairman's year
 * records, and the public page. Each procedure parses, declares its permission and calls one use-case of this folder.
 */
import { reopenYearInputSchema, signoffInputSchema, todayInVietnam, yearOf, yearRecordInputSchema } from '@hgcs/domain';
import { z } from 'zod';
import { can, kioskProcedure } from '../procedures.ts';
import { unfinishedInYear } from '../work-item/list-by-agency.ts';
import { listYearRecords } from './list-year-records.ts';
import { listYears } from './list-years.ts';
import { readProgressTree } from './read-progress-tree.ts';
import { readPublicProgress } from './read-public-progress.ts';
import { readTimeline } from './read-timeline.ts';
import { reopenYear } from './reopen-year.ts';
import { saveYearRecord } from './save-year-record.ts';
import { signYear } from './sign-year.ts';

const yearInput = z.object({ year: z.number().int().min(2024).max(2035).optional() }).strict();
const publicInput = z
  .object({
    commune: z.string().regex(/^\d{5}$/, 'Mã xã gồm 5 chữ số'),
    year: z.number().int().min(2024).max(2035).optional(),
  })
  .strict();

export const progressRouter = {
  /** The plan tree with progress rolled up per task, group and plan, for one year or all years (one round of queries). */
  tree: can('plan.read')
    .input(yearInput)
    .query(({ ctx, input }) => readProgressTree(ctx, todayInVietnam(ctx.now), input.year)),

  /** Every year of the plan with its progress, item counts, sign-off, reopenings and `canSign` — the sign-off page, in one round of queries. */
  years: can('plan.read').query(({ ctx }) => listYears(ctx, todayInVietnam(ctx.now))),

  /** Years × tasks: for each task and year, how many items are due, done, late or cancelled. */
  timeline: can('plan.read').query(({ ctx }) => readTimeline(ctx, todayInVietnam(ctx.now))),

  /** What is unfinished in a year, per lead agency (overdue first): the chairman reads it before signing the year off. */
  unfinished: can('plan.signoff')
    .input(signoffInputSchema)
    .query(({ ctx, input }) => unfinishedInYear(ctx, todayInVietnam(ctx.now), input.year)),

  /** The chairman's record of every year written so far: the year plan's issuing date, difficulties, next steps, proposals. */
  yearRecords: can('plan.signoff').query(({ ctx }) => listYearRecords(ctx)),

  /** Saves the chairman's record of a year whole (the year's report prints it; the year plan is dated by it). */
  saveYearRecord: can('plan.signoff')
    .input(yearRecordInputSchema)
    .mutation(({ ctx, input }) => saveYearRecord(ctx, input)),

  /** The chairman signs off a year that has begun: its items lock. */
  signYear: can('plan.signoff')
    .input(signoffInputSchema)
    .mutation(({ ctx, input }) => signYear(ctx, input.year, todayInVietnam(ctx.now))),

  /** The chairman reopens a signed year, with a reason (kept in year_reopenings; the audit row keeps its id). */
  reopenYear: can('plan.signoff')
    .input(reopenYearInputSchema)
    .mutation(({ ctx, input }) => reopenYear(ctx, input)),

  /** For citizens: each group's progress this year (default) and what was done — no names, notes or personal data. */
  public: kioskProcedure.input(publicInput).query(({ ctx, input }) => {
    const today = todayInVietnam(ctx.now);
    return readPublicProgress(ctx.db, Number(input.commune), input.year ?? yearOf(today), today);
  }),
};
