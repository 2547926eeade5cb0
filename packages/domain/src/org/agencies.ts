/**
 * Agencies (cơ quan, đơn vị) named in a commune's plan. Codes are stable identifiers used by plan data;
 * names are what the plan says. Source: the Pờ Tó plan, sections II and IV.
 */
import { z } from 'zod';

export const agencyCodeSchema = z.string().regex(/^[a-z][a-z0-9_]{1,40}$/, 'Mã cơ quan không hợp lệ');

export const agencySchema = z.object({
  code: agencyCodeSchema,
  name: z.string().min(2).max(200),
  shortName: z.string().min(1).max(60),
  /** Inside the commune's apparatus (true) or an outside body asked to coordinate (court, procuracy). */
  internal: z.boolean(),
}).strict();
export type Agency = z.infer<typeof agencySchema>;

/** The agencies of xã Pờ Tó's plan (2025 two-tier apparatus; court and procuracy of region 12). */
export const poToAgencies: readonly Agency[] = [
  { code: 'office', name: 'Văn phòng HĐND và UBND xã', shortName: 'VP HĐND-UBND', internal: true },
  { code: 'economy', name: 'Phòng Kinh tế', shortName: 'Phòng Kinh tế', internal: true },
  { code: 'culture_society', name: 'Phòng Văn hóa – Xã hội', shortName: 'Phòng VH-XH', internal: true },
  { code: 'police', name: 'Công an xã', shortName: 'Công an xã', internal: true },
  { code: 'fatherland_front', name: 'Ủy ban Mặt trận Tổ quốc Việt Nam xã', shortName: 'UB MTTQ xã', internal: true },
  { code: 'court_region_12', name: 'Tòa án nhân dân khu vực 12', shortName: 'TAND KV12', internal: false },
  { code: 'procuracy_region_12', name: 'Viện Kiểm sát nhân dân khu vực 12', shortName: 'VKSND KV12', internal: false },
];

/** A plan's generic partner phrase ("các phòng, ban chuyên môn có liên quan") — not one agency but a group. */
export const relatedDepartments = 'related_departments';
