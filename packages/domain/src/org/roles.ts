/**
 * The roles of the commune's users (docs/architecture.md, "Who uses it"). A user has one role in one commune.
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
};
