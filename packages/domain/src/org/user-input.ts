/**
 * Input shapes for signing in and managing accounts (validated at the API edge). Password length follows
 * security.md (ASVS 5 V6.2.1: at least 12 characters for a set password; no composition rules).
 */
import { z } from 'zod';
import { safeText } from '../text/safe-text.ts';
import { communeRoleSchema } from './roles.ts';

export const minPasswordLength = 12;

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,59}$/, 'Tên đăng nhập gồm 3–60 ký tự: chữ thường không dấu, số, dấu chấm, gạch ngang');

export const signInInputSchema = z
  .object({
    username: usernameSchema,
    password: z.string().min(1, 'Vui lòng nhập mật khẩu').max(200, 'Mật khẩu quá dài'),
  })
  .strict();
export type SignInInput = z.infer<typeof signInInputSchema>;

export const newPasswordSchema = z
  .string()
  .min(minPasswordLength, `Mật khẩu phải có ít nhất ${minPasswordLength} ký tự`)
  .max(200, 'Mật khẩu quá dài');

export const changePasswordInputSchema = z
  .object({ currentPassword: z.string().min(1).max(200), newPassword: newPasswordSchema })
  .strict()
  .refine((v) => v.currentPassword !== v.newPassword, {
    message: 'Mật khẩu mới phải khác mật khẩu cũ',
    path: ['newPassword'],
  });

export const totpCodeInputSchema = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, 'Mã xác thực gồm 6 chữ số'),
  })
  .strict();

/** The secret of an enrolment in progress as the console showed it (base32), to show its QR again. */
export const totpSecretInputSchema = z
  .object({ secret: z.string().regex(/^[A-Z2-7]{16,64}$/, 'Mã bí mật không hợp lệ') })
  .strict();

const userFields = {
  username: usernameSchema,
  displayName: safeText(120, { min: 2, tooShort: 'Họ tên quá ngắn', tooLong: 'Họ tên quá dài' }),
  /** A commune's administrator gives commune roles only; province accounts are made by `pnpm province:add-admin`. */
  role: communeRoleSchema,
  agencyCode: z
    .string()
    .regex(/^[a-z][a-z0-9_]{1,40}$/, 'Cơ quan: mã không hợp lệ')
    .nullable()
    .default(null),
  /** The village a village head serves (their 'village' scope); only for `village_head`. */
  villageId: z.string().uuid('Mã thôn/làng không hợp lệ').nullable().default(null),
  /** The team a team leader leads (their 'team' scope); only for `team_leader`. */
  teamId: z.string().uuid('Mã tổ hòa giải không hợp lệ').nullable().default(null),
};
type ScopedFields = { role: string; villageId: string | null; teamId: string | null };
const villageOnlyForHeads = (u: ScopedFields) => u.villageId === null || u.role === 'village_head';
const villageMessage = { message: 'Chỉ trưởng thôn/làng mới gắn với một thôn, làng', path: ['villageId'] };
const teamOnlyForLeaders = (u: ScopedFields) => u.teamId === null || u.role === 'team_leader';
const teamMessage = { message: 'Chỉ tổ trưởng tổ hòa giải mới gắn với một tổ', path: ['teamId'] };

export const createUserInputSchema = z
  .object({ ...userFields, password: newPasswordSchema })
  .strict()
  .refine(villageOnlyForHeads, villageMessage)
  .refine(teamOnlyForLeaders, teamMessage);
/** An account made by the console: the product makes its one-time setup password (issue 10, point 10). */
export const inviteUserInputSchema = z
  .object(userFields)
  .strict()
  .refine(villageOnlyForHeads, villageMessage)
  .refine(teamOnlyForLeaders, teamMessage);
export type InviteUserInput = z.infer<typeof inviteUserInputSchema>;
export type CreateUserInput = z.infer<typeof createUserInputSchema>;

/** A recovery code as printed (`abcd-efgh-jkmn-pqrs`): 16 characters, dashes and spaces ignored, any case. */
export const recoveryCodeSchema = z
  .string()
  .max(40, 'Mã dự phòng không hợp lệ')
  .transform((v) => v.toLowerCase().replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^[a-z2-9]{16}$/, 'Mã dự phòng gồm 16 chữ cái và chữ số, ví dụ abcd-efgh-jkmn-pqrs'));

/** The second factor at sign-in: the authenticator's 6-digit code, or one unused recovery code. */
export const secondFactorInputSchema = z.union(
  [totpCodeInputSchema, z.object({ recoveryCode: recoveryCodeSchema }).strict()],
  { error: 'Nhập mã 6 chữ số trên ứng dụng xác thực hoặc một mã dự phòng' },
);
export type SecondFactorInput = z.infer<typeof secondFactorInputSchema>;

/**
 * Starting (again) to enrol an authenticator. When one is already active, the current password and a current
 * code (or an unused recovery code) are required (ASVS 6.5: re-enrolment needs proof).
 */
export const beginTotpInputSchema = z
  .object({
    currentPassword: z.string().min(1, 'Vui lòng nhập mật khẩu').max(200, 'Mật khẩu quá dài').optional(),
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, 'Mã xác thực gồm 6 chữ số')
      .optional(),
    recoveryCode: recoveryCodeSchema.optional(),
  })
  .strict()
  .default({});
export type BeginTotpInput = z.infer<typeof beginTotpInputSchema>;

/** One user of the administrator's commune. */
export const userIdInputSchema = z.object({ userId: z.string().uuid('Mã người dùng không hợp lệ') }).strict();

/** One of my sessions, by its public id (never the token). */
export const sessionIdInputSchema = z.object({ sessionId: z.string().uuid('Mã phiên không hợp lệ') }).strict();
