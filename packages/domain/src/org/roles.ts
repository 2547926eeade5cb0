/**
 * The roles of the product's users (docs/architecture.md, "Who uses it"). A commune user has one role in one
 * commune; a province user (Sở Tư pháp) has one province role and no commune.
 */
import { z } from 'zod';

/** Every role the product knows, in the order the console lists them. */
export const roles = [
  'admin', // Quản trị hệ thống
  'office_staff', // Văn phòng HĐND và UBND xã
  'justice_officer', // Công chức Tư pháp – Hộ tịch
  'budget_officer', // Phòng Kinh tế (kế toán, ngân sách)
  'communication_officer', // Phòng Văn hóa – Xã hội
  'police_liaison', // Công an xã
  'front_viewer', // Ủy ban MTTQ Việt Nam xã
  'chairman', // Chủ tịch UBND xã
  'team_leader', // Tổ trưởng tổ hòa giải — Law 35/2013 Art. 14
  'dpo', // Người phụ trách bảo vệ dữ liệu cá nhân — Law 91/2025
  'village_head', // Trưởng thôn/làng — works with the village's mediation team, Law 35/2013 Art. 12
  'province_admin', // Quản trị cấp tỉnh (Sở Tư pháp): onboards the province's communes
  'province_officer', // Cán bộ Sở Tư pháp: reads every commune of the province, changes nothing in one
] as const;

export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/** Vietnamese and English names of each role, for screens and reports. */
export const roleLabels: Record<Role, { vi: string; en: string }> = {
  admin: { vi: 'Quản trị hệ thống', en: 'Administrator' },
  office_staff: { vi: 'Văn phòng HĐND và UBND xã', en: 'Commune office staff' },
  justice_officer: { vi: 'Công chức Tư pháp – Hộ tịch', en: 'Justice officer' },
  budget_officer: { vi: 'Cán bộ ngân sách (Phòng Kinh tế)', en: 'Budget officer' },
  communication_officer: { vi: 'Cán bộ truyền thông (Phòng Văn hóa – Xã hội)', en: 'Communication officer' },
  police_liaison: { vi: 'Công an xã', en: 'Commune police liaison' },
  front_viewer: { vi: 'Ủy ban MTTQ Việt Nam xã', en: 'Fatherland Front' },
  chairman: { vi: 'Chủ tịch UBND xã', en: 'Commune chairman' },
  team_leader: { vi: 'Tổ trưởng tổ hòa giải', en: 'Mediation team leader' },
  dpo: { vi: 'Phụ trách bảo vệ dữ liệu cá nhân', en: 'Data-protection officer' },
  village_head: { vi: 'Trưởng thôn/làng', en: 'Village head' },
  province_admin: { vi: 'Quản trị cấp tỉnh (Sở Tư pháp)', en: 'Province administrator (Department of Justice)' },
  province_officer: { vi: 'Cán bộ Sở Tư pháp', en: 'Province justice officer' },
};

/** Roles held at the province (Sở Tư pháp), without a commune: a province user changes nothing in a commune. */
export const provinceRoles = ['province_admin', 'province_officer'] as const satisfies readonly Role[];
export type ProvinceRole = (typeof provinceRoles)[number];

/** True for a province role (the account has a province and no commune). */
export function isProvinceRole(role: Role): role is ProvinceRole {
  return (provinceRoles as readonly Role[]).includes(role);
}

/** The roles a commune's administrator may give (every role but the province's). */
export const communeRoles = roles.filter((r) => !isProvinceRole(r)) as Exclude<Role, ProvinceRole>[];
export const communeRoleSchema = z.enum(
  communeRoles as [Exclude<Role, ProvinceRole>, ...Exclude<Role, ProvinceRole>[]],
);
