/**
 * The result of a rate indicator against its Decision 315/QĐ-TTg target: the counts, the rate, and met / not met /
 * no data (a zero denominator never divides). Comparison is exact on integers (`part × 100 ≥ threshold × total`),
 * so 85 of 100 meets an 85% target with no rounding error.
 */
import { z } from 'zod';
import { DomainError } from '../errors/domain-error.ts';
import { parseInput } from '../budget/input.ts';
import type { RateTarget } from './targets.ts';

/** A count: a whole number ≥ 0. */
export const countSchema = z.number().int().nonnegative().max(1e9);

export type IndicatorStatus = 'met' | 'not_met' | 'no_data';

export type IndicatorResult = {
  targetId: string;
  numerator: number;
  denominator: number;
  /** numerator ÷ denominator (0–1), null when the denominator is 0. */
  rate: number | null;
  /** The rate in percent, rounded to 2 decimals, for display only. */
  percent: number | null;
  comparator: 'gte' | 'gt';
  thresholdPercent: number;
  status: IndicatorStatus;
  met: boolean;
};

/** Evaluates `part` of `total` against a rate target; throws KPI.PART_EXCEEDS_TOTAL when part > total. */
export function evaluateRate(
  target: Pick<RateTarget, 'id' | 'comparator' | 'thresholdPercent'>,
  part: number,
  total: number,
  names: { part: string; total: string },
): IndicatorResult {
  const numerator = parseInput(countSchema, part);
  const denominator = parseInput(countSchema, total);
  if (numerator > denominator)
    throw new DomainError('KPI.PART_EXCEEDS_TOTAL', {
      part: names.part,
      value: numerator,
      total: names.total,
      max: denominator,
    });
  const base = {
    targetId: target.id,
    numerator,
    denominator,
    comparator: target.comparator,
    thresholdPercent: target.thresholdPercent,
  };
  if (denominator === 0) return { ...base, rate: null, percent: null, status: 'no_data', met: false };
  const lhs = numerator * 100;
  const rhs = target.thresholdPercent * denominator;
  const met = target.comparator === 'gte' ? lhs >= rhs : lhs > rhs;
  const rate = numerator / denominator;
  return { ...base, rate, percent: Math.round(rate * 10_000) / 100, status: met ? 'met' : 'not_met', met };
}
