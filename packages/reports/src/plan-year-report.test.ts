import { describe, expect, it } from 'vitest';
import { poTo2026Report } from '../test/po-to-2026-report.ts';
import { planYearReportSchema, type PlanYearReport } from './plan-year-report.ts';

/** The paths of the issues a spoiled copy of the fixture raises. */
function issuesOf(spoil: (r: PlanYearReport & Record<string, unknown>) => void): string[] {
  const copy = structuredClone(poTo2026Report) as PlanYearReport & Record<string, unknown>;
  spoil(copy);
  const result = planYearReportSchema.safeParse(copy);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
}
const item = (r: PlanYearReport) => r.groups[0]!.tasks[0]!.items[0]!;

describe('planYearReportSchema', () => {
  it('accepts the Pờ Tó 2026 report unchanged', () => {
    expect(planYearReportSchema.parse(poTo2026Report)).toEqual(poTo2026Report);
  });

  it.each([
    [
      'a missing signer',
      (r: Record<string, unknown>) => {
        delete r.signer;
      },
      'signer',
    ],
    [
      'a missing item label',
      (r: PlanYearReport) => {
        delete (item(r) as { label?: string }).label;
      },
      'groups.0.tasks.0.items.0.label',
    ],
    [
      'a status not in the list',
      (r: PlanYearReport) => {
        (item(r) as { status: string }).status = 'finished';
      },
      'groups.0.tasks.0.items.0.status',
    ],
    [
      'a day that does not exist',
      (r: PlanYearReport) => {
        r.date = '2026-02-30';
      },
      'date',
    ],
    [
      'a due date written the Vietnamese way',
      (r: PlanYearReport) => {
        item(r).dueDate = '05/02/2026';
      },
      'groups.0.tasks.0.items.0.dueDate',
    ],
    [
      'progress above 100',
      (r: PlanYearReport) => {
        r.groups[0]!.progress = 120;
      },
      'groups.0.progress',
    ],
    [
      'a fractional evidence count',
      (r: PlanYearReport) => {
        item(r).evidenceCount = 1.5;
      },
      'groups.0.tasks.0.items.0.evidenceCount',
    ],
    [
      'more done than in total',
      (r: PlanYearReport) => {
        r.overall.done = r.overall.total + 1;
      },
      'overall',
    ],
    [
      'a control character XML cannot hold',
      (r: PlanYearReport) => {
        r.planTitle = 'kế hoạch\u0007';
      },
      'planTitle',
    ],
    [
      'the "Lưu: VT." line, which the writer adds',
      (r: PlanYearReport) => {
        r.recipients.push('Lưu: VT');
      },
      'recipients.5',
    ],
    [
      'an unknown key',
      (r: Record<string, unknown>) => {
        r.extra = 1;
      },
      '',
    ],
  ] as const)('refuses %s', (_, spoil, path) => {
    expect(issuesOf(spoil)).toContain(path);
  });

  it('keeps line breaks, which the writers print as breaks', () => {
    expect(
      issuesOf((r) => {
        r.groups[7]!.tasks[0]!.timingText = 'Kiểm tra: Hàng năm.\nTổng kết: Năm 2030.';
      }),
    ).toEqual([]);
  });
});
