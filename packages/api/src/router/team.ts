/** Mediation teams, as far as the caller's scope reaches: the commune's all, a village head's village's, a team leader's own. */
import { listTeams } from '@hgcs/db';
import { can } from '../procedures.ts';

export const teamRouter = {
  /** The teams of the scope with their village. */
  list: can('team.read').query(async ({ ctx }) =>
    (await listTeams(ctx.db, ctx.scope)).map(({ communeId: _c, ...team }) => team),
  ),
};
