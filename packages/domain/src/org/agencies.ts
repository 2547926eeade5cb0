/**
 * Agencies (cơ quan, đơn vị) named in a commune's plan. Codes are stable identifiers used by plan data;
 * names are what the plan says. Each commune lists its own in its data file (Pờ Tó: plan/plans/po-to.plan.yaml).
 */
import { z } from 'zod';

export const agencyCodeSchema = z.string().regex(/^[a-z][a-z0-9_]{1,40}$/, 'field.AGENCY_CODE');

export const agencySchema = z
  .object({
    code: agencyCodeSchema,
    name: z.string().min(2).max(200),
    shortName: z.string().min(1).max(60),
    /** Inside the commune's apparatus (true) or an outside body asked to coordinate (court, procuracy). */
    internal: z.boolean(),
  })
  .strict();
export type Agency = z.infer<typeof agencySchema>;

/** A plan's generic partner phrase ("các phòng, ban chuyên môn có liên quan") — not one agency but a group. */
export const relatedDepartments = 'related_departments';
