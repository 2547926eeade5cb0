/**
 * The base salary (lương cơ sở) as a dated table (R-FUND-1): the funeral support of Circular 56/2023/TT-BTC
 * Art. 3.17.d is 5 months of it. The table is a parameter; pass a newer one when the Government changes the amount.
 */
import { z } from 'zod';
import { DomainError } from '../errors/domain-error.ts';
import { isoDateSchema, parseInput, vndSchema } from './input.ts';

/** One amount of the base salary from a date, with the decree that set it and how sure we are of it. */
export const baseSalaryEntrySchema = z
  .object({
    from: isoDateSchema,
    monthlyVnd: vndSchema.positive(),
    decree: z.string().min(3),
    verified: z.boolean(),
  })
  .strict();
export type BaseSalaryEntry = z.infer<typeof baseSalaryEntrySchema>;

/** A base-salary table; entries in any order. */
export const baseSalaryScheduleSchema = z.array(baseSalaryEntrySchema).min(1);

/**
 * Default table. 2,340,000 from 01/07/2024 — Nghị định 73/2024/NĐ-CP (verified). 2,530,000 from 01/07/2026 —
 * Nghị định 161/2026/NĐ-CP per a secondary digest (❓ unverified: `verified: false`; drop it by passing your own table).
 */
export const defaultBaseSalarySchedule: readonly BaseSalaryEntry[] = [
  { from: '2024-07-01', monthlyVnd: 2_340_000, decree: 'Nghị định 73/2024/NĐ-CP', verified: true },
  { from: '2026-07-01', monthlyVnd: 2_530_000, decree: 'Nghị định 161/2026/NĐ-CP', verified: false },
];

/** The base-salary entry in force on `date` (the latest entry whose `from` ≤ date) — R-FUND-1. */
export function baseSalaryOn(
  date: string,
  schedule: readonly BaseSalaryEntry[] = defaultBaseSalarySchedule,
): BaseSalaryEntry {
  const day = parseInput(isoDateSchema, date);
  const table = parseInput(baseSalaryScheduleSchema, schedule);
  const inForce = table.filter((e) => e.from <= day).sort((a, b) => (a.from < b.from ? 1 : -1))[0];
  if (!inForce) throw new DomainError('BUDGET.NO_BASE_SALARY', { date: day });
  return inForce;
}
