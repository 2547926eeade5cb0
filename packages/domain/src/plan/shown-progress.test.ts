import { describe, expect, it } from 'vitest';
import { shownProgress } from './shown-progress.ts';

describe('shownProgress', () => {
  it('is 100 for a done item, whatever was stored', () => {
    expect(shownProgress({ status: 'done', progress: 40 })).toBe(100);
  });
  it('is the stored percentage for an open, overdue or cancelled item', () => {
    expect(shownProgress({ status: 'in_progress', progress: 40 })).toBe(40);
    expect(shownProgress({ status: 'overdue', progress: 70 })).toBe(70);
    expect(shownProgress({ status: 'cancelled', progress: 10 })).toBe(10);
  });
});
