/**
 * The percentage a work item shows: done means 100 % whatever was last typed (the roll-up counts a done item so),
 * otherwise the stored percentage.
 */
import type { WorkItemStatus } from './work-item.ts';

/** 100 for a done item, else its own percentage. */
export function shownProgress(item: { status: WorkItemStatus; progress: number }): number {
  return item.status === 'done' ? 100 : item.progress;
}
