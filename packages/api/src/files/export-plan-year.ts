/**
 * The year's implementation report of the plan as DOCX (Decree 30/2020 layout) or XLSX: progress rolled up by the
 * domain, shaped for @hgcs/reports, written to bytes. The number and symbol stay blank for the clerk to fill in.
 */
import { getCommune, listAgencies, type Db } from '@hgcs/db';
import { DomainError } from '@hgcs/domain';
import { writePlanReportDocx, writePlanReportXlsx, type PlanYearReport } from '@hgcs/reports';
import { z } from 'zod';
import type { Context } from '../context.ts';
import { authorize } from '../procedures.ts';
import { toWorkItemView } from '../views/work-item-view.ts';
import { planProgress } from '../work-items/progress.ts';
import { todayInVietnam } from '../work-items/today.ts';

const yearSchema = z.coerce.number().int().min(2024).max(2035);

/** The report data of `year` for the caller's commune. */
export async function buildPlanYearReport(db: Db, communeId: number, year: number, now: Date): Promise<PlanYearReport> {
  const today = todayInVietnam(now);
  const [progress, commune, agencies] = await Promise.all([planProgress(db, communeId, today, year), getCommune(db, communeId), listAgencies(db, communeId)]);
  if (!progress || !commune) throw new DomainError('RESOURCE.NOT_FOUND');
  const name = (code: string) => agencies.find((a) => a.code === code)?.name ?? code;
  const place = commune.name.replace(/^Xã\s+/i, '');
  return {
    issuer: { parentName: null, name: `ỦY BAN NHÂN DÂN ${commune.name.toUpperCase()}` },
    documentNumber: null, place, date: today, year, planTitle: progress.tree.title,
    overall: { progress: progress.progress, total: progress.counts.total, done: progress.counts.done, overdue: progress.counts.overdue, cancelled: progress.counts.cancelled },
    groups: progress.tree.groups.map((g) => ({
      code: g.code, title: g.title, progress: progress.groups.find((x) => x.code === g.code)?.progress ?? null,
      tasks: g.tasks.map((t) => ({
        code: t.code, content: t.content, leadAgency: name(t.leadAgencyCode),
        coordinating: [...t.coordinatingAgencyCodes.map(name), t.coordinatingOthers].filter(Boolean).join('; ') || '—',
        timingText: t.timingText, progress: progress.groups.find((x) => x.code === g.code)?.tasks.find((x) => x.code === t.code)?.progress ?? null,
        items: progress.rows.filter((r) => r.taskId === t.id).map((r) => {
          const view = toWorkItemView(r, today);
          return {
            label: `${t.code}${r.partKey ? ` (${r.partKey})` : ''} — ${r.year}`, dueDate: view.dueDate, status: view.status,
            progress: view.progress, responsible: view.responsible, notes: view.notes, evidenceCount: view.evidenceCount,
          };
        }),
      })),
    })),
    recipients: ['Thường trực Đảng ủy xã', 'Thường trực HĐND xã', 'Ủy ban MTTQ Việt Nam xã', 'Các phòng, ban chuyên môn'],
    signer: { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: null },
  };
}

/** The report file for the caller: `format` docx or xlsx. */
export async function exportPlanYear(ctx: Context, yearText: string, format: 'docx' | 'xlsx') {
  const user = authorize(ctx.user, 'plan.export');
  const year = yearSchema.safeParse(yearText);
  if (!year.success) throw new DomainError('INPUT.INVALID', { detail: 'năm không hợp lệ' });
  const report = await buildPlanYearReport(ctx.db, user.communeId, year.data, ctx.now);
  const bytes = format === 'docx' ? await writePlanReportDocx(report) : await writePlanReportXlsx(report);
  const mediaType = format === 'docx' ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  return { bytes, mediaType, fileName: `bao-cao-ke-hoach-315-nam-${year.data}.${format}` };
}
