/**
 * The year's implementation report of the plan as DOCX (Decree 30/2020 layout) or XLSX: progress rolled up by the
 * domain, shaped for @hgcs/reports, written to bytes. The number and symbol stay blank for the clerk to fill in.
 * Sections III–V (difficulties, next steps, proposals) are the chairman's record of the year; the signer is the
 * chairman who signed the year off, else the commune's chairman; 'Nơi nhận' opens with the province's Sở Tư pháp.
 */
import { chairmanName, getCommune, getYearRecord, listAgencies, listSignoffs, type Db } from '@hgcs/db';
import { DomainError, todayInVietnam, type CommuneLevelScope } from '@hgcs/domain';
import { writePlanReportDocx, writePlanReportXlsx, type PlanYearReport } from '@hgcs/reports';
import type { Context } from '../context.ts';
import { auditDownload } from '../audit-download.ts';
import { exportScope } from './export-scope.ts';
import { toWorkItemView } from '../work-item/view.ts';
import { planProgress } from '../progress/compute-progress.ts';
import { agencyNames, communeDocumentFrame, mediaTypes, parseExportYear } from './commune-document.ts';

/** The report data of `year` for the scope's commune. */
export async function buildPlanYearReport(
  db: Db,
  scope: CommuneLevelScope,
  year: number,
  now: Date,
): Promise<PlanYearReport> {
  const today = todayInVietnam(now);
  const [progress, commune, agencies, chairman] = await Promise.all([
    planProgress(db, scope, today, year),
    getCommune(db, scope.communeId),
    listAgencies(db, scope),
    chairmanName(db, scope.communeId),
  ]);
  if (!progress || !commune) throw new DomainError('RESOURCE.NOT_FOUND');
  const [signoffs, record] = await Promise.all([
    listSignoffs(db, scope, progress.tree.id),
    getYearRecord(db, scope, progress.tree.id, year),
  ]);
  const signedBy = signoffs.find((s) => s.year === year)?.signedBy ?? null;
  const { name, partners } = agencyNames(agencies);
  return {
    ...communeDocumentFrame(commune, today, signedBy ?? chairman),
    date: today,
    year,
    planTitle: progress.tree.title,
    assessment: {
      difficulties: record?.difficulties ?? null,
      nextSteps: record?.nextSteps ?? null,
      proposals: record?.proposals ?? null,
    },
    overall: {
      progress: progress.progress,
      total: progress.counts.total,
      done: progress.counts.done,
      overdue: progress.counts.overdue,
      cancelled: progress.counts.cancelled,
    },
    groups: progress.tree.groups.map((g) => ({
      code: g.code,
      title: g.title,
      progress: progress.groups.find((x) => x.code === g.code)?.progress ?? null,
      tasks: g.tasks.map((t) => ({
        code: t.code,
        content: t.content,
        leadAgency: name(t.leadAgencyCode),
        coordinating: partners(t),
        timingText: t.timingText,
        progress:
          progress.groups.find((x) => x.code === g.code)?.tasks.find((x) => x.code === t.code)?.progress ?? null,
        items: progress.rows
          .filter((r) => r.taskId === t.id)
          .map((r) => {
            const view = toWorkItemView(r, today);
            return {
              label: `${t.code}${r.partKey ? ` (${r.partKey})` : ''} — ${r.year}`,
              dueDate: view.dueDate,
              status: view.status,
              progress: view.progress,
              responsible: view.responsible,
              notes: view.notes,
              evidenceCount: view.evidenceCount,
            };
          }),
      })),
    })),
  };
}

/**
 * The report file for the caller: `format` docx or xlsx; a denial and every export are audited. A province user
 * names the commune (`communeText`, one of the province's).
 */
export async function exportPlanYear(ctx: Context, yearText: string, format: 'docx' | 'xlsx', communeText?: string) {
  const scoped = await exportScope(ctx, 'exports.plan-year', communeText);
  const year = parseExportYear(yearText);
  const report = await buildPlanYearReport(ctx.db, scoped.scope, year, ctx.now);
  const bytes = format === 'docx' ? await writePlanReportDocx(report) : await writePlanReportXlsx(report);
  await auditDownload(scoped, {
    action: 'export.download',
    objectType: 'export',
    objectId: `plan_report:${year}.${format}`,
    after: { kind: 'plan_report', year, format },
  });
  return { bytes, mediaType: mediaTypes[format], fileName: `bao-cao-ke-hoach-315-nam-${year}.${format}` };
}
