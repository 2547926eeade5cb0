/**
 * Access to the ministry's training material set (bộ tài liệu bồi dưỡng hòa giải viên) — Decision 315/QĐ-TTg target
 * "100% of mediators access and use the material set"; Law 35/2013 Art. 9.4 (given materials); plan task 5b.
 */
import { z } from 'zod';
import { isoDateSchema, parseInput } from '../budget/input.ts';

/** Default id of the ministry's material set; a commune may track other sets under other ids. */
export const mojMaterialSetId = 'moj-mediator-materials';

/** A mediator got the set (printed, online or both) on a day; `lastUsedOn` is the latest recorded use, if any. */
export const materialAccessSchema = z
  .object({
    mediatorId: z.string().trim().min(1).max(64),
    materialSetId: z.string().trim().min(1).max(64).default(mojMaterialSetId),
    grantedOn: isoDateSchema,
    channel: z.enum(['printed', 'online', 'both']),
    lastUsedOn: isoDateSchema.nullable().default(null),
  })
  .strict();
export type MaterialAccess = z.input<typeof materialAccessSchema>;

export const materialAccessInputSchema = z
  .object({
    mediatorIds: z.array(z.string().trim().min(1).max(64)),
    records: z.array(materialAccessSchema),
    materialSetId: z.string().trim().min(1).max(64).default(mojMaterialSetId),
    asOf: isoDateSchema,
  })
  .strict();
export type MaterialAccessInput = z.input<typeof materialAccessInputSchema>;

export type MaterialAccessSummary = {
  mediators: number;
  withAccess: number;
  withAccessAndUse: number;
  withoutAccess: string[];
  notUsing: string[];
};

/** Counts of listed mediators who had the set, and who also used it, on `asOf` — Decision 315/QĐ-TTg. */
export function summarizeMaterialAccess(input: MaterialAccessInput): MaterialAccessSummary {
  const i = parseInput(materialAccessInputSchema, input);
  const relevant = i.records.filter((r) => r.materialSetId === i.materialSetId && r.grantedOn <= i.asOf);
  const granted = new Set(relevant.map((r) => r.mediatorId));
  const used = new Set(
    relevant.filter((r) => r.lastUsedOn !== null && r.lastUsedOn <= i.asOf).map((r) => r.mediatorId),
  );
  const ids = [...new Set(i.mediatorIds)];
  return {
    mediators: ids.length,
    withAccess: ids.filter((id) => granted.has(id)).length,
    withAccessAndUse: ids.filter((id) => used.has(id)).length,
    withoutAccess: ids.filter((id) => !granted.has(id)),
    notUsing: ids.filter((id) => granted.has(id) && !used.has(id)),
  };
}
