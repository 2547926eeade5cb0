import { describe, expect, it } from 'vitest';
import { isUnfinished } from './is-unfinished.ts';

describe('isUnfinished', () => {
  it('is true for an item not started, in progress or overdue', () => {
    expect(['not_started', 'in_progress', 'overdue'].map((s) => isUnfinished(s as 'overdue'))).toEqual([
      true,
      true,
      true,
    ]);
  });
  it('is false for a done or a cancelled item', () => {
    expect([isUnfinished('done'), isUnfinished('cancelled')]).toEqual([false, false]);
  });
});
