/**
 * Weighted progress of a plan (0–100): work items → task (plain mean) → group (mean weighted by task `weight`) →
 * plan (mean weighted by group `weight`). Cancelled items leave the denominator, and so does a placeholder still
 * waiting for its request or higher plan; a task, group or plan with nothing left to count has progress `null`
 * and leaves its parent's denominator too. Tracking of the commune plan for Đề án 315 (Decision 315/QĐ-TTg).
 */
import { z } from 'zod';
import { DomainError } from '../errors/domain-error.ts';
import { parsePlan } from './parse-plan.ts';
import type { Plan } from './plan.ts';
import { workItemSchema, type WorkItem, type WorkItemInput } from './work-item.ts';

export type TaskProgress = {
  taskCode: string;
  progress: number | null;
  counted: number;
  done: number;
  excluded: number;
};
export type GroupProgress = { groupCode: string; progress: number | null; tasks: TaskProgress[] };
export type PlanProgress = { progress: number | null; groups: GroupProgress[] };

/** How much of an item is done, or null when it does not count. */
function itemValue(item: WorkItem): number | null {
  if (item.status === 'cancelled') return null;
  if (item.status === 'done') return 100;
  if (item.kind !== 'scheduled' && item.status === 'not_started') return null;
  if (item.status === 'not_started') return 0;
  return item.percentComplete ?? 0;
}

/** Mean of values by weight, or null when nothing counts. */
function weightedMean(entries: readonly { value: number | null; weight: number }[]): number | null {
  const counted = entries.filter((e): e is { value: number; weight: number } => e.value !== null);
  const total = counted.reduce((s, e) => s + e.weight, 0);
  return total === 0 ? null : Math.min(100, Math.max(0, counted.reduce((s, e) => s + e.value * e.weight, 0) / total));
}

/** Rolls work items up to tasks, groups and the plan (weights from the plan). */
export function rollUpProgress(plan: Plan, items: readonly WorkItemInput[]): PlanProgress {
  const checked = parsePlan(plan);
  const parsed = z.array(workItemSchema).safeParse(items);
  if (!parsed.success)
    throw new DomainError('PLAN.INVALID_INPUT', {
      detail: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    });
  const tasks = new Map(checked.groups.flatMap((g) => g.tasks.map((t) => [t.code, t] as const)));
  const byTask = new Map<string, WorkItem[]>();
  for (const item of parsed.data) {
    const task = tasks.get(item.taskCode);
    if (!task) throw new DomainError('PLAN.UNKNOWN_TASK', { taskCode: item.taskCode });
    const parts = task.timing.kind === 'composite' ? task.timing.parts.map((p) => p.key) : [];
    if (item.partKey === null ? parts.length > 0 : !parts.includes(item.partKey)) {
      throw new DomainError('PLAN.UNKNOWN_PART', { taskCode: item.taskCode, partKey: String(item.partKey) });
    }
    byTask.set(item.taskCode, [...(byTask.get(item.taskCode) ?? []), item]);
  }
  const groups = checked.groups.map((g): GroupProgress & { weight: number } => {
    const taskRows = g.tasks.map((t): TaskProgress & { weight: number } => {
      const own = byTask.get(t.code) ?? [];
      const counted = own.map(itemValue).filter((v): v is number => v !== null);
      return {
        taskCode: t.code,
        weight: t.weight,
        counted: counted.length,
        excluded: own.length - counted.length,
        done: own.filter((i) => i.status === 'done').length,
        progress: weightedMean(counted.map((value) => ({ value, weight: 1 }))),
      };
    });
    return {
      groupCode: g.code,
      weight: g.weight,
      progress: weightedMean(taskRows.map((t) => ({ value: t.progress, weight: t.weight }))),
      tasks: taskRows.map(({ weight: _w, ...t }) => t),
    };
  });
  return {
    progress: weightedMean(groups.map((g) => ({ value: g.progress, weight: g.weight }))),
    groups: groups.map(({ weight: _w, ...g }) => g),
  };
}
