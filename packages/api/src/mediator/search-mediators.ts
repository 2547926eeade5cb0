/** One keyset page of the scope's mediators whose name matches the words of `q`, without diacritics ("ro mah" → "Rơ Mah"). */
import { searchMediators, type Db } from '@hgcs/db';
import { hasPermission, toPage, type AnyScope, type MediatorSearch, type Page } from '@hgcs/domain';
import type { SessionUser } from '../context.ts';
import { mediatorView, type MediatorView } from './view.ts';

export async function findMediators(
  db: Db,
  scope: AnyScope,
  user: SessionUser,
  input: MediatorSearch,
): Promise<Page<MediatorView>> {
  const page = toPage(await searchMediators(db, scope, input), input.limit);
  const personal = hasPermission(user.role, 'registry.read_personal');
  return { items: page.items.map((m) => mediatorView(m, personal)), next: page.next };
}
