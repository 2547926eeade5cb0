import { describe, expect, it } from 'vitest';
import { deriveWorkItemStatus } from './derive-work-item-status.ts';
import type { WorkItemInput } from './work-item.ts';

const item: WorkItemInput = { taskCode: '3b', partKey: null, year: 2026, dueDate: '2026-12-31', kind: 'scheduled' };

describe('deriveWorkItemStatus', () => {
  it('is overdue only after the due day has ended (Civil Code 2015 Art. 148)', () => {
    expect(deriveWorkItemStatus(item, '2026-12-31')).toBe('not_started');
    expect(deriveWorkItemStatus(item, '2027-01-01')).toBe('overdue');
    expect(deriveWorkItemStatus({ ...item, status: 'in_progress', percentComplete: 40 }, '2027-01-01')).toBe('overdue');
  });
  it('keeps done and cancelled, whatever the date', () => {
    expect(deriveWorkItemStatus({ ...item, status: 'done' }, '2028-01-01')).toBe('done');
    expect(
      deriveWorkItemStatus({ ...item, status: 'cancelled', cancelReason: 'Không có yêu cầu trong năm' }, '2028-01-01'),
    ).toBe('cancelled');
  });
  it('never makes an undated placeholder overdue', () => {
    expect(
      deriveWorkItemStatus(
        { taskCode: '4a', partKey: null, year: null, dueDate: null, kind: 'awaiting_request' },
        '2030-12-31',
      ),
    ).toBe('not_started');
  });
  it('clears a stale overdue when the due date is moved later', () => {
    expect(deriveWorkItemStatus({ ...item, status: 'overdue' }, '2026-06-01')).toBe('not_started');
    expect(deriveWorkItemStatus({ ...item, status: 'overdue', percentComplete: 10 }, '2026-06-01')).toBe('in_progress');
    expect(deriveWorkItemStatus({ ...item, status: 'in_progress' }, '2026-06-01')).toBe('in_progress');
  });
  it('refuses a cancellation without reason, a reason without cancellation, and a bad today', () => {
    expect(() => deriveWorkItemStatus({ ...item, status: 'cancelled' }, '2026-06-01')).toThrow(
      expect.objectContaining({ code: 'PLAN.INVALID_INPUT' }),
    );
    expect(() => deriveWorkItemStatus({ ...item, cancelReason: 'Lý do' }, '2026-06-01')).toThrow(
      expect.objectContaining({ code: 'PLAN.INVALID_INPUT' }),
    );
    expect(() => deriveWorkItemStatus({ ...item, dueDate: null }, '2026-06-01')).toThrow(
      expect.objectContaining({ code: 'PLAN.INVALID_INPUT' }),
    );
    expect(() => deriveWorkItemStatus(item, '2026-13-01')).toThrow(
      expect.objectContaining({ code: 'CALENDAR.INVALID_DATE' }),
    );
  });
});
