/** The chairman's record of every year written so far. */
import { listYearRecords as listYearRecordRows } from '@hgcs/db';
import { DomainError } from '@hgcs/domain';
import { readPlanTree } from '../cache/commune-reference.ts';
import type { ScopedContext } from '../context.ts';
import { toYearRecordView } from './view.ts';

export async function listYearRecords(ctx: ScopedContext) {
  const tree = await readPlanTree(ctx.db, ctx.scope);
  if (!tree) throw new DomainError('RESOURCE.NOT_FOUND');
  return (await listYearRecordRows(ctx.db, ctx.scope, tree.id)).map(toYearRecordView);
}
