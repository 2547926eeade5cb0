/**
 * Decision 315/QĐ-TTg's "mediators who access and use the ministry's material set" for the commune on a day: the
 * active mediators (the registry) against the training records — attending a day of an event that used the set
 * gave and used it — summed up by the domain's `summarizeMaterialAccess`. The figures' report reads this.
 */
import { activeMediators, materialSetUseFromTraining, type DbOrTx } from '@hgcs/db';
import { summarizeMaterialAccess, type CommuneLevelScope } from '@hgcs/domain';

export async function materialAccess(db: DbOrTx, scope: CommuneLevelScope, asOf: string) {
  const [people, uses] = await Promise.all([activeMediators(db, scope), materialSetUseFromTraining(db, scope, asOf)]);
  const summary = summarizeMaterialAccess({
    mediatorIds: people.map((p) => p.id),
    records: uses
      .filter((u) => u.grantedOn !== null)
      .map((u) => ({
        mediatorId: u.mediatorId,
        grantedOn: u.grantedOn!,
        lastUsedOn: u.lastUsedOn,
        channel: 'printed',
      })),
    asOf,
  });
  return {
    asOf,
    mediators: summary.mediators,
    withAccess: summary.withAccess,
    withAccessAndUse: summary.withAccessAndUse,
    withoutAccess: summary.withoutAccess.length,
  };
}
