/**
 * A realistic input: xã Pờ Tó's 2026 report on its Đề án 315 plan. Groups and tasks are the plan's own (`poToPlan`);
 * groups 1, 3 and 7 carry tracked work items, the others none yet.
 */
import { poToAgencies, poToPlan } from '@hgcs/domain';
import type { PlanYearReport } from '../src/plan-year-report.ts';

type Item = PlanYearReport['groups'][number]['tasks'][number]['items'][number];

const agencyName = (code: string) => poToAgencies.find((a) => a.code === code)?.name ?? code;

const item = (
  label: string,
  dueDate: string | null,
  status: Item['status'],
  progress: number,
  evidenceCount = 0,
  extra: Partial<Item> = {},
): Item => ({ label, dueDate, status, progress, responsible: null, notes: null, evidenceCount, ...extra });

/** Work items of 2026 by task code. */
const itemsByTask: Record<string, Item[]> = {
  '1': [
    item('Ban hành kế hoạch quán triệt Đề án 315 năm 2026', '2026-02-05', 'done', 100, 2, {
      responsible: 'Nguyễn Thị Hạnh',
    }),
    item('Hội nghị quán triệt tại các thôn, làng', '2026-06-30', 'done', 100, 3, {
      responsible: 'Rơ Mah Blơi',
      notes: 'Tổ chức tại 9/9 thôn, làng',
    }),
  ],
  '3a': [item('Rà soát, kiện toàn tổ hòa giải năm 2026', '2026-03-31', 'done', 100, 4)],
  '3b': [
    item('Khảo sát năng lực hòa giải viên', '2026-05-15', 'in_progress', 60, 1, { notes: 'Đã khảo sát 5/9 tổ' }),
    item('Lớp tập huấn kỹ năng hòa giải', '2026-09-30', 'overdue', 20, 0, {
      responsible: "Siu H'Yến",
      notes: 'Chờ kinh phí',
    }),
  ],
  '3c': [item('Biên soạn sổ tay hòa giải viên (song ngữ Việt – Bahnar)', '2026-12-15', 'not_started', 0)],
  '7a': [
    item('Diễn đàn đối thoại về tranh chấp đất rẫy', '2026-08-20', 'cancelled', 0, 0, {
      notes: 'Gộp vào hội nghị của tỉnh',
    }),
  ],
  '7b': [item('Hội thi hòa giải viên giỏi', null, 'not_started', 0)],
};

const mean = (values: number[]) => (values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length);
const counted = (items: Item[]) => items.filter((i) => i.status !== 'cancelled').map((i) => i.progress);

const groups: PlanYearReport['groups'] = poToPlan.groups.map((g) => {
  const tasks = g.tasks.map((t) => {
    const items = itemsByTask[t.code] ?? [];
    return {
      code: t.code,
      content: t.content,
      leadAgency: agencyName(t.leadAgency),
      timingText: t.timingText,
      items,
      coordinating: [
        ...t.coordinatingAgencies.map(agencyName),
        ...(t.coordinatingOthers ? [t.coordinatingOthers] : []),
      ].join('; '),
      progress: mean(counted(items)),
    };
  });
  return {
    code: g.code,
    title: g.title,
    tasks,
    progress: mean(tasks.flatMap((t) => (t.progress === null ? [] : [t.progress]))),
  };
});

const allItems = groups.flatMap((g) => g.tasks.flatMap((t) => t.items));

export const poTo2026Report: PlanYearReport = {
  issuer: { parentName: 'ỦY BAN NHÂN DÂN TỈNH GIA LAI', name: 'ỦY BAN NHÂN DÂN XÃ PỜ TÓ' },
  documentNumber: '125/BC-UBND',
  place: 'Pờ Tó',
  date: '2026-11-27',
  year: 2026,
  planTitle:
    'triển khai thực hiện Đề án “Nâng cao năng lực đội ngũ hòa giải viên ở cơ sở giai đoạn 2024 - 2030” trên địa bàn xã Pờ Tó',
  overall: {
    progress: 42.5,
    total: allItems.length,
    done: allItems.filter((i) => i.status === 'done').length,
    overdue: allItems.filter((i) => i.status === 'overdue').length,
    cancelled: allItems.filter((i) => i.status === 'cancelled').length,
  },
  groups,
  assessment: {
    difficulties: 'Một số thôn, làng ở xa, đi lại khó khăn.\nKinh phí bồi dưỡng hòa giải viên còn hạn chế.',
    nextSteps: 'Tổ chức tập huấn cho hòa giải viên mới trong quý I năm 2027.',
    proposals: null,
  },
  recipients: [
    'UBND tỉnh Gia Lai (b/c)',
    'Sở Tư pháp tỉnh Gia Lai (b/c)',
    'TT Đảng ủy, TT HĐND xã (b/c)',
    'CT, các PCT UBND xã',
    'UB MTTQ Việt Nam xã',
  ],
  signer: { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Ksor Thu' },
};
