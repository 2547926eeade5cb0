/**
 * Creates a province's first administrator (`province_admin`, Sở Tư pháp), so a fresh deployment reaches the
 * province pages without code (`pnpm province:add-admin --province 52`). The name carries the province's code
 * (`admin.tinh52`), the password is a one-time setup password (replaced at first sign-in, with TOTP). The province
 * must be known (from a commune of it) or be named. There is no audit row: no commune's chain applies; the command's
 * output is the record. Idempotent: an existing administrator of that name is reported, never changed.
 */
import { ensureProvince, findUserByUsername, getProvince, insertUser, type Db } from '@hgcs/db';
import { DomainError } from '@hgcs/domain';
import { hashPassword } from '../auth/password.ts';
import { isUniqueViolation } from '../db-errors.ts';
import { setupPassword } from './setup-password.ts';

/** The first province administrator's username. */
export const provinceAdminName = (provinceCode: string): string => `admin.tinh${provinceCode}`;

export type AddProvinceAdminResult =
  | { status: 'exists'; username: string }
  | { status: 'created'; username: string; provinceName: string; setupPassword: string };

export async function addProvinceAdmin(
  db: Db,
  {
    provinceCode,
    provinceName,
    setupPasswordOverride,
  }: { provinceCode: string; provinceName?: string; setupPasswordOverride?: string },
): Promise<AddProvinceAdminResult> {
  const username = provinceAdminName(provinceCode);
  if (await findUserByUsername(db, username)) return { status: 'exists', username };
  if (provinceName) await ensureProvince(db, { code: provinceCode, name: provinceName });
  const province = await getProvince(db, provinceCode);
  if (!province) throw new DomainError('PROVINCE.UNKNOWN', { code: provinceCode });
  const password = setupPasswordOverride ?? setupPassword();
  try {
    await insertUser(db, {
      communeId: null,
      provinceCode,
      username,
      displayName: 'Quản trị cấp tỉnh',
      role: 'province_admin',
      agencyCode: null,
      passwordHash: await hashPassword(password),
      mustChangePassword: true,
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { status: 'exists', username };
    throw error;
  }
  return { status: 'created', username, provinceName: province.name, setupPassword: password };
}
