/** The commune's accounts for the console's users page: what `listUsers` gives, plus the village or team scope and the last sign-in. */
import { lastSignIns, listUsers, userScopes, type Db } from '@hgcs/db';

export async function listAccounts(db: Db, communeId: number, now: Date) {
  const [accounts, last, scopes] = await Promise.all([
    listUsers(db, communeId, now),
    lastSignIns(db, communeId),
    userScopes(db, communeId),
  ]);
  const scopeOf = new Map(scopes.map((s) => [s.id, s]));
  return accounts.map((a) => ({
    ...a,
    villageId: scopeOf.get(a.id)?.villageId ?? null,
    teamId: scopeOf.get(a.id)?.teamId ?? null,
    lastSignInAt: last.get(a.id) ?? null,
  }));
}
