/** Identifiers used by mediation data (mediators, villages, parties): opaque, non-empty strings from the database. */
import { z } from 'zod';

/** An opaque id of a mediator, village, team or party (a uuid or a stable code). */
export const entityIdSchema = z.string().trim().min(1, 'field.ID_REQUIRED').max(64, 'field.ID_TOO_LONG');
export type EntityId = z.infer<typeof entityIdSchema>;
