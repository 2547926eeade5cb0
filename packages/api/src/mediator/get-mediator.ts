/** One mediator of the scope with their memberships (history included); "not found" outside the scope. */
import { getMediator, membershipsOfMediator, type Db } from '@hgcs/db';
import { DomainError, hasPermission, type AnyScope } from '@hgcs/domain';
import type { SessionUser } from '../context.ts';
import { mediatorView } from './view.ts';

export async function readMediator(db: Db, scope: AnyScope, user: SessionUser, id: string) {
  const row = await getMediator(db, scope, id);
  if (!row) throw new DomainError('RESOURCE.NOT_FOUND');
  const memberships = await membershipsOfMediator(db, scope, id);
  return { ...mediatorView(row, hasPermission(user.role, 'registry.read_personal')), memberships };
}
