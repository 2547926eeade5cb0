/** The legal-support pool (Decision 315/QĐ-TTg): who supports the commune's teams, and which teams. */
import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date.ts';
import { safeText } from '../text/safe-text.ts';

export const legalSupportKindSchema = z.enum(
  ['jurist', 'lawyer', 'police_officer', 'court_assessor', 'retired_judge', 'legal_official', 'other'],
  { message: 'Loại: chọn một loại người hỗ trợ' },
);
export type LegalSupportKind = z.infer<typeof legalSupportKindSchema>;

const fullName = safeText(120, { min: 2, tooShort: 'Họ tên quá ngắn', tooLong: 'Họ tên quá dài' });
const organisation = safeText(200, { tooLong: 'Cơ quan, đơn vị quá dài' }).nullable();
const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 .-]{8,20}$/, 'Số điện thoại: chỉ gồm chữ số (8–20 ký tự)')
  .nullable();
const id = z.string().uuid('Người hỗ trợ: mã không hợp lệ');

export const legalSupporterCreateSchema = z
  .object({
    fullName,
    kind: legalSupportKindSchema,
    organisation: organisation.default(null),
    phone: phone.default(null),
  })
  .strict();
export type LegalSupporterCreate = z.infer<typeof legalSupporterCreateSchema>;
export const legalSupporterUpdateSchema = z
  .object({
    id,
    fullName: fullName.optional(),
    kind: legalSupportKindSchema.optional(),
    organisation: organisation.optional(),
    phone: phone.optional(),
  })
  .strict();
export const legalSupporterIdSchema = z.object({ id }).strict();
export const legalSupportLinkSchema = z
  .object({
    supporterId: id,
    teamId: z.string().uuid('Tổ hòa giải: mã không hợp lệ'),
    since: isoDateSchema.nullable().default(null),
  })
  .strict();
export const legalSupportUnlinkSchema = z
  .object({ supporterId: id, teamId: z.string().uuid('Tổ hòa giải: mã không hợp lệ') })
  .strict();
