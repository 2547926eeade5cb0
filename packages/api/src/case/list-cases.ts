/** One keyset page of the scope's case queue (the commune's, or one team's), oldest request first. */
import { pageCases, type Db } from '@hgcs/db';
import { toPage, type AnyScope, type CaseQueueInput, type Page } from '@hgcs/domain';
import { caseSummaryView, type CaseSummaryView } from './view.ts';

export async function listCases(
  db: Db,
  scope: AnyScope,
  input: Required<Pick<CaseQueueInput, 'filter' | 'limit'>> & Omit<CaseQueueInput, 'filter' | 'limit'>,
): Promise<Page<CaseSummaryView>> {
  const page = toPage(await pageCases(db, scope, input), input.limit);
  return { next: page.next, items: page.items.map(caseSummaryView) };
}
