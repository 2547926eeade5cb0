import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandPlan } from './expand-plan.ts';
import type { Plan } from './plan.ts';
import { poToPlan } from './plans/po-to.ts';
import { rollUpProgress } from './roll-up-progress.ts';
import type { WorkItemInput, WorkItemStatus } from './work-item.ts';

const occurrences = expandPlan(poToPlan, { fromYear: 2025, toYear: 2030 });
const scheduled = occurrences.filter((o) => o.kind === 'scheduled');
const task = (p: ReturnType<typeof rollUpProgress>, code: string) =>
  p.groups.flatMap((g) => g.tasks).find((t) => t.taskCode === code)!;
const group = (p: ReturnType<typeof rollUpProgress>, code: string) => p.groups.find((g) => g.groupCode === code)!;

const small: Plan = {
  ...poToPlan,
  groups: [
    {
      ...poToPlan.groups[2]!,
      weight: 3,
      tasks: [
        { ...poToPlan.groups[2]!.tasks[0]!, weight: 1 },
        { ...poToPlan.groups[2]!.tasks[1]!, weight: 3 },
      ],
    },
    { ...poToPlan.groups[0]!, weight: 1 },
  ],
};
const at = (code: string, year: number, extra: Partial<WorkItemInput> = {}): WorkItemInput => ({
  taskCode: code,
  partKey: null,
  year,
  dueDate: `${year}-12-31`,
  kind: 'scheduled',
  ...extra,
});

describe('rollUpProgress', () => {
  it('is 0 with nothing done and 100 with everything done', () => {
    expect(rollUpProgress(poToPlan, scheduled).progress).toBe(0);
    expect(
      rollUpProgress(
        poToPlan,
        scheduled.map((o) => ({ ...o, status: 'done' as const })),
      ).progress,
    ).toBe(100);
  });
  it('is null when nothing can be counted yet', () => {
    const empty = rollUpProgress(poToPlan, []);
    expect(empty.progress).toBeNull();
    expect(task(empty, '1')).toEqual({ taskCode: '1', progress: null, counted: 0, done: 0, excluded: 0 });
  });
  it('averages items into a task and weights tasks into a group and groups into the plan', () => {
    const items = [
      at('3a', 2025, { status: 'done' }),
      at('3a', 2026),
      at('3b', 2025, { status: 'in_progress', percentComplete: 20 }),
      at('1', 2025, { status: 'done' }),
    ];
    const p = rollUpProgress(small, items);
    expect(task(p, '3a')).toMatchObject({ progress: 50, counted: 2, done: 1 });
    expect(task(p, '3b').progress).toBe(20);
    expect(group(p, '3').progress).toBeCloseTo((50 * 1 + 20 * 3) / 4);
    expect(p.progress).toBeCloseTo((27.5 * 3 + 100 * 1) / 4);
  });
  it('leaves cancelled items and waiting placeholders out of the denominator', () => {
    const items = [
      at('3a', 2025, { status: 'done' }),
      at('3a', 2026, { status: 'cancelled', cancelReason: 'Đã gộp vào năm 2025' }),
    ];
    expect(task(rollUpProgress(small, items), '3a')).toMatchObject({ progress: 100, counted: 1, excluded: 1 });
    const placeholders = occurrences.filter((o) => o.kind !== 'scheduled');
    expect(rollUpProgress(poToPlan, [...placeholders, at('1', 2025, { status: 'done' })]).progress).toBe(100);
    const started = {
      ...placeholders.find((o) => o.taskCode === '4a')!,
      status: 'in_progress' as const,
      percentComplete: 50,
    };
    expect(task(rollUpProgress(poToPlan, [started]), '4a').progress).toBe(50);
  });
  it('counts an overdue item by its percentage and a not-started one as 0', () => {
    const p = rollUpProgress(small, [
      at('3a', 2025, { status: 'overdue', percentComplete: 30 }),
      at('3a', 2026, { status: 'not_started', percentComplete: 90 }),
      at('3b', 2025, { status: 'overdue' }),
    ]);
    expect(task(p, '3a').progress).toBe(15);
    expect(task(p, '3b').progress).toBe(0);
  });
  it('refuses unknown tasks, wrong parts and bad items', () => {
    expect(() => rollUpProgress(poToPlan, [at('9z', 2025)])).toThrow(
      expect.objectContaining({ code: 'PLAN.UNKNOWN_TASK' }),
    );
    expect(() => rollUpProgress(poToPlan, [at('8a', 2025)])).toThrow(
      expect.objectContaining({ code: 'PLAN.UNKNOWN_PART' }),
    );
    expect(() => rollUpProgress(poToPlan, [at('1', 2025, { partKey: 'final_review' })])).toThrow(
      expect.objectContaining({ code: 'PLAN.UNKNOWN_PART' }),
    );
    expect(() => rollUpProgress(poToPlan, [at('1', 2025, { status: 'cancelled' })])).toThrow(
      expect.objectContaining({ code: 'PLAN.INVALID_INPUT' }),
    );
    expect(() => rollUpProgress(poToPlan, [at('1', 2025, { percentComplete: 120 })])).toThrow(
      expect.objectContaining({ code: 'PLAN.INVALID_INPUT' }),
    );
  });

  describe('properties', () => {
    const statuses: WorkItemStatus[] = ['not_started', 'in_progress', 'done', 'overdue', 'cancelled'];
    const itemArb = fc
      .record({
        index: fc.nat({ max: scheduled.length - 1 }),
        status: fc.constantFrom(...statuses),
        percent: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
      })
      .map(({ index, status, percent }): WorkItemInput => ({
        ...scheduled[index]!,
        status,
        percentComplete: percent,
        cancelReason: status === 'cancelled' ? 'Hủy theo chỉ đạo' : null,
      }));
    const itemsArb = fc.array(itemArb, { maxLength: 60 });

    it('stays within 0..100 at every level', () => {
      fc.assert(
        fc.property(itemsArb, (items) => {
          const p = rollUpProgress(poToPlan, items);
          const values = [
            p.progress,
            ...p.groups.map((g) => g.progress),
            ...p.groups.flatMap((g) => g.tasks.map((t) => t.progress)),
          ];
          for (const v of values) if (v !== null) expect(v >= 0 && v <= 100).toBe(true);
        }),
      );
    });
    it('does not depend on the order of the items', () => {
      fc.assert(
        fc.property(itemsArb, (items) => {
          expect(rollUpProgress(poToPlan, [...items].reverse())).toEqual(rollUpProgress(poToPlan, items));
        }),
      );
    });
    it('is not changed by adding cancelled items', () => {
      fc.assert(
        fc.property(itemsArb, fc.nat({ max: scheduled.length - 1 }), (items, index) => {
          const cancelled: WorkItemInput = {
            ...scheduled[index]!,
            status: 'cancelled',
            cancelReason: 'Không thực hiện',
          };
          expect(rollUpProgress(poToPlan, [...items, cancelled]).progress).toBe(
            rollUpProgress(poToPlan, items).progress,
          );
        }),
      );
    });
    it('never goes down when one more counted item is marked done', () => {
      fc.assert(
        fc.property(itemsArb, fc.nat(), (items, pick) => {
          const open = items.map((it, i) => ({ it, i })).filter(({ it }) => it.status !== 'cancelled');
          fc.pre(open.length > 0);
          const { i } = open[pick % open.length]!;
          const after = items.map((it, j) => (j === i ? { ...it, status: 'done' as const } : it));
          expect(rollUpProgress(poToPlan, after).progress!).toBeGreaterThanOrEqual(
            rollUpProgress(poToPlan, items).progress! - 1e-9,
          );
        }),
      );
    });
    it('puts a group between its lowest and highest counted task', () => {
      fc.assert(
        fc.property(itemsArb, (items) => {
          for (const g of rollUpProgress(poToPlan, items).groups) {
            const counted = g.tasks.map((t) => t.progress).filter((v): v is number => v !== null);
            if (counted.length === 0) expect(g.progress).toBeNull();
            else
              expect(g.progress! >= Math.min(...counted) - 1e-9 && g.progress! <= Math.max(...counted) + 1e-9).toBe(
                true,
              );
          }
        }),
      );
    });
  });
});
