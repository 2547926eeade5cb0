import { describe, expect, it } from 'vitest';
import { poTo2027Plan } from '../test/po-to-2027-plan.ts';
import { planYearPlanSchema, tasksByLead, titleInSentence, workContent, type PlanYearPlan } from './plan-year-plan.ts';

/** The paths of the issues a spoiled copy of the fixture raises. */
function issuesOf(spoil: (p: PlanYearPlan & Record<string, unknown>) => void): string[] {
  const copy = structuredClone(poTo2027Plan) as PlanYearPlan & Record<string, unknown>;
  spoil(copy);
  const result = planYearPlanSchema.safeParse(copy);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
}
const work = (p: PlanYearPlan) => p.groups[0]!.items[0]!;

describe('planYearPlanSchema', () => {
  it('accepts the Pờ Tó 2027 plan unchanged', () => {
    expect(planYearPlanSchema.parse(poTo2027Plan)).toEqual(poTo2027Plan);
  });

  it.each([
    [
      'a missing signer',
      (p: Record<string, unknown>) => {
        delete p.signer;
      },
      'signer',
    ],
    [
      'a missing lead agency',
      (p: PlanYearPlan) => {
        delete (work(p) as { leadAgency?: string }).leadAgency;
      },
      'groups.0.items.0.leadAgency',
    ],
    [
      'a day that does not exist',
      (p: PlanYearPlan) => {
        p.date = '2027-02-29';
      },
      'date',
    ],
    [
      'a due date written the Vietnamese way',
      (p: PlanYearPlan) => {
        work(p).dueDate = '31/12/2027';
      },
      'groups.0.items.0.dueDate',
    ],
    [
      'an empty evidence line',
      (p: PlanYearPlan) => {
        work(p).expectedEvidence.push('');
      },
      'groups.0.items.0.expectedEvidence.4',
    ],
    [
      'a control character XML cannot hold',
      (p: PlanYearPlan) => {
        p.funding[0] = 'ngân sách\u0000';
      },
      'funding.0',
    ],
    [
      'the "Lưu: VT." line, which the writer adds',
      (p: PlanYearPlan) => {
        p.recipients.push('- Lưu: VT.');
      },
      'recipients.6',
    ],
    [
      'a year that is not whole',
      (p: PlanYearPlan) => {
        p.year = 2027.5;
      },
      'year',
    ],
    [
      'an unknown key',
      (p: Record<string, unknown>) => {
        p.progress = 40;
      },
      '',
    ],
  ] as const)('refuses %s', (_, spoil, path) => {
    expect(issuesOf(spoil)).toContain(path);
  });
});

describe('what both writers print alike', () => {
  it('lowers the first letter of the title in running text, not an acronym', () => {
    expect(titleInSentence('Triển khai thực hiện Đề án 315')).toBe('triển khai thực hiện Đề án 315');
    expect(titleInSentence('UBND xã triển khai Đề án 315')).toBe('UBND xã triển khai Đề án 315');
    expect(titleInSentence('Triển khai'.normalize('NFD'))).toBe('triển khai'.normalize('NFD'));
  });

  it('puts the part of a composite task on its own line', () => {
    const [inspection] = poTo2027Plan.groups[7]!.items;
    expect(workContent(inspection!)).toBe('Khảo sát, sơ kết, tổng kết việc thực hiện Đề án\n(Kiểm tra, khảo sát)');
    expect(workContent(work(poTo2027Plan))).toBe(work(poTo2027Plan).content);
  });

  it('lists each lead agency once with its task codes in plan order', () => {
    expect(tasksByLead(poTo2027Plan)).toEqual([
      {
        leadAgency: 'Văn phòng HĐND và UBND xã',
        taskCodes: ['1', '2.1', '2.2', '3a', '3b', '3c', '4a', '5b', '6a', '6b', '7a', '8a', '8b'],
      },
      { leadAgency: 'Phòng Kinh tế', taskCodes: ['4b'] },
      { leadAgency: 'Phòng Văn hóa – Xã hội', taskCodes: ['5a'] },
    ]);
  });
});
