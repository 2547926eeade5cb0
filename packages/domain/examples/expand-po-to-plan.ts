/**
 * Example: expand xã Pờ Tó's plan for Đề án 315 into the work items of 2027 (plan/expand-plan.ts).
 * Yearly tasks give one item due 31/12/2027; "Năm 2027 - 2030" tasks start this year; "Khi có yêu cầu" and
 * "Theo Kế hoạch của …" give undated placeholders; "Tổng kết: Năm 2030" gives nothing in 2027.
 */
import { expandPlan, poToPlan, type WorkItemOccurrence } from '@hgcs/domain';

export function expandPoToPlanFor2027(): { scheduled: WorkItemOccurrence[]; placeholders: WorkItemOccurrence[] } {
  const items = expandPlan(poToPlan, { fromYear: 2027, toYear: 2027 });
  return {
    scheduled: items.filter((i) => i.kind === 'scheduled'),
    placeholders: items.filter((i) => i.kind !== 'scheduled'),
  };
}

// `node examples/dist/expand-po-to-plan.js` (from the installed package) prints the 2027 items as JSON.
if (import.meta.main) console.log(JSON.stringify(expandPoToPlanFor2027(), null, 2));
