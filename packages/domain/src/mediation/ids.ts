/** Identifiers used by mediation data (mediators, villages, parties): opaque, non-empty strings from the database. */
import { z } from 'zod';

/** An opaque id of a mediator, village, team or party (a uuid or a stable code). */
export const entityIdSchema = z.string().trim().min(1, 'Mã không được để trống').max(64, 'Mã quá dài');
export type EntityId = z.infer<typeof entityIdSchema>;
