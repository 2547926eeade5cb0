/**
 * Checks an amount against its cap (R-FUND-2): the provincial amount where the province has set one, otherwise the
 * maximum of Circular 56/2023/TT-BTC Art. 3 (Art. 5.1). Caps are per unit (per case, per team and month, per prize…).
 */
import { z } from 'zod';
import { DomainError } from '../errors/domain-error.ts';
import {
  baseSalaryOn,
  baseSalaryScheduleSchema,
  defaultBaseSalarySchedule,
  type BaseSalaryEntry,
} from './base-salary.ts';
import { isoDateSchema, parseInput, vndSchema } from './input.ts';
import { provincialNormsInForce, provincialNormsSchema } from './provincial-norms.ts';
import { spendingNormIdSchema, spendingNorms, type SpendingNormId } from './spending-norms.ts';

/** One amount to check: the norm, the amount per unit, how many units, and the day it is incurred. */
export const spendingAmountSchema = z
  .object({
    norm: spendingNormIdSchema,
    unitAmountVnd: vndSchema,
    quantity: z.number().int().positive().default(1),
    /** Needed for norms counted in base salaries (funeral support); also picks the provincial resolution in force. */
    date: isoDateSchema.optional(),
  })
  .strict();
export type SpendingAmount = z.input<typeof spendingAmountSchema>;

/** Where the caps come from: provincial amounts (optional) and the base-salary table. */
export const capOptionsSchema = z
  .object({
    provincialNorms: provincialNormsSchema.nullable().default(null),
    /** The province's resolutions over time: the one in force on the amount's day applies (overrides `provincialNorms`). */
    provincialNormsHistory: z.array(provincialNormsSchema).default([]),
    baseSalarySchedule: baseSalaryScheduleSchema.default([...defaultBaseSalarySchedule]),
  })
  .strict();
export type CapOptions = z.input<typeof capOptionsSchema>;

/** The outcome of a cap check. `provinceAboveNational` flags a provincial amount above the circular's maximum. */
export type CapCheck = {
  norm: SpendingNormId;
  unitAmountVnd: number;
  quantity: number;
  totalVnd: number;
  capVnd: number;
  capSource: 'province' | 'circular_56';
  capReference: string;
  withinCap: boolean;
  excessPerUnitVnd: number;
  provinceAboveNational: boolean;
  baseSalary: BaseSalaryEntry | null;
};

/** The cap of a norm under Circular 56/2023/TT-BTC Art. 3 (and 5.1 for provincial amounts); throws on bad input. */
export function checkSpendingCap(amount: SpendingAmount, options: CapOptions = {}): CapCheck {
  const a = parseInput(spendingAmountSchema, amount);
  const o = parseInput(capOptionsSchema, options);
  const norm = spendingNorms[a.norm];
  let nationalCap: number;
  let baseSalary: BaseSalaryEntry | null = null;
  if (norm.cap.kind === 'vnd') {
    nationalCap = norm.cap.amount;
  } else {
    if (!a.date) throw new DomainError('BUDGET.DATE_REQUIRED', { norm: a.norm });
    baseSalary = baseSalaryOn(a.date, o.baseSalarySchedule);
    nationalCap = norm.cap.months * baseSalary.monthlyVnd;
  }
  const province = provincialNormsInForce(o.provincialNormsHistory, a.date) ?? o.provincialNorms;
  const provincialCap =
    province !== null && (!a.date || province.effectiveFrom <= a.date) ? province.caps[a.norm] : undefined;
  const capVnd = provincialCap ?? nationalCap;
  const capReference =
    provincialCap !== undefined && province ? province.resolution : `Thông tư 56/2023/TT-BTC Art. 3.${norm.point}`;
  return {
    norm: a.norm,
    unitAmountVnd: a.unitAmountVnd,
    quantity: a.quantity,
    totalVnd: a.unitAmountVnd * a.quantity,
    capVnd,
    capSource: provincialCap === undefined ? 'circular_56' : 'province',
    capReference,
    withinCap: a.unitAmountVnd <= capVnd,
    excessPerUnitVnd: Math.max(0, a.unitAmountVnd - capVnd),
    provinceAboveNational: provincialCap !== undefined && provincialCap > nationalCap,
    baseSalary,
  };
}

/** Like checkSpendingCap, but throws `BUDGET.OVER_CAP` when the amount per unit is above its cap. */
export function assertWithinSpendingCap(amount: SpendingAmount, options: CapOptions = {}): CapCheck {
  const check = checkSpendingCap(amount, options);
  if (!check.withinCap) {
    throw new DomainError('BUDGET.OVER_CAP', {
      field: 'unitAmountVnd',
      amount: check.unitAmountVnd,
      cap: check.capVnd,
      unit: spendingNorms[check.norm].unitVi,
      source: check.capReference,
    });
  }
  return check;
}
