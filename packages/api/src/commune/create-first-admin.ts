/**
 * Creates a commune's first administrator in the caller's audited transaction. Usernames are unique in the whole
 * deployment, so the name carries the commune's code (`admin.24014`); the password is a one-time setup password
 * (must be replaced at first sign-in, with TOTP). A name already taken is an error, never silently skipped.
 */
import { insertUser, type Audit, type Tx } from '@hgcs/db';

/** The first administrator's username of a commune. */
export const firstAdminName = (communeId: number): string => `admin.${communeId}`;

/** Inserts the administrator (`passwordHash` of the setup password); a taken name throws the database's unique violation. */
export async function createFirstAdmin(tx: Tx, audit: Audit, communeId: number, passwordHash: string): Promise<string> {
  const username = firstAdminName(communeId);
  const user = await insertUser(tx, {
    communeId,
    username,
    displayName: 'Quản trị hệ thống',
    role: 'admin',
    agencyCode: 'office',
    passwordHash,
    mustChangePassword: true,
  });
  await audit({
    action: 'user.create_first_admin',
    objectType: 'user',
    objectId: user.id,
    after: { username, role: 'admin' },
  });
  return username;
}
