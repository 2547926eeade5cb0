/** Inputs of the registry's import and yearly review procedures (issue 10, points 7 and 8). */
import { z } from 'zod';

/** One uploaded list, by the id its preview gave. */
export const registryImportIdSchema = z.object({ id: z.string().uuid('field.IMPORT_ID') }).strict();
export type RegistryImportId = z.infer<typeof registryImportIdSchema>;

/** Marks a team's review of the current year done (the year is the API's, not the caller's). */
export const teamReviewDoneSchema = z.object({ teamId: z.string().uuid('field.TEAM_ID') }).strict();
export type TeamReviewDone = z.infer<typeof teamReviewDoneSchema>;

/** The review items of the current year: every team of the caller's scope, or one. */
export const teamReviewListSchema = z.object({ teamId: z.string().uuid('field.TEAM_ID').optional() }).strict();
