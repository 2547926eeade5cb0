/** The plan's sign-offs and reopenings, for screens. */
import { listReopenings, listSignoffs, type Db } from '@hgcs/db';
import type { CommuneLevelScope } from '@hgcs/domain';
import { toReopeningView, toSignoffView } from './view.ts';

export async function listYearDecisions(db: Db, scope: CommuneLevelScope, planId: string) {
  const [signoffs, reopenings] = await Promise.all([
    listSignoffs(db, scope, planId),
    listReopenings(db, scope, planId),
  ]);
  return { signoffs: signoffs.map(toSignoffView), reopenings: reopenings.map(toReopeningView) };
}
