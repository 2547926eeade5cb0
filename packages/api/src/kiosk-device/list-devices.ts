/** The commune's kiosks for the console: name, place, last heard from, requests today, revoked or not. */
import { listKioskDevices } from '@hgcs/db';
import { todayInVietnam } from '@hgcs/domain';
import type { ScopedContext } from '../context.ts';

export function listDevices(ctx: ScopedContext) {
  return listKioskDevices(ctx.db, ctx.scope, todayInVietnam(ctx.now));
}
