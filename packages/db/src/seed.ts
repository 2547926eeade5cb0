/**
 * Seeds a commune: the commune, its villages, the agencies of its plan and the plan itself, from @hgcs/domain data
 * (Pờ Tó's at first run, any commune's data file through `pnpm commune:add`). Idempotent: a commune that exists is
 * left as it is (the office may have edited it). `seedCommuneIn` does it inside a caller's audited transaction.
 */
import { expandPlan, systemScope, type Agency, type Commune, type Plan, type VillageInput } from '@hgcs/domain';
import type { Db, Tx } from './client.ts';
import { withAudit, type Audit } from './queries/audit.ts';
import { ensurePlanWorkItems } from './queries/work-item.ts';
import { agencies, communes, provinces, villages } from './schema/commune.ts';
import { planGroups, plans, planTasks } from './schema/plan.ts';

export type CommuneSeed = {
  commune: Commune;
  villages: readonly VillageInput[];
  agencies: readonly Agency[];
  plan: Plan;
};

/** Creates the commune with its villages, agencies, plan and the plan's dated work items unless it exists. Returns true when it seeded. */
export async function seedCommune(db: Db, seed: CommuneSeed, requestId = 'seed'): Promise<boolean> {
  return withAudit(db, { communeId: Number(seed.commune.code), userId: null, requestId }, (tx, audit) =>
    seedCommuneIn(tx, audit, seed),
  );
}

/** The same as `seedCommune`, in the caller's transaction (its audit rows carry the caller's actor). */
export async function seedCommuneIn(tx: Tx, audit: Audit, seed: CommuneSeed): Promise<boolean> {
  const communeId = Number(seed.commune.code);
  await tx
    .insert(provinces)
    .values({ code: seed.commune.provinceCode, name: seed.commune.provinceName })
    .onConflictDoNothing();
  const inserted = await tx
    .insert(communes)
    .values({
      id: communeId,
      name: seed.commune.name,
      provinceCode: seed.commune.provinceCode,
      provinceName: seed.commune.provinceName,
    })
    .onConflictDoNothing()
    .returning({ id: communes.id });
  if (inserted.length === 0) return false;
  if (seed.villages.length > 0)
    await tx.insert(villages).values(
      seed.villages.map((v) => ({
        communeId,
        name: v.name,
        ethnicMinorityArea: v.ethnicMinorityArea,
        households: v.households,
      })),
    );
  await tx.insert(agencies).values(seed.agencies.map((a) => ({ communeId, ...a })));
  const [plan] = await tx
    .insert(plans)
    .values({
      communeId,
      code: seed.plan.code,
      title: seed.plan.title,
      basis: seed.plan.basis,
      funding: seed.plan.funding,
      startYear: seed.plan.startYear,
      endYear: seed.plan.endYear,
    })
    .returning({ id: plans.id });
  let taskPosition = 0;
  for (const [position, group] of seed.plan.groups.entries()) {
    const [g] = await tx
      .insert(planGroups)
      .values({
        communeId,
        planId: plan!.id,
        code: group.code,
        title: group.title,
        activities: group.activities,
        weight: group.weight,
        position,
      })
      .returning({ id: planGroups.id });
    await tx.insert(planTasks).values(
      group.tasks.map((t) => ({
        communeId,
        planId: plan!.id,
        groupId: g!.id,
        code: t.code,
        content: t.content,
        leadAgencyCode: t.leadAgency,
        leadNote: t.leadNote,
        coordinatingAgencyCodes: t.coordinatingAgencies,
        coordinatingOthers: t.coordinatingOthers,
        timingText: t.timingText,
        timing: t.timing,
        expectedEvidence: t.expectedEvidence,
        weight: t.weight,
        position: taskPosition++,
      })),
    );
  }
  const occurrences = expandPlan(seed.plan, { fromYear: seed.plan.startYear, toYear: seed.plan.endYear }).flatMap(
    (o) =>
      o.kind === 'scheduled' && o.year !== null && o.dueDate !== null
        ? [{ taskCode: o.taskCode, partKey: o.partKey, year: o.year, dueDate: o.dueDate }]
        : [],
  );
  await ensurePlanWorkItems(tx, systemScope(communeId), plan!.id, occurrences);
  await audit({
    action: 'commune.seed',
    objectType: 'commune',
    objectId: String(communeId),
    after: { plan: seed.plan.code, villages: seed.villages.length, agencies: seed.agencies.length },
  });
  return true;
}
