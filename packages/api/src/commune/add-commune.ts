/**
 * Onboards a commune without code: from its identity and its checked data file (agencies, villages, plan — see
 * `parsePlanFile`), creates the commune, its villages, agencies, plan with its dated work items, and its first
 * administrator, all in one audited transaction: it all lands or nothing does. Idempotent: a commune that exists
 * is left unchanged and reported as such.
 */
import { committedWrite, countUsers, getCommune, seedCommuneIn, withAudit, type Db } from '@hgcs/db';
import { DomainError, type Commune, type PlanFile } from '@hgcs/domain';
import { hashPassword } from '../auth/password.ts';
import { isUniqueViolation } from '../db-errors.ts';
import { createFirstAdmin, firstAdminName } from './create-first-admin.ts';
import { setupPassword } from './setup-password.ts';

export type AddCommuneResult =
  { status: 'exists'; name: string } | { status: 'created'; admin: { username: string; setupPassword: string } };

/** Adds the commune unless its code exists; returns the first administrator's username and setup password once. */
export async function addCommune(
  db: Db,
  {
    commune,
    file,
    requestId = 'commune:add',
    setupPasswordOverride,
    actorUserId = null,
  }: {
    commune: Commune;
    file: PlanFile;
    requestId?: string;
    setupPasswordOverride?: string;
    /** The province administrator who onboards it from the console (null: the CLI). */
    actorUserId?: string | null;
  },
): Promise<AddCommuneResult> {
  const communeId = Number(commune.code);
  const existing = await getCommune(db, communeId);
  if (existing) return { status: 'exists', name: existing.name };
  const password = setupPasswordOverride ?? setupPassword();
  const passwordHash = await hashPassword(password);
  try {
    const result = await withAudit(db, { communeId, userId: actorUserId, requestId }, async (tx, audit) => {
      const seeded = await seedCommuneIn(tx, audit, {
        commune,
        villages: file.villages,
        agencies: file.agencies,
        plan: file.plan,
      });
      if (!seeded) return { status: 'exists', name: commune.name } as const;
      const username = await createFirstAdmin(tx, audit, communeId, passwordHash);
      return { status: 'created', admin: { username, setupPassword: password } } as const;
    });
    // This process's caches forget its province's list of communes at once (the communes trigger tells the others).
    if (result.status === 'created') committedWrite(db, 'all');
    return result;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Another run created the commune at the same moment (then it exists), or the admin's name is taken.
    const now = await getCommune(db, communeId);
    if (now && (await countUsers(db, communeId)) > 0) return { status: 'exists', name: now.name };
    throw new DomainError('COMMUNE.ADMIN_NAME_TAKEN', { username: firstAdminName(communeId), code: commune.code });
  }
}
