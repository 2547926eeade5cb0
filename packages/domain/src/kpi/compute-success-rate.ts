/**
 * Mediation success rate (tỷ lệ hòa giải thành), under BOTH definitions in use (R-STAT-2), labelled:
 * - `of_received`: successful ÷ cases received (what ministry and provincial reports usually print, e.g. Quảng Nam
 *   631/852 = 74.06%; open cases lower it);
 * - `of_concluded`: successful ÷ (successful + unsuccessful), cases mediated to an end (Law 35/2013 Art. 23–24, 27).
 * ❓ Decision 315/QĐ-TTg does not say which one its 85% target (> 90% in central pilot communes) uses: the KPI's
 * definition is a parameter, default `of_received` (the stricter, and the one the statistics print).
 */
import { z } from 'zod';
import { DomainError } from '../errors/domain-error.ts';
import { parseInput } from '../budget/input.ts';
import { countSchema, evaluateRate, type IndicatorResult } from './indicator-result.ts';
import { decision315Targets } from './targets.ts';

/** The two definitions, with their labels for screens and reports. */
export const successRateDefinitions = {
  of_received: {
    vi: 'Số vụ, việc hòa giải thành / tổng số vụ, việc tiếp nhận',
    en: 'Successful cases ÷ cases received',
  },
  of_concluded: {
    vi: 'Số vụ, việc hòa giải thành / số vụ, việc đã hòa giải xong (thành + không thành)',
    en: 'Successful cases ÷ cases mediated to an end (successful + unsuccessful)',
  },
} as const;
export const successRateDefinitionSchema = z.enum(['of_received', 'of_concluded']);
export type SuccessRateDefinition = z.infer<typeof successRateDefinitionSchema>;

/** Case counts of a period: `unsuccessful` = ended without agreement (party stopped it, or the mediator ended it). */
export const caseCountsSchema = z
  .object({ received: countSchema, successful: countSchema, unsuccessful: countSchema })
  .strict();
export type CaseCounts = z.infer<typeof caseCountsSchema>;

export const successRateOptionsSchema = z
  .object({
    definition: successRateDefinitionSchema.default('of_received'),
    /** Central pilot communes (điểm chỉ đạo của Trung ương) have the > 90% target instead of ≥ 85%. */
    centralPilotCommune: z.boolean().default(false),
  })
  .strict();
export type SuccessRateOptions = z.input<typeof successRateOptionsSchema>;

export type SuccessRate = {
  ofReceived: IndicatorResult;
  ofConcluded: IndicatorResult;
  kpiDefinition: SuccessRateDefinition;
  kpi: IndicatorResult;
};

/** Both success rates against the Decision 315/QĐ-TTg target, and which one is the KPI — R-STAT-2. */
export function computeSuccessRate(counts: CaseCounts, options: SuccessRateOptions = {}): SuccessRate {
  const c = parseInput(caseCountsSchema, counts);
  const o = parseInput(successRateOptionsSchema, options);
  const concluded = c.successful + c.unsuccessful;
  if (concluded > c.received)
    throw new DomainError('KPI.PART_EXCEEDS_TOTAL', {
      part: 'successful + unsuccessful',
      value: concluded,
      total: 'received',
      max: c.received,
    });
  const target = o.centralPilotCommune ? decision315Targets.success_rate_pilot : decision315Targets.success_rate;
  const ofReceived = evaluateRate(target, c.successful, c.received, { part: 'successful', total: 'received' });
  const ofConcluded = evaluateRate(target, c.successful, concluded, {
    part: 'successful',
    total: 'successful + unsuccessful',
  });
  return {
    ofReceived,
    ofConcluded,
    kpiDefinition: o.definition,
    kpi: o.definition === 'of_received' ? ofReceived : ofConcluded,
  };
}
