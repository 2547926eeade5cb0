/** Years × tasks on `today`, cached per day until the commune's work changes. */
import { DomainError } from '@hgcs/domain';
import { readProgress } from '../cache/commune-progress.ts';
import type { ScopedContext } from '../context.ts';
import { planTimeline } from './build-timeline.ts';

export async function readTimeline(ctx: ScopedContext, today: string) {
  const timeline = await readProgress(ctx.db, ctx.scope, `timeline:${today}`, () =>
    planTimeline(ctx.db, ctx.scope, today),
  );
  if (!timeline) throw new DomainError('RESOURCE.NOT_FOUND');
  return timeline;
}
