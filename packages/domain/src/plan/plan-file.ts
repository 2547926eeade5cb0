/**
 * A commune's data file (YAML or JSON): its agencies, its villages and its plan — everything a new commune needs
 * besides its name and code, so adding a commune takes a file, not code. Example: plans/po-to.plan.yaml.
 */
import { z } from 'zod';
import { agencySchema } from '../org/agencies.ts';
import { villageInputSchema } from '../org/commune.ts';
import { planSchema } from './plan.ts';

export const planFileSchema = z
  .object({
    /** The bodies the plan names as lead or coordinating agencies. */
    agencies: z.array(agencySchema).min(1),
    /** The commune's villages (thôn, làng); the office can complete the list in the console. */
    villages: z.array(villageInputSchema).default([]),
    plan: planSchema,
  })
  .strict();
export type PlanFile = z.infer<typeof planFileSchema>;

/** A villages file: a list of villages (the same fields as `villages` in a plan file). */
export const villagesFileSchema = z.array(villageInputSchema);
