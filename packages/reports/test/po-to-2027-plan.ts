/**
 * A realistic input: xã Pờ Tó's plan for 2027 under its Đề án 315 plan. The work items are the plan's own
 * occurrences of 2027 (`expandPlan` of `poToPlan`: yearly tasks, 2.1 and 2.2 which start in 2027, 8a's yearly
 * inspection part) plus one recorded request of 4a (on demand); 8a's higher-plan part has no dates yet.
 */
import { expandPlan, poToAgencies, poToPlan, type PlanTask } from '@hgcs/domain';
import type { PlanYearPlan, PlanYearWork } from '../src/plan-year-plan.ts';

const agencyName = (code: string) => poToAgencies.find((a) => a.code === code)?.name ?? code;

function work(task: PlanTask, partKey: string | null, dueDate: string): PlanYearWork {
  const part = task.timing.kind === 'composite' ? (task.timing.parts.find((p) => p.key === partKey) ?? null) : null;
  const partLine = part && task.timingText.split('\n').find((line) => line.startsWith(`${part.label}:`));
  return {
    taskCode: task.code,
    content: task.content,
    part: part?.label ?? null,
    leadAgency: agencyName(task.leadAgency),
    coordinating: [
      ...task.coordinatingAgencies.map(agencyName),
      ...(task.coordinatingOthers ? [task.coordinatingOthers] : []),
    ].join('; '),
    timingText: partLine ? partLine.slice(part.label.length + 1).trim() : task.timingText,
    dueDate,
    expectedEvidence: task.expectedEvidence,
  };
}

const occurrences = [
  ...expandPlan(poToPlan, { fromYear: 2027, toYear: 2027 }).flatMap((o) =>
    o.dueDate === null ? [] : [{ ...o, dueDate: o.dueDate }],
  ),
  { taskCode: '4a', partKey: null, dueDate: '2027-06-30' },
];

export const poTo2027Plan: PlanYearPlan = {
  issuer: { parentName: 'ỦY BAN NHÂN DÂN TỈNH GIA LAI', name: 'ỦY BAN NHÂN DÂN XÃ PỜ TÓ' },
  documentNumber: '18/KH-UBND',
  place: 'Pờ Tó',
  date: '2027-01-15',
  year: 2027,
  planTitle: poToPlan.title,
  groups: poToPlan.groups.map((g) => ({
    code: g.code,
    title: g.title,
    activities: g.activities,
    items: g.tasks.flatMap((t) =>
      occurrences.filter((o) => o.taskCode === t.code).map((o) => work(t, o.partKey, o.dueDate)),
    ),
  })),
  funding: poToPlan.funding,
  recipients: [
    'UBND tỉnh Gia Lai (b/c)',
    'Sở Tư pháp tỉnh Gia Lai (b/c)',
    'TT Đảng ủy, TT HĐND xã (b/c)',
    'CT, các PCT UBND xã',
    'UB MTTQ Việt Nam xã',
    'Các phòng, ban chuyên môn',
  ],
  signer: { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Ksor Thu' },
};
