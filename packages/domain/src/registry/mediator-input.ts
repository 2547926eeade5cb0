/**
 * A mediator as the console records them (Law 35/2013 Art. 7–8). Ethnicity and phone are personal data: the basis
 * for keeping them is required (Decree 13/2023 Art. 17, Law 91/2025), and the phone is shown publicly only with
 * the person's consent (`phonePublic`). `confirmedDistinct` is the officer's answer to a duplicate flag: "this is
 * another person with the same name, birth year and village".
 */
import { z } from 'zod';
import { safeText } from '../text/safe-text.ts';

export const genderSchema = z.enum(['female', 'male'], { message: 'Giới tính: chọn nữ hoặc nam' });
export const personalDataBasisSchema = z.enum(['consent', 'legal_obligation', 'public_task'], {
  message: 'Căn cứ xử lý dữ liệu cá nhân: chọn một căn cứ',
});
export type PersonalDataBasis = z.infer<typeof personalDataBasisSchema>;

const fields = {
  fullName: safeText(120, { min: 2, tooShort: 'Họ tên quá ngắn', tooLong: 'Họ tên quá dài' }),
  gender: genderSchema,
  birthYear: z
    .number({ message: 'Năm sinh: nhập một năm, ví dụ 1975' })
    .int('Năm sinh: nhập một năm, ví dụ 1975')
    .min(1900, 'Năm sinh: không trước 1900')
    .max(2100, 'Năm sinh: không hợp lệ'),
  ethnicity: safeText(60, { tooLong: 'Dân tộc quá dài' }).nullable(),
  citizenship: z.string().regex(/^[A-Z]{2}$/, 'Quốc tịch: mã 2 chữ cái, ví dụ VN'),
  residenceVillageId: z.string().uuid('Thôn nơi cư trú: chọn một thôn/làng'),
  occupation: safeText(200, { tooLong: 'Nghề nghiệp quá dài' }).nullable(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 .-]{8,20}$/, 'Số điện thoại: chỉ gồm chữ số (8–20 ký tự)')
    .nullable(),
  phonePublic: z.boolean(),
  personalDataBasis: personalDataBasisSchema,
};

export const mediatorCreateSchema = z
  .object({
    ...fields,
    ethnicity: fields.ethnicity.default(null),
    citizenship: fields.citizenship.default('VN'),
    occupation: fields.occupation.default(null),
    phone: fields.phone.default(null),
    phonePublic: fields.phonePublic.default(false),
    confirmedDistinct: z.boolean().default(false),
  })
  .strict();
export type MediatorCreate = z.infer<typeof mediatorCreateSchema>;

export const mediatorUpdateSchema = z
  .object({
    id: z.string().uuid('Hòa giải viên: mã không hợp lệ'),
    fullName: fields.fullName.optional(),
    gender: fields.gender.optional(),
    birthYear: fields.birthYear.optional(),
    ethnicity: fields.ethnicity.optional(),
    citizenship: fields.citizenship.optional(),
    residenceVillageId: fields.residenceVillageId.optional(),
    occupation: fields.occupation.optional(),
    phone: fields.phone.optional(),
    phonePublic: fields.phonePublic.optional(),
    personalDataBasis: fields.personalDataBasis.optional(),
    confirmedDistinct: z.boolean().default(false),
  })
  .strict();
export type MediatorUpdate = z.infer<typeof mediatorUpdateSchema>;

export const mediatorIdInputSchema = z.object({ id: z.string().uuid('Hòa giải viên: mã không hợp lệ') }).strict();

/** A search by name without diacritics ("ro mah" finds "Rơ Mah"), one keyset page at a time. */
export const mediatorSearchSchema = z
  .object({
    q: safeText(80, { tooLong: 'Từ khóa tìm kiếm quá dài' }).default(''),
    /** Only those living in this village (a team's candidates: Art. 7 asks for residence in the team's village). */
    villageId: z.string().uuid('Thôn/làng: mã không hợp lệ').optional(),
    after: z.string().uuid('Trang: mã trang không hợp lệ').optional(),
    limit: z.number().int().min(1).max(100).default(50),
  })
  .strict();
export type MediatorSearch = z.infer<typeof mediatorSearchSchema>;
