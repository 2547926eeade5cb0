/** One keyset page of the commune's legal-support pool by name, with the teams (of the scope) each supports. */
import { linksOfSupporters, pageLegalSupporters, type Db } from '@hgcs/db';
import { hasPermission, toPage, type AnyScope, type Page } from '@hgcs/domain';
import type { SessionUser } from '../context.ts';
import { legalSupporterView, type LegalSupporterView } from './view.ts';

export async function listLegalSupporters(
  db: Db,
  scope: AnyScope,
  user: SessionUser,
  input: { after?: string; limit: number },
): Promise<Page<LegalSupporterView>> {
  const page = toPage(await pageLegalSupporters(db, scope, input), input.limit);
  const links = await linksOfSupporters(
    db,
    scope,
    page.items.map((s) => s.id),
  );
  const personal = hasPermission(user.role, 'registry.read_personal');
  return {
    next: page.next,
    items: page.items.map((s) =>
      legalSupporterView(
        s,
        links.filter((l) => l.supporterId === s.id).map(({ supporterId: _s, ...l }) => l),
        personal,
      ),
    ),
  };
}
