/**
 * Writes a previewed import once the officer confirms (issue 10, point 8): in one transaction, under the commune's
 * import lock, the rows are planned again against the registry as it is, then each new person is recorded and every
 * new membership opened (joined today, the API's day); rows already there write nothing, rows with a problem are
 * skipped. The import is then marked confirmed with its counts, so a retried confirmation writes nothing and
 * answers the same counts; a re-import of the same list finds everyone already there. Audited with counts only.
 */
import {
  getRegistryImport,
  insertMediator,
  insertMembership,
  lockRegistryImports,
  markRegistryImportConfirmed,
  withAudit,
} from '@hgcs/db';
import { DomainError, isEthnicMinority, todayInVietnam, type ImportedMediator, type ImportIssue } from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';
import { planImport } from './plan-import.ts';
import type { ImportResult } from './view.ts';

export async function confirmImport(
  ctx: ScopedContext,
  id: string,
): Promise<ImportResult & { alreadyConfirmed: boolean }> {
  const joinedOn = todayInVietnam(ctx.now);
  return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    await lockRegistryImports(tx, ctx.scope);
    const row = await getRegistryImport(tx, ctx.scope, id, true);
    if (!row) throw new DomainError('IMPORT.NOT_FOUND');
    if (row.status === 'confirmed') return { ...(row.result as ImportResult), alreadyConfirmed: true };
    const { plan, dropped } = await planImport(tx, ctx.scope, row.rows as ImportedMediator[]);
    for (const step of plan.steps) {
      if (step.action === 'present') continue;
      const mediatorId =
        step.mediatorId ??
        (
          await insertMediator(tx, ctx.scope, {
            fullName: step.fullName,
            gender: step.sex,
            birthYear: step.birthYear,
            ethnicity: step.ethnicity,
            ethnicMinority: isEthnicMinority(step.ethnicity),
            residenceVillageId: step.villageId,
            occupation: step.occupation,
            phone: step.phone,
            phonePublic: false,
            // The commune keeps its mediators' list under Law 35/2013 (Art. 8.4, 12): a legal obligation.
            personalDataBasis: 'legal_obligation',
          })
        ).id;
      await insertMembership(tx, ctx.scope, {
        teamId: step.teamId,
        mediatorId,
        role: step.role,
        joinedOn,
        recognitionDecisionNo: null,
        recognitionDecisionOn: null,
      });
    }
    const rowsWithIssues = new Set([...(row.issues as ImportIssue[]), ...plan.issues].map((i) => i.row)).size;
    const result: ImportResult = {
      created: plan.counts.create,
      joined: plan.counts.join,
      present: plan.counts.present,
      skipped: rowsWithIssues + dropped,
      leaders: plan.counts.leaders,
    };
    await markRegistryImportConfirmed(tx, ctx.scope, id, {
      confirmedBy: ctx.user.userId,
      confirmedAt: ctx.now,
      result,
    });
    await audit({
      action: 'mediator.import',
      objectType: 'registry_import',
      objectId: id,
      after: { rowCount: row.rowCount, sha256: row.sha256, ...result },
    });
    return { ...result, alreadyConfirmed: false };
  });
}
