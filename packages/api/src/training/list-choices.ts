/**
 * What the training forms choose from: the commune's active mediators (attendees, trainers), its legal supporters
 * (trainers), and the plan's training work items (evidence: tasks 2.1 and 3b).
 */
import { activeMediators, legalSupporterChoices, listWorkItems, type DbOrTx } from '@hgcs/db';
import { trainingTaskCodes, type CommuneLevelScope } from '@hgcs/domain';

export async function listChoices(db: DbOrTx, scope: CommuneLevelScope) {
  const [people, supporters, items] = await Promise.all([
    activeMediators(db, scope),
    legalSupporterChoices(db, scope),
    listWorkItems(db, scope),
  ]);
  const seen = new Set<string>();
  return {
    mediators: people
      .filter((p) => !seen.has(p.id) && seen.add(p.id))
      .map(({ id, fullName, teamName }) => ({ id, fullName, teamName })),
    legalSupporters: supporters,
    workItems: items
      .filter((i) => trainingTaskCodes.includes(i.taskCode) && i.status !== 'cancelled')
      .map((i) => ({ id: i.id, taskCode: i.taskCode, year: i.year, partKey: i.partKey })),
  };
}
