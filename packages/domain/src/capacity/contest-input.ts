/**
 * What the console sends for a good-mediator contest (Hội thi hòa giải viên giỏi — plan task 7b; issue 13, point 4):
 * the contest with its rules (thể lệ) — rubric criteria with their maximum scores, rounds, judges, the time a
 * performance may take and the penalty per started minute over it — its entries (teams, checked by
 * `checkContestTeam`), each judge's score sheet per entry and round, each performance's time, and the prizes.
 */
import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date.ts';
import { safeText } from '../text/safe-text.ts';
import { prizeRankSchema } from './contest.ts';

const uuid = (key: `field.${string}`) => z.string().uuid(key);
const name = (max: number) => safeText(max, { min: 2, tooShort: 'field.TOO_SHORT', tooLong: 'field.TOO_LONG' });
const count = (max: number) =>
  z
    .number({ message: 'field.INTEGER' })
    .int('field.INTEGER')
    .nonnegative('field.NOT_NEGATIVE')
    .max(max, 'field.NUMBER_TOO_BIG');

/** The level that organises the contest. */
export const contestLevels = ['commune', 'province', 'central'] as const;
export const contestLevelSchema = z.enum(contestLevels);
export type ContestLevel = z.infer<typeof contestLevelSchema>;

/** One rubric criterion: what the judges score and its maximum (e.g. "Kỹ năng hòa giải", 40). */
export const rubricCriterionSchema = z
  .object({ label: name(200), maxScore: count(1000).positive('field.TOO_SMALL') })
  .strict();
export type RubricCriterion = z.infer<typeof rubricCriterionSchema>;

/** A new contest; `clientKey` makes a retried submission return the first contest. */
export const contestCreateSchema = z
  .object({
    name: name(300),
    level: contestLevelSchema.default('commune'),
    startsOn: isoDateSchema,
    endsOn: isoDateSchema,
    rubric: z.array(rubricCriterionSchema).min(1, 'field.TOO_FEW').max(20, 'field.TOO_MANY'),
    rounds: z.array(name(120)).min(1, 'field.TOO_FEW').max(10, 'field.TOO_MANY'),
    judges: z.array(name(120)).min(1, 'field.TOO_FEW').max(15, 'field.TOO_MANY'),
    /** The time a performance may take, in minutes. */
    timeLimitMinutes: count(240).positive('field.TOO_SMALL'),
    /** Points taken off per started minute over the limit. */
    penaltyPerMinute: count(100),
    clientKey: uuid('field.CLIENT_KEY'),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.endsOn < c.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'field.DATES_ORDER' });
    for (const [key, list] of [
      ['judges', c.judges],
      ['rounds', c.rounds],
    ] as const)
      list.forEach((v, i) => {
        if (list.indexOf(v) !== i) ctx.addIssue({ code: 'custom', path: [key, i], message: 'field.DUPLICATE_NAME' });
      });
  });
export type ContestCreate = z.infer<typeof contestCreateSchema>;

/** An entry: a unit's team of mediators of the registry (helpers are typed names: they need not be mediators). */
export const contestEntryInputSchema = z
  .object({
    contestId: uuid('field.CONTEST_ID'),
    unitName: name(200),
    captainId: uuid('field.MEDIATOR_CHOOSE'),
    officialMemberIds: z.array(uuid('field.MEDIATOR_CHOOSE')).max(20, 'field.TOO_MANY'),
    reserveIds: z.array(uuid('field.MEDIATOR_CHOOSE')).max(20, 'field.TOO_MANY').default([]),
    helperNames: z.array(name(120)).max(50, 'field.TOO_MANY').default([]),
  })
  .strict();
export type ContestEntryInput = z.infer<typeof contestEntryInputSchema>;

/** One judge's sheet for one entry in one round: a score per rubric criterion, in the rubric's order. */
export const contestScoreInputSchema = z
  .object({
    entryId: uuid('field.ENTRY_ID'),
    round: count(9),
    judge: name(120),
    scores: z
      .array(
        z
          .number({ message: 'field.SCORE_NUMBER' })
          .nonnegative('field.NOT_NEGATIVE')
          .multipleOf(0.5, 'field.SCORE_HALF'),
      )
      .max(20, 'field.TOO_MANY'),
  })
  .strict();
export type ContestScoreInput = z.infer<typeof contestScoreInputSchema>;

/** The time one entry's performance took in one round, in seconds (the penalty follows from the contest's rule). */
export const contestTimingInputSchema = z
  .object({ entryId: uuid('field.ENTRY_ID'), round: count(9), seconds: count(24 * 3600) })
  .strict();
export type ContestTimingInput = z.infer<typeof contestTimingInputSchema>;

/** A prize awarded to an entry (team) — its cap is Circular 56/2023/TT-BTC Art. 3.13.d. */
export const contestPrizeInputSchema = z
  .object({
    entryId: uuid('field.ENTRY_ID'),
    rank: prizeRankSchema,
    amountVnd: count(1e12),
  })
  .strict();
export type ContestPrizeInput = z.infer<typeof contestPrizeInputSchema>;
