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
  .regex(/^[a-z0-9][a-z0-9._-]{2,59}$/, 'field.USERNAME');

export const signInInputSchema = z
  .object({
    username: usernameSchema,
    password: z.string().min(1, 'field.PASSWORD_REQUIRED').max(200, 'field.PASSWORD_TOO_LONG'),
  })
  .strict();
export type SignInInput = z.infer<typeof signInInputSchema>;

export const newPasswordSchema = z
  .string()
  .min(minPasswordLength, 'field.PASSWORD_TOO_SHORT')
  .max(200, 'field.PASSWORD_TOO_LONG');

export const changePasswordInputSchema = z
  .object({ currentPassword: z.string().min(1).max(200), newPassword: newPasswordSchema })
  .strict()
  .refine((v) => v.currentPassword !== v.newPassword, { message: 'field.PASSWORD_UNCHANGED', path: ['newPassword'] });

export const totpCodeInputSchema = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, 'field.TOTP_CODE'),
  })
  .strict();

/** The secret of an enrolment in progress as the console showed it (base32), to show its QR again. */
export const totpSecretInputSchema = z
  .object({ secret: z.string().regex(/^[A-Z2-7]{16,64}$/, 'field.TOTP_SECRET') })
  .strict();

const userFields = {
  username: usernameSchema,
  displayName: safeText(120, { min: 2, tooShort: 'field.FULL_NAME_TOO_SHORT', tooLong: 'field.FULL_NAME_TOO_LONG' }),
  /** A commune's administrator gives commune roles only; province accounts are made by `pnpm province:add-admin`. */
  role: communeRoleSchema,
  agencyCode: z
    .string()
    .regex(/^[a-z][a-z0-9_]{1,40}$/, 'field.AGENCY_CODE')
    .nullable()
    .default(null),
  /** The village a village head serves (their 'village' scope); only for `village_head`. */
  villageId: z.string().uuid('field.VILLAGE_ID').nullable().default(null),
  /** The team a team leader leads (their 'team' scope); only for `team_leader`. */
  teamId: z.string().uuid('field.TEAM_ID').nullable().default(null),
};
type ScopedFields = { role: string; villageId: string | null; teamId: string | null };
const villageOnlyForHeads = (u: ScopedFields) => u.villageId === null || u.role === 'village_head';
const villageMessage = { message: 'field.VILLAGE_FOR_HEAD_ONLY', path: ['villageId'] };
const teamOnlyForLeaders = (u: ScopedFields) => u.teamId === null || u.role === 'team_leader';
const teamMessage = { message: 'field.TEAM_FOR_LEADER_ONLY', path: ['teamId'] };

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
  .max(40, 'field.RECOVERY_CODE')
  .transform((v) => v.toLowerCase().replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^[a-z2-9]{16}$/, 'field.RECOVERY_CODE_FORMAT'));

/** The second factor at sign-in: the authenticator's 6-digit code, or one unused recovery code. */
export const secondFactorInputSchema = z.union(
  [totpCodeInputSchema, z.object({ recoveryCode: recoveryCodeSchema }).strict()],
  { error: 'field.SECOND_FACTOR' },
);
export type SecondFactorInput = z.infer<typeof secondFactorInputSchema>;

/**
 * Starting (again) to enrol an authenticator. When one is already active, the current password and a current
 * code (or an unused recovery code) are required (ASVS 6.5: re-enrolment needs proof).
 */
export const beginTotpInputSchema = z
  .object({
    currentPassword: z.string().min(1, 'field.PASSWORD_REQUIRED').max(200, 'field.PASSWORD_TOO_LONG').optional(),
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, 'field.TOTP_CODE')
      .optional(),
    recoveryCode: recoveryCodeSchema.optional(),
  })
  .strict()
  .default({});
export type BeginTotpInput = z.infer<typeof beginTotpInputSchema>;

/** One user of the administrator's commune. */
export const userIdInputSchema = z.object({ userId: z.string().uuid('field.USER_ID') }).strict();

/** One of my sessions, by its public id (never the token). */
export const sessionIdInputSchema = z.object({ sessionId: z.string().uuid('field.SESSION_ID') }).strict();
