/** Page guards: the console hides what the API forbids, and a typed-in address gets a clear 403. */
import type { Permission } from '@hgcs/domain';
import { error } from '@sveltejs/kit';

/** Throws a 403 page with `message` unless the signed-in user holds `permission`. */
export function requirePermission(
  me: { permissions: readonly Permission[] },
  permission: Permission,
  message: string,
): void {
  if (!me.permissions.includes(permission)) error(403, message);
}
