/** The kiosks' calls for staff not yet handled (the console's notice polls it): the kiosk's name, place and time. */
import { listOpenCalls } from '@hgcs/db';
import type { ScopedContext } from '../context.ts';

export function openCalls(ctx: ScopedContext) {
  return listOpenCalls(ctx.db, ctx.scope);
}
