import { describe, expect, it } from 'vitest';
import { expandPlan } from './expand-plan.ts';
import { poToPlan } from './plans/po-to.ts';
import { workItemOccurrenceSchema } from './work-item.ts';

const all = expandPlan(poToPlan, { fromYear: 2025, toYear: 2030 });
const of = (code: string, part: string | null = null) => all.filter((o) => o.taskCode === code && o.partKey === part);

describe('expandPlan — section II timings of the Pờ Tó plan', () => {
  it('gives a yearly task one item per plan year, due 31/12', () => {
    expect(of('1').map((o) => o.dueDate)).toEqual([
      '2025-12-31',
      '2026-12-31',
      '2027-12-31',
      '2028-12-31',
      '2029-12-31',
      '2030-12-31',
    ]);
    expect(of('1').every((o) => o.kind === 'scheduled')).toBe(true);
  });
  it('gives a year range (2.1, 2.2: 2027–2030) only its years', () => {
    expect(of('2.2').map((o) => o.year)).toEqual([2027, 2028, 2029, 2030]);
    expect(of('2.1').map((o) => o.year)).toEqual([2027, 2028, 2029, 2030]);
  });
  it('gives on-demand (4a) and higher-plan (7b) tasks one undated placeholder', () => {
    expect(of('4a')).toEqual([{ taskCode: '4a', partKey: null, year: null, dueDate: null, kind: 'awaiting_request' }]);
    expect(of('7b')).toEqual([
      { taskCode: '7b', partKey: null, year: null, dueDate: null, kind: 'awaiting_higher_plan' },
    ]);
  });
  it('expands each part of 8a: yearly inspection, interim review awaiting, final review 2030 only', () => {
    expect(of('8a')).toEqual([]);
    expect(of('8a', 'inspection_survey')).toHaveLength(6);
    expect(of('8a', 'interim_review')).toEqual([
      { taskCode: '8a', partKey: 'interim_review', year: null, dueDate: null, kind: 'awaiting_higher_plan' },
    ]);
    expect(of('8a', 'final_review')).toEqual([
      { taskCode: '8a', partKey: 'final_review', year: 2030, dueDate: '2030-12-31', kind: 'scheduled' },
    ]);
  });
  it('counts: 11 yearly tasks × 6 + 8a inspection × 6 + 2 × 4 + 1 final + 3 placeholders', () => {
    expect(all).toHaveLength(11 * 6 + 6 + 8 + 1 + 3);
    for (const o of all) expect(workItemOccurrenceSchema.safeParse(o).success).toBe(true);
  });
  it('keeps to the window and to the plan years', () => {
    const y2026 = expandPlan(poToPlan, { fromYear: 2026, toYear: 2026 });
    expect(new Set(y2026.map((o) => o.year))).toEqual(new Set([2026, null]));
    expect(y2026.filter((o) => o.taskCode === '2.2')).toEqual([]);
    expect(
      expandPlan(poToPlan, { fromYear: 2020, toYear: 2025 })
        .filter((o) => o.taskCode === '1')
        .map((o) => o.year),
    ).toEqual([2025]);
    expect(expandPlan(poToPlan, { fromYear: 2031, toYear: 2035 })).toEqual([]);
    expect(
      expandPlan(poToPlan, { fromYear: 2030, toYear: 2030 }).filter((o) => o.partKey === 'final_review'),
    ).toHaveLength(1);
  });
  it('takes the default due day as a parameter, clamped to the month end', () => {
    expect(of('1').length).toBe(6);
    const june = expandPlan(poToPlan, { fromYear: 2026, toYear: 2026, dueMonth: 11, dueDay: 30 });
    expect(june.find((o) => o.taskCode === '1')!.dueDate).toBe('2026-11-30');
    const feb = expandPlan(poToPlan, { fromYear: 2027, toYear: 2028, dueMonth: 2, dueDay: 29 }).filter(
      (o) => o.taskCode === '1',
    );
    expect(feb.map((o) => o.dueDate)).toEqual(['2027-02-28', '2028-02-29']);
  });
  it('refuses bad options and a bad plan', () => {
    for (const options of [
      { fromYear: 2027, toYear: 2026 },
      { fromYear: 2026, toYear: 2026, dueMonth: 4, dueDay: 31 },
      { fromYear: 2026.5, toYear: 2027 },
      { fromYear: 2026, toYear: 2027, dueMonth: 13 },
    ]) {
      expect(() => expandPlan(poToPlan, options)).toThrow(expect.objectContaining({ code: 'PLAN.INVALID_INPUT' }));
    }
    expect(() => expandPlan({ ...poToPlan, endYear: 2020 }, { fromYear: 2025, toYear: 2030 })).toThrow(
      expect.objectContaining({ code: 'PLAN.INVALID_YEARS' }),
    );
  });
});
