/**
 * First run: seeds xã Pờ Tó (villages, agencies, the plan from @hgcs/domain) and, when the commune has no user,
 * creates the first administrator with a one-time setup password, returned once for the host to print.
 * There is no default password: the setup one is random and must be replaced at first sign-in, with TOTP.
 */
import { randomInt } from 'node:crypto';
import { countUsers, insertUser, seedCommune, withAudit, type Db } from '@hgcs/db';
import { poToAgencies, poToCommune, poToPlan, poToVillages } from '@hgcs/domain';
import { isUniqueViolation } from './db-errors.ts';
import { hashPassword } from './auth/password.ts';

export type BootstrapResult = { communeId: number; seeded: boolean; admin: { username: string; setupPassword: string } | null };

const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A setup password of 4 groups of 4 unambiguous characters (≈ 79 bits). */
function setupPassword(): string {
  return Array.from({ length: 4 }, () => Array.from({ length: 4 }, () => alphabet[randomInt(alphabet.length)]).join('')).join('-');
}

/** Seeds the commune and creates the first administrator if needed. Safe to run on every start. */
export async function bootstrap(db: Db, { setupPasswordOverride }: { setupPasswordOverride?: string } = {}): Promise<BootstrapResult> {
  const communeId = Number(poToCommune.code);
  const seeded = await seedCommune(db, { commune: poToCommune, villages: poToVillages, agencies: poToAgencies, plan: poToPlan });
  if ((await countUsers(db, communeId)) > 0) return { communeId, seeded, admin: null };
  const password = setupPasswordOverride ?? setupPassword();
  const passwordHash = await hashPassword(password);
  try {
    await withAudit(db, { communeId, userId: null, requestId: 'bootstrap' }, async (tx, audit) => {
      const user = await insertUser(tx, { communeId, username: 'admin', displayName: 'Quản trị hệ thống', role: 'admin', agencyCode: 'office', passwordHash, mustChangePassword: true });
      await audit({ action: 'user.create_first_admin', objectType: 'user', objectId: user.id, after: { username: 'admin', role: 'admin' } });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { communeId, seeded, admin: null }; // another process created it first
    throw error;
  }
  return { communeId, seeded, admin: { username: 'admin', setupPassword: password } };
}
