import { expect, it } from 'vitest';
import { expandPoToPlanFor2027 } from './expand-po-to-plan.ts';

it('expands the Pờ Tó plan for 2027: yearly tasks due 31/12, 2.1/2.2 start, placeholders for on-demand and higher-plan tasks', () => {
  const { scheduled, placeholders } = expandPoToPlanFor2027();
  const codes = scheduled.map((i) => (i.partKey ? `${i.taskCode}:${i.partKey}` : i.taskCode));
  expect(codes).toEqual(
    expect.arrayContaining([
      '1',
      '2.1',
      '2.2',
      '3a',
      '3b',
      '3c',
      '4b',
      '5a',
      '5b',
      '6a',
      '6b',
      '7a',
      '8a:inspection_survey',
      '8b',
    ]),
  );
  expect(codes).not.toContain('8a:final_review'); // "Tổng kết: Năm 2030"
  expect(new Set(scheduled.map((i) => i.dueDate))).toEqual(new Set(['2027-12-31']));
  expect(placeholders.map((i) => [i.taskCode, i.partKey, i.kind])).toEqual(
    expect.arrayContaining([
      ['4a', null, 'awaiting_request'],
      ['7b', null, 'awaiting_higher_plan'],
      ['8a', 'interim_review', 'awaiting_higher_plan'],
    ]),
  );
  expect(placeholders.every((i) => i.dueDate === null)).toBe(true);
});
