import { describe, expect, it } from 'vitest';
import {
  evidenceLinkInputSchema,
  normalizeWorkItemChange,
  reopenYearInputSchema,
  workItemUpdateInputSchema,
} from './work-item-input.ts';

const id = '3f1c2a8e-8b7a-4c1e-9f2d-1a2b3c4d5e6f';

describe('work item inputs', () => {
  it('accept a valid change and refuse progress outside 0–100, unknown fields and a bad date', () => {
    expect(workItemUpdateInputSchema.safeParse({ id, version: 1, status: 'in_progress', progress: 50 }).success).toBe(
      true,
    );
    expect(workItemUpdateInputSchema.safeParse({ id, version: 1, progress: 101 }).success).toBe(false);
    expect(workItemUpdateInputSchema.safeParse({ id, version: 1, owner: 'x' }).success).toBe(false);
    expect(workItemUpdateInputSchema.safeParse({ id, version: 1, dueDate: '2026-02-30' }).success).toBe(false);
    expect(workItemUpdateInputSchema.safeParse({ id, version: 1, status: 'overdue' }).success).toBe(false);
  });
  it('takes only in-product paths and https addresses as evidence links', () => {
    expect(evidenceLinkInputSchema.safeParse({ id, label: 'Biên bản', url: '/plan' }).success).toBe(true);
    expect(
      evidenceLinkInputSchema.safeParse({ id, label: 'Biên bản', url: 'https://potogialai.gov.vn/a' }).success,
    ).toBe(true);
    expect(evidenceLinkInputSchema.safeParse({ id, label: 'Biên bản', url: 'javascript:alert(1)' }).success).toBe(
      false,
    );
    expect(evidenceLinkInputSchema.safeParse({ id, label: 'Biên bản', url: '//evil.test' }).success).toBe(false);
  });
  it('needs a reason to reopen a signed year', () => {
    expect(reopenYearInputSchema.safeParse({ year: 2026, reason: '' }).success).toBe(false);
  });
  it('sets progress from a done or not-started status', () => {
    expect(normalizeWorkItemChange({ status: 'done', progress: 30 })).toEqual({ status: 'done', progress: 100 });
    expect(normalizeWorkItemChange({ status: 'not_started' })).toEqual({ status: 'not_started', progress: 0 });
    expect(normalizeWorkItemChange({ progress: 30 })).toEqual({ progress: 30 });
  });
  it('restores a cancelled item only with a new status, clearing its reason', () => {
    expect(normalizeWorkItemChange({ status: 'in_progress', progress: 10 }, 'cancelled')).toEqual({
      status: 'in_progress',
      progress: 10,
      cancelReason: null,
    });
    expect(() => normalizeWorkItemChange({ progress: 10 }, 'cancelled')).toThrow(
      expect.objectContaining({ code: 'WORK_ITEM.CANCELLED' }),
    );
  });
});
