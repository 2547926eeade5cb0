/** One keyset page of the scope's mediator elections (a team's, when named), newest first, with their deadlines. */
import { pageMediatorElections, type Db } from '@hgcs/db';
import { toPage, todayInVietnam, type CommuneLevelScope, type Page } from '@hgcs/domain';
import { namesOf } from './names.ts';
import { electionView, type ElectionView } from './view.ts';

export async function listElections(
  db: Db,
  scope: CommuneLevelScope,
  now: Date,
  input: { after?: string; limit: number; teamId?: string },
): Promise<Page<ElectionView>> {
  const page = toPage(await pageMediatorElections(db, scope, input), input.limit);
  const names = await namesOf(
    db,
    scope,
    page.items.flatMap((e) => e.candidates.map((c) => c.candidateId)),
  );
  const today = todayInVietnam(now);
  return { items: page.items.map((e) => electionView(e, names, today)), next: page.next };
}
