/**
 * A team's logbook of a year on screen (Sổ theo dõi hoạt động hòa giải ở cơ sở): the numbered cases and the year's
 * totals. It names the parties, so it needs `case.read_personal`; each view is audited like a case file's.
 */
import { withAudit } from '@hgcs/db';
import type { CaseLogbookInput } from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';
import { logbookOf } from './logbook-of.ts';

export async function readLogbook(ctx: ScopedContext, input: Required<CaseLogbookInput>) {
  const { heading, book } = await logbookOf(ctx, input.teamId, input.year);
  await withAudit(ctx.db, actorIn(ctx), (_tx, audit) =>
    audit({
      action: 'case.logbook',
      objectType: 'team',
      objectId: input.teamId,
      after: { year: input.year, count: book.rows.length },
    }),
  );
  return { ...heading, ...book };
}
