import { describe, expect, it } from 'vitest';
import { parsePlan } from './parse-plan.ts';
import type { Plan } from './plan.ts';
import { poToPlan } from './plans/po-to.ts';

const withTask = (change: (plan: Plan) => void): Plan => {
  const copy = structuredClone(poToPlan);
  change(copy);
  return copy;
};

describe('parsePlan', () => {
  it('accepts the Pờ Tó plan and fills default weights', () => {
    expect(parsePlan(poToPlan).groups).toHaveLength(8);
    const { weight: _w, ...noWeight } = poToPlan.groups[0]!;
    expect(parsePlan({ ...poToPlan, groups: [noWeight, ...poToPlan.groups.slice(1)] }).groups[0]!.weight).toBe(1);
  });
  it('refuses a bad shape, reversed years, duplicate codes and years outside the plan', () => {
    expect(() => parsePlan({ ...poToPlan, communeCode: 'x' })).toThrow(
      expect.objectContaining({ code: 'PLAN.INVALID_INPUT' }),
    );
    expect(() => parsePlan({ ...poToPlan, startYear: 2031 })).toThrow(
      expect.objectContaining({ code: 'PLAN.INVALID_YEARS' }),
    );
    expect(() =>
      parsePlan(
        withTask((p) => {
          p.groups[2]!.tasks[1]!.code = '3a';
        }),
      ),
    ).toThrow(expect.objectContaining({ code: 'PLAN.DUPLICATE_CODE', params: { code: '3a' } }));
    expect(() =>
      parsePlan(
        withTask((p) => {
          p.groups[1]!.code = '1';
        }),
      ),
    ).toThrow(expect.objectContaining({ code: 'PLAN.DUPLICATE_CODE', params: { code: '1' } }));
    expect(() =>
      parsePlan(
        withTask((p) => {
          p.groups[1]!.tasks[1]!.timing = { kind: 'year_range', from: 2027, to: 2031 };
        }),
      ),
    ).toThrow(expect.objectContaining({ code: 'PLAN.TIMING_OUTSIDE_PLAN', params: { code: '2.2', year: 2031 } }));
    expect(() =>
      parsePlan(
        withTask((p) => {
          const t = p.groups[7]!.tasks[0]!;
          if (t.timing.kind === 'composite') t.timing.parts[1]!.key = 'inspection_survey';
        }),
      ),
    ).toThrow(expect.objectContaining({ code: 'PLAN.DUPLICATE_CODE' }));
  });
});
