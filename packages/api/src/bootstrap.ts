/**
 * First run and every start: seeds xã Pờ Tó (villages, agencies, plan from @hgcs/domain's data file) when the
 * deployment holds no commune yet, then gives every commune that has no user its first administrator — named for
 * its commune (`admin.24013`), since usernames are unique in the deployment — with a one-time setup password,
 * returned once for the host to print. There is no default password: each setup one is random and must be replaced
 * at first sign-in, with TOTP. Communes are added with `pnpm commune:add` (communes/add-commune.ts).
 */
import { countCommunes, countUsers, listCommunesWithoutUsers, seedCommune, withAudit, type Db } from '@hgcs/db';
import { DomainError, poToAgencies, poToCommune, poToPlan, poToVillages } from '@hgcs/domain';
import { hashPassword } from './auth/password.ts';
import { createFirstAdmin, firstAdminName } from './commune/create-first-admin.ts';
import { setupPassword } from './commune/setup-password.ts';
import { isUniqueViolation } from './db-errors.ts';

export type FirstAdmin = { communeId: number; communeName: string; username: string; setupPassword: string };
export type BootstrapResult = {
  communeId: number;
  seeded: boolean;
  /** Pờ Tó's first administrator when created now (kept for callers that know one commune). */
  admin: FirstAdmin | null;
  /** Every first administrator created now, one per commune that had no user. */
  admins: FirstAdmin[];
};

/** Seeds the default commune on an empty deployment and creates missing first administrators. Safe to run on every start. */
export async function bootstrap(
  db: Db,
  { setupPasswordOverride }: { setupPasswordOverride?: string } = {},
): Promise<BootstrapResult> {
  const communeId = Number(poToCommune.code);
  const seeded =
    (await countCommunes(db)) === 0 &&
    (await seedCommune(db, { commune: poToCommune, villages: poToVillages, agencies: poToAgencies, plan: poToPlan }));
  const admins: FirstAdmin[] = [];
  for (const commune of await listCommunesWithoutUsers(db)) {
    const password = setupPasswordOverride ?? setupPassword();
    const passwordHash = await hashPassword(password);
    try {
      const username = await withAudit(
        db,
        { communeId: commune.id, userId: null, requestId: 'bootstrap' },
        (tx, audit) => createFirstAdmin(tx, audit, commune.id, passwordHash),
      );
      admins.push({ communeId: commune.id, communeName: commune.name, username, setupPassword: password });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      if ((await countUsers(db, commune.id)) > 0) continue; // another process created it first
      throw new DomainError('COMMUNE.ADMIN_NAME_TAKEN', {
        username: firstAdminName(commune.id),
        code: String(commune.id),
      });
    }
  }
  return { communeId, seeded, admin: admins.find((a) => a.communeId === communeId) ?? null, admins };
}
