/**
 * The year's plan ("Kế hoạch triển khai thực hiện Đề án … năm N") as DOCX (Decree 30/2020 layout) or XLSX: the
 * plan's groups with the year's work items (cancelled ones left out: they are no longer planned), its funding, in
 * the commune's document frame, written by @hgcs/reports. The number and symbol stay blank for the clerk.
 *
 * Its date is the plan's own: the issuing date the chairman records for that year (year_records.plan_issued_on, on
 * the sign-off page), never the day the file is generated — a plan printed again in March must still read as issued
 * in January. Until that date is recorded, day, month and year are left blank for the clerk to write in at issue,
 * as the number is. It is signed by the commune's chairman.
 */
import { chairmanName, getCommune, getPlanTree, getYearRecord, listAgencies, listWorkItems, type Db } from '@hgcs/db';
import { DomainError, type CommuneLevelScope, type Timing } from '@hgcs/domain';
import { writePlanYearPlanDocx, writePlanYearPlanXlsx, type PlanYearPlan } from '@hgcs/reports';
import type { Context } from '../context.ts';
import { auditDownload } from '../audit-download.ts';
import { exportScope } from './export-scope.ts';
import { agencyNames, communeDocumentFrame, mediaTypes, parseExportYear } from './commune-document.ts';

/** The part of a composite task an item is, with the plan's words for that part's timing ('Kiểm tra, khảo sát: Hàng năm.'). */
function partOf(
  timing: Timing,
  timingText: string,
  partKey: string | null,
): { label: string; timingText: string } | null {
  const part = timing.kind === 'composite' ? timing.parts.find((p) => p.key === partKey) : undefined;
  if (!part) return null;
  const line = timingText.split('\n').find((l) => l.startsWith(`${part.label}:`));
  return { label: part.label, timingText: line ? line.slice(part.label.length + 1).trim() : timingText };
}

/** The plan data of `year` for the scope's commune. */
export async function buildYearPlan(db: Db, scope: CommuneLevelScope, year: number): Promise<PlanYearPlan> {
  const [tree, rows, commune, agencies, chairman] = await Promise.all([
    getPlanTree(db, scope),
    listWorkItems(db, scope, { year }),
    getCommune(db, scope.communeId),
    listAgencies(db, scope),
    chairmanName(db, scope.communeId),
  ]);
  if (!tree || !commune) throw new DomainError('RESOURCE.NOT_FOUND');
  const record = await getYearRecord(db, scope, tree.id, year);
  const { name, partners } = agencyNames(agencies);
  return {
    ...communeDocumentFrame(commune, record?.planIssuedOn ?? null, chairman),
    year,
    planTitle: tree.title,
    funding: tree.funding,
    groups: tree.groups.map((g) => ({
      code: g.code,
      title: g.title,
      activities: g.activities,
      items: g.tasks.flatMap((t) =>
        rows
          .filter((r) => r.taskId === t.id && r.status !== 'cancelled')
          .map((r) => {
            const part = partOf(t.timing, t.timingText, r.partKey);
            return {
              taskCode: t.code,
              content: t.content,
              part: part?.label ?? null,
              leadAgency: name(t.leadAgencyCode),
              coordinating: partners(t),
              timingText: part?.timingText ?? t.timingText,
              dueDate: r.dueDate,
              expectedEvidence: t.expectedEvidence,
            };
          }),
      ),
    })),
  };
}

/** The year's plan file for the caller (a province user names the commune): docx or xlsx; a denial and every export are audited. */
export async function exportYearPlan(ctx: Context, yearText: string, format: 'docx' | 'xlsx', communeText?: string) {
  const scoped = await exportScope(ctx, 'exports.year-plan', communeText);
  const year = parseExportYear(yearText);
  const plan = await buildYearPlan(ctx.db, scoped.scope, year);
  const bytes = format === 'docx' ? await writePlanYearPlanDocx(plan) : await writePlanYearPlanXlsx(plan);
  await auditDownload(scoped, {
    action: 'export.download',
    objectType: 'export',
    objectId: `year_plan:${year}.${format}`,
    after: { kind: 'year_plan', year, format },
  });
  return { bytes, mediaType: mediaTypes[format], fileName: `ke-hoach-315-nam-${year}.${format}` };
}
