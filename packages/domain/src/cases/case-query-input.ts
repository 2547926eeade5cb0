/** Reading case files: one case by id, and the queue of the commune or of one team (keyset pages). */
import { z } from 'zod';

/** One case by id. */
export const caseIdInputSchema = z.object({ id: z.string().uuid('field.CASE_ID') }).strict();

/** The queue: the commune's open cases, or one team's; keyset pages by (received on, id). */
export const caseQueueInputSchema = z
  .object({
    teamId: z.string().uuid('field.TEAM_ID').optional(),
    /** `open` (default): not yet closed; `all`: every case of the scope. */
    filter: z.enum(['open', 'all']).default('open'),
    after: z.string().uuid('field.PAGE_CURSOR').optional(),
    limit: z.number().int().min(1, 'field.PAGE_SIZE_MIN').max(100, 'field.PAGE_SIZE_MAX').default(50),
  })
  .strict();
export type CaseQueueInput = z.input<typeof caseQueueInputSchema>;
