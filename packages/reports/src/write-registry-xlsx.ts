/**
 * The registry as a workbook (issue 10, point 8): 'Tổ hòa giải' has a row per team with its composition and whether
 * it meets Law 35/2013 Art. 12.1 (checked by @hgcs/domain's `checkTeamComposition` on the members active on the
 * day, so the export says what the console says); 'Hòa giải viên' a row per membership, former members included.
 * Pure: data in, bytes out; dated by `asOf`, not the clock.
 */
import { checkTeamComposition } from '@hgcs/domain';
import { errorText } from '@hgcs/i18n';
import ExcelJS from 'exceljs';
import { formatShortDate, toUtcDate } from './format.ts';
import {
  registryExportSchema,
  type RegistryExport,
  type RegistryExportMember,
  type RegistryExportTeam,
} from './registry-export.ts';
import { addSheet, type Cell, type Column } from './xlsx-blocks.ts';

const leftReasons = {
  voluntary: 'Theo nguyện vọng',
  lost_standard: 'Không còn đủ tiêu chuẩn',
  violation_or_sanctioned: 'Vi phạm / bị xử lý vi phạm',
  deceased: 'Từ trần',
  other: 'Lý do khác',
} as const;

const isActive = (m: RegistryExportMember, asOf: string) =>
  m.joinedOn <= asOf && (m.leftOn === null || m.leftOn > asOf);

/** The composition issues of a team on a day (Art. 12.1), in Vietnamese. */
function compositionOf(team: RegistryExportTeam, asOf: string): { active: RegistryExportMember[]; issues: string[] } {
  const active = team.members.filter((m) => isActive(m, asOf));
  const leaderIndex = active.findIndex((m) => m.role === 'leader');
  const issues = checkTeamComposition({
    villageEthnicMinorityArea: team.villageEthnicMinorityArea,
    leaderId: leaderIndex < 0 ? null : `m${leaderIndex}`,
    members: active.map((m, i) => ({ mediatorId: `m${i}`, sex: m.sex, ethnicMinority: m.ethnicMinority })),
  });
  return { active, issues: issues.map((i) => errorText('vi', i.code, i.params)) };
}

/**
 * Writes the registry as .xlsx bytes; the input is checked first (a `ZodError` before any byte).
 * @example const bytes = await writeRegistryXlsx({ communeName: 'xã Pờ Tó', asOf: '2026-12-31', includePersonalData: false, teams });
 */
export async function writeRegistryXlsx(input: RegistryExport): Promise<Uint8Array> {
  const r = registryExportSchema.parse(input);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = workbook.lastModifiedBy = r.communeName;
  workbook.created = workbook.modified = toUtcDate(r.asOf);
  const day = formatShortDate(r.asOf);

  addSheet(
    workbook,
    'Tổ hòa giải',
    `Các tổ hòa giải ${r.communeName} (tính đến ngày ${day})`,
    [
      { header: 'STT', width: 6 },
      { header: 'Thôn/Làng', width: 20 },
      { header: 'Tổ hòa giải', width: 30 },
      { header: 'Tổ trưởng', width: 24 },
      { header: 'Số hòa giải viên', width: 11 },
      { header: 'Nữ', width: 7 },
      { header: 'Dân tộc thiểu số', width: 11 },
      { header: 'Đạt cơ cấu (Điều 12 Luật HGCS)', width: 14 },
      { header: 'Chưa đạt', width: 60 },
    ],
    r.teams.map((team, i): Cell[] => {
      const { active, issues } = compositionOf(team, r.asOf);
      return [
        i + 1,
        team.village,
        team.name,
        active.find((m) => m.role === 'leader')?.fullName ?? null,
        active.length,
        active.filter((m) => m.sex === 'female').length,
        active.filter((m) => m.ethnicMinority).length,
        issues.length === 0 ? 'Đạt' : 'Chưa đạt',
        issues.join('\n') || null,
      ];
    }),
  );

  const personal = r.includePersonalData;
  const columns: Column[] = [
    { header: 'STT', width: 6 },
    { header: 'Họ và tên', width: 26 },
    ...(personal ? [{ header: 'Năm sinh', width: 9 }] : []),
    { header: 'Giới tính', width: 9 },
    ...(personal ? [{ header: 'Dân tộc', width: 11 }] : []),
    { header: 'Thôn/Làng', width: 18 },
    { header: 'Tổ hòa giải', width: 28 },
    { header: 'Chức vụ', width: 11 },
    { header: 'Nghề nghiệp', width: 20 },
    ...(personal ? [{ header: 'Số điện thoại', width: 14, numFmt: '@' }] : []),
    { header: 'Ngày vào tổ', width: 12, numFmt: 'dd/mm/yyyy' },
    { header: 'Quyết định công nhận', width: 22 },
    { header: 'Ngày thôi', width: 12, numFmt: 'dd/mm/yyyy' },
    { header: 'Lý do thôi', width: 22 },
    { header: 'Đang hoạt động', width: 10 },
  ];
  const rows = r.teams
    .flatMap((team) => team.members.map((m) => ({ team, m })))
    .map(({ team, m }, i): Cell[] => [
      i + 1,
      m.fullName,
      ...(personal ? [m.birthYear] : []),
      m.sex === 'female' ? 'Nữ' : 'Nam',
      ...(personal ? [m.ethnicity] : []),
      team.village,
      team.name,
      m.role === 'leader' ? 'Tổ trưởng' : 'Tổ viên',
      m.occupation,
      ...(personal ? [m.phone] : []),
      toUtcDate(m.joinedOn),
      m.recognition === null ? null : `${m.recognition.number} ngày ${formatShortDate(m.recognition.date)}`,
      m.leftOn === null ? null : toUtcDate(m.leftOn),
      m.leftReason === null ? null : leftReasons[m.leftReason],
      isActive(m, r.asOf) ? 'Có' : 'Không',
    ]);
  addSheet(workbook, 'Hòa giải viên', `Hòa giải viên ${r.communeName} (tính đến ngày ${day})`, columns, rows);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
