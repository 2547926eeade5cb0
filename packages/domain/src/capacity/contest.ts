/**
 * The good-mediator contest (Hội thi hòa giải viên giỏi) — plan task 7b; Decision 315/QĐ-TTg task group on contests.
 * ❓ No ministry circular regulates it: each event's rules (thể lệ) decide. Defaults (`defaultContestRules`, 🟡 from
 * the 2016 MoJ and 2023 provincial rules): 3 official members incl. a captain, 0–2 reserves, up to 5 helpers who
 * may be non-mediators (they play parts in the sketch, not the mediator).
 */
import { z } from 'zod';
import { isoDateSchema } from '../budget/input.ts';

const idSchema = z.string().trim().min(1).max(64);

/** The team rules of one contest (its thể lệ). */
export const contestRulesSchema = z
  .object({
    officialMembers: z.number().int().positive().max(20),
    minReserves: z.number().int().nonnegative().max(20),
    maxReserves: z.number().int().nonnegative().max(20),
    maxHelpers: z.number().int().nonnegative().max(50),
  })
  .strict()
  .refine((r) => r.minReserves <= r.maxReserves, { message: 'field.RESERVES_ORDER' });
export type ContestRules = z.infer<typeof contestRulesSchema>;

/** Defaults of R-CONTEST-1 (typical rules, 🟡): 3 official members, up to 2 reserves, up to 5 helpers. */
export const defaultContestRules: ContestRules = { officialMembers: 3, minReserves: 0, maxReserves: 2, maxHelpers: 5 };

/** A unit's team: the captain is one of the official members; reserves must also be mediators; helpers need not be. */
export const contestTeamSchema = z
  .object({
    unitName: z.string().trim().min(2).max(200),
    captainId: idSchema,
    officialMemberIds: z.array(idSchema),
    reserveIds: z.array(idSchema).default([]),
    helperIds: z.array(idSchema).default([]),
  })
  .strict();
export type ContestTeam = z.input<typeof contestTeamSchema>;

/** What the contest check needs to know of a mediator: recognition and termination dates (Law 35/2013 Art. 8, 11). */
export const mediatorStatusSchema = z
  .object({
    id: idSchema,
    recognisedOn: isoDateSchema.nullable(),
    terminatedOn: isoDateSchema.nullable().default(null),
  })
  .strict();
export type MediatorStatus = z.input<typeof mediatorStatusSchema>;

/** Prize ranks of Circular 56/2023/TT-BTC Art. 3.13.d. */
export const prizeRankSchema = z.enum(['first', 'second', 'third', 'consolation', 'other']);
export type PrizeRank = z.infer<typeof prizeRankSchema>;
