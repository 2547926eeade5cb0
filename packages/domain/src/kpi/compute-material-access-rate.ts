/** Share of mediators who access (and use) the ministry's material set — Decision 315/QĐ-TTg (100%). */
import { z } from 'zod';
import { parseInput } from '../budget/input.ts';
import { countSchema, evaluateRate, type IndicatorResult } from './indicator-result.ts';
import { decision315Targets } from './targets.ts';

export const materialAccessCountsSchema = z
  .object({ mediators: countSchema, mediatorsWithAccess: countSchema })
  .strict();
export type MaterialAccessCounts = z.infer<typeof materialAccessCountsSchema>;

/**
 * mediatorsWithAccess ÷ mediators against 100% — Decision 315/QĐ-TTg ("tiếp cận, sử dụng"). Which count to pass
 * (access only, or access and recorded use — capacity's summarizeMaterialAccess gives both) is the caller's choice;
 * evaluateDecision315Kpis defaults to access and use.
 */
export function computeMaterialAccessRate(counts: MaterialAccessCounts): IndicatorResult {
  const c = parseInput(materialAccessCountsSchema, counts);
  return evaluateRate(decision315Targets.mediators_with_material_access, c.mediatorsWithAccess, c.mediators, {
    part: 'mediatorsWithAccess',
    total: 'mediators',
  });
}
