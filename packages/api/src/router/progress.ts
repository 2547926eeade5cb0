/** Progress views of the plan: the rolled-up tree, the years × tasks timeline, sign-offs, and the public page. */
import { getYearRecord, insertSignoff, listReopenings, listWorkItems, listSignoffs, listYearRecords, lockPlanYear, reopenSignedYear, saveYearRecord, withAudit, type Db } from '@hgcs/db';
import { DomainError, kioskScope, reopenYearInputSchema, signoffInputSchema, yearRecordInputSchema, type CommuneLevelScope } from '@hgcs/domain';
import { actorIn } from '../context.ts';
import { z } from 'zod';
import { can, kioskProcedure } from '../procedures.ts';
import { unfinishedInYear } from '../work-items/by-agency.ts';
import { planProgress, progressByYear, progressOf } from '../work-items/progress.ts';
import { communeDataCacheFor } from '../cache/commune-data-cache.ts';
import { readPlanTree } from '../cache/commune-reference.ts';
import { readProgress } from '../cache/commune-progress.ts';
import { planTimeline } from '../work-items/timeline.ts';
import { todayInVietnam } from '../work-items/today.ts';

const yearInput = z.object({ year: z.number().int().min(2024).max(2035).optional() }).strict();
const publicInput = z.object({ commune: z.string().regex(/^\d{5}$/, 'Mã xã gồm 5 chữ số'), year: z.number().int().min(2024).max(2035).optional() }).strict();

export const progressRouter = {
  /** The plan tree with progress rolled up per task, group and plan, for one year or all years (one round of queries). */
  tree: can('plan.read').input(yearInput).query(async ({ ctx, input }) => {
    const today = todayInVietnam(ctx.now);
    const answer = await readProgress(ctx.db, ctx.scope, `tree:${input.year ?? 'all'}:${today}`, async () => {
      const tree = await readPlanTree(ctx.db, ctx.scope);
      if (!tree) return undefined;
      const [rows, decisions] = await Promise.all([listWorkItems(ctx.db, ctx.scope, { year: input.year }), yearDecisions(ctx.db, ctx.scope, tree.id)]);
      const result = progressOf(tree, rows, ctx.scope.communeId, today);
      return {
        year: input.year ?? null, progress: result.progress, counts: result.counts, groups: result.groups,
        years: Array.from({ length: tree.endYear - tree.startYear + 1 }, (_, i) => tree.startYear + i),
        ...decisions,
      };
    });
    if (!answer) throw new DomainError('RESOURCE.NOT_FOUND');
    return answer;
  }),

  /** Every year of the plan with its progress, item counts, sign-off and reopenings — the sign-off page, in one round of queries. */
  years: can('plan.read').query(async ({ ctx }) => {
    const today = todayInVietnam(ctx.now);
    const answer = await readProgress(ctx.db, ctx.scope, `years:${today}`, async () => {
      const tree = await readPlanTree(ctx.db, ctx.scope);
      if (!tree) return undefined;
      const [rows, { signoffs, reopenings }] = await Promise.all([listWorkItems(ctx.db, ctx.scope), yearDecisions(ctx.db, ctx.scope, tree.id)]);
      return progressByYear(tree, rows, ctx.scope.communeId, today).map((y) => ({
        year: y.year, progress: y.progress, counts: y.counts,
        signoff: signoffs.find((s) => s.year === y.year) ?? null, reopenings: reopenings.filter((r) => r.year === y.year),
      }));
    });
    if (!answer) throw new DomainError('RESOURCE.NOT_FOUND');
    return answer;
  }),

  /** Years × tasks: for each task and year, how many items are due, done, late or cancelled. */
  timeline: can('plan.read').query(async ({ ctx }) => {
    const today = todayInVietnam(ctx.now);
    const timeline = await readProgress(ctx.db, ctx.scope, `timeline:${today}`, () => planTimeline(ctx.db, ctx.scope, today));
    if (!timeline) throw new DomainError('RESOURCE.NOT_FOUND');
    return timeline;
  }),

  /** What is unfinished in a year, per lead agency (overdue first): the chairman reads it before signing the year off. */
  unfinished: can('plan.signoff').input(signoffInputSchema).query(({ ctx, input }) => unfinishedInYear(ctx, todayInVietnam(ctx.now), input.year)),

  /** The chairman's record of every year written so far: the year plan's issuing date, difficulties, next steps, proposals. */
  yearRecords: can('plan.signoff').query(async ({ ctx }) => {
    const tree = await readPlanTree(ctx.db, ctx.scope);
    if (!tree) throw new DomainError('RESOURCE.NOT_FOUND');
    const rows = await listYearRecords(ctx.db, ctx.scope, tree.id);
    return rows.map((r) => ({ year: r.year, planIssuedOn: r.planIssuedOn, difficulties: r.difficulties, nextSteps: r.nextSteps, proposals: r.proposals, updatedAt: r.updatedAt.toISOString() }));
  }),

  /** Saves the chairman's record of a year whole (the year's report prints it; the year plan is dated by it). */
  saveYearRecord: can('plan.signoff').input(yearRecordInputSchema).mutation(async ({ ctx, input }) => {
    const tree = await readPlanTree(ctx.db, ctx.scope);
    if (!tree) throw new DomainError('RESOURCE.NOT_FOUND');
    if (input.year < tree.startYear || input.year > tree.endYear) throw new DomainError('INPUT.INVALID', { detail: 'năm ngoài giai đoạn kế hoạch' });
    const { year, ...fields } = input;
    return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
      const before = await getYearRecord(tx, ctx.scope, tree.id, year);
      const id = await saveYearRecord(tx, ctx.scope, { planId: tree.id, year, updatedBy: ctx.user.userId, ...fields });
      const shape = (r: typeof fields) => ({ planIssuedOn: r.planIssuedOn, difficulties: r.difficulties, nextSteps: r.nextSteps, proposals: r.proposals });
      await audit({ action: 'plan.year_record', objectType: 'plan_year', objectId: `${tree.id}:${year}`, before: before && shape(before), after: { year, ...shape(fields) } });
      return { id, year };
    });
  }),

  /** The chairman signs off a year: its items lock. */
  signYear: can('plan.signoff').input(signoffInputSchema).mutation(async ({ ctx, input }) => {
    if (input.year > Number(todayInVietnam(ctx.now).slice(0, 4))) throw new DomainError('SIGNOFF.FUTURE_YEAR', { year: input.year });
    const tree = await readPlanTree(ctx.db, ctx.scope);
    if (!tree) throw new DomainError('RESOURCE.NOT_FOUND');
    return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
      await lockPlanYear(tx, ctx.scope.communeId, tree.id, input.year, 'exclusive');
      if (!(await insertSignoff(tx, { communeId: ctx.scope.communeId, planId: tree.id, year: input.year, signedBy: ctx.user.userId }))) throw new DomainError('SIGNOFF.ALREADY', { year: input.year });
      await audit({ action: 'plan.sign_year', objectType: 'plan_year', objectId: `${tree.id}:${input.year}`, after: { year: input.year } });
      return { year: input.year };
    });
  }),

  /** The chairman reopens a signed year, with a reason (kept in year_reopenings; the audit row keeps its id). */
  reopenYear: can('plan.signoff').input(reopenYearInputSchema).mutation(async ({ ctx, input }) => {
    const tree = await readPlanTree(ctx.db, ctx.scope);
    if (!tree) throw new DomainError('RESOURCE.NOT_FOUND');
    return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
      await lockPlanYear(tx, ctx.scope.communeId, tree.id, input.year, 'exclusive');
      const reopeningId = await reopenSignedYear(tx, ctx.scope, { planId: tree.id, year: input.year, reason: input.reason, reopenedBy: ctx.user.userId });
      if (!reopeningId) throw new DomainError('SIGNOFF.NOT_SIGNED', { year: input.year });
      await audit({ action: 'plan.reopen_year', objectType: 'plan_year', objectId: `${tree.id}:${input.year}`, before: { signed: true }, after: { signed: false, reopeningId, reason: input.reason } });
      return { year: input.year };
    });
  }),

  /**
   * For citizens: each group's progress this year and what was done — no names, notes or personal data. Kept in
   * process per commune, year and day until a work item, sign-off or the plan of that commune changes (any process).
   */
  public: kioskProcedure.input(publicInput).query(async ({ ctx, input }) => {
    const today = todayInVietnam(ctx.now);
    const year = input.year ?? Number(today.slice(0, 4));
    const communeId = Number(input.commune);
    const figures = await communeDataCacheFor(ctx.db).get(communeId, `public:${year}:${today}`, 'progress', () => publicFigures(ctx.db, kioskScope(communeId), year, today));
    if (!figures) throw new DomainError('RESOURCE.NOT_FOUND');
    return figures;
  }),
};

/** The public figures of a commune's year, or undefined when the commune has no plan. */
async function publicFigures(db: Db, scope: CommuneLevelScope, year: number, today: string) {
  const result = await planProgress(db, scope, today, year);
  if (!result) return undefined;
  return {
    year, progress: result.progress, counts: { total: result.counts.total - result.counts.cancelled, done: result.counts.done },
    groups: result.groups.map((g) => ({
      code: g.code, progress: g.progress,
      /** Items of the year in this group, cancelled ones left out (as in the progress). */
      total: result.rows.filter((r) => r.groupCode === g.code && r.status !== 'cancelled').length,
      done: result.rows.filter((r) => r.groupCode === g.code && r.status === 'done').map((r) => ({ taskCode: r.taskCode, content: r.taskContent, dueDate: r.dueDate })),
    })),
  };
}

/** The plan's sign-offs and reopenings, for screens. */
async function yearDecisions(db: Db, scope: CommuneLevelScope, planId: string) {
  const [signoffs, reopenings] = await Promise.all([listSignoffs(db, scope, planId), listReopenings(db, scope, planId)]);
  return {
    signoffs: signoffs.map((s) => ({ year: s.year, signedBy: s.signedBy, signedAt: s.signedAt.toISOString() })),
    reopenings: reopenings.map((r) => ({ year: r.year, reason: r.reason, reopenedBy: r.reopenedBy, reopenedAt: r.reopenedAt.toISOString() })),
  };
}
