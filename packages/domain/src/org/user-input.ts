/**
 * Input shapes for signing in and managing accounts (validated at the API edge). Password length follows
 * security.md (ASVS 5 V6.2.1: at least 12 characters for a set password; no composition rules).
 */
import { z } from 'zod';
import { roleSchema } from './roles.ts';

export const minPasswordLength = 12;

export const usernameSchema = z.string().trim().toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,59}$/, 'Tên đăng nhập gồm 3–60 ký tự: chữ thường không dấu, số, dấu chấm, gạch ngang');

export const signInInputSchema = z.object({
  username: usernameSchema,
  password: z.string().min(1, 'Vui lòng nhập mật khẩu').max(200, 'Mật khẩu quá dài'),
}).strict();
export type SignInInput = z.infer<typeof signInInputSchema>;

export const newPasswordSchema = z.string().min(minPasswordLength, `Mật khẩu phải có ít nhất ${minPasswordLength} ký tự`).max(200, 'Mật khẩu quá dài');

export const changePasswordInputSchema = z.object({ currentPassword: z.string().min(1).max(200), newPassword: newPasswordSchema }).strict()
  .refine((v) => v.currentPassword !== v.newPassword, { message: 'Mật khẩu mới phải khác mật khẩu cũ', path: ['newPassword'] });

export const totpCodeInputSchema = z.object({ code: z.string().trim().regex(/^\d{6}$/, 'Mã xác thực gồm 6 chữ số') }).strict();

export const createUserInputSchema = z.object({
  username: usernameSchema,
  displayName: z.string().trim().min(2, 'Họ tên quá ngắn').max(120, 'Họ tên quá dài'),
  role: roleSchema,
  agencyCode: z.string().regex(/^[a-z][a-z0-9_]{1,40}$/).nullable().default(null),
  password: newPasswordSchema,
}).strict();
export type CreateUserInput = z.infer<typeof createUserInputSchema>;
