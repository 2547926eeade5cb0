/** One keyset page of the scope's villages by name, each with its teams (the console's commune → village → team tree). */
import { pageVillages, teamsOfVillages, type Db } from '@hgcs/db';
import { toPage, type AnyScope, type Page } from '@hgcs/domain';
import { villageView, type VillageView } from './view.ts';

export async function listVillagesPage(
  db: Db,
  scope: AnyScope,
  input: { after?: string; limit: number },
): Promise<Page<VillageView>> {
  const page = toPage(await pageVillages(db, scope, input), input.limit);
  const teams = await teamsOfVillages(
    db,
    scope,
    page.items.map((v) => v.id),
  );
  return {
    items: page.items.map((row) =>
      villageView(
        row,
        teams.filter((t) => t.villageId === row.id).map(({ villageId: _v, ...t }) => t),
      ),
    ),
    next: page.next,
  };
}
