import { describe, expect, it } from 'vitest';
import { scheduleWorkItem } from './schedule-work-item.ts';
import type { WorkItemOccurrence } from './work-item.ts';

const contest: WorkItemOccurrence = {
  taskCode: '7b',
  partKey: null,
  year: null,
  dueDate: null,
  kind: 'awaiting_higher_plan',
};

describe('scheduleWorkItem', () => {
  it('dates a placeholder when the Sở Tư pháp plan or the request is known', () => {
    expect(scheduleWorkItem(contest, '2027-09-15')).toEqual({
      taskCode: '7b',
      partKey: null,
      year: 2027,
      dueDate: '2027-09-15',
      kind: 'scheduled',
    });
    expect(scheduleWorkItem({ ...contest, taskCode: '4a', kind: 'awaiting_request' }, '2026-06-30').year).toBe(2026);
  });
  it('refuses an already dated item, a bad date and a bad placeholder', () => {
    const dated = scheduleWorkItem(contest, '2027-09-15');
    expect(() => scheduleWorkItem(dated, '2027-10-01')).toThrow(expect.objectContaining({ code: 'PLAN.NOT_AWAITING' }));
    expect(() => scheduleWorkItem(contest, '2027-02-30')).toThrow(
      expect.objectContaining({ code: 'CALENDAR.INVALID_DATE' }),
    );
    expect(() => scheduleWorkItem({ ...contest, dueDate: '2027-01-01' }, '2027-09-15')).toThrow(
      expect.objectContaining({ code: 'PLAN.INVALID_INPUT' }),
    );
  });
});
