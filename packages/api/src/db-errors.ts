/** Recognises PostgreSQL errors that are the user's doing rather than the system's. */

/** True for a unique-constraint violation (SQLSTATE 23505), wrapped by drizzle or not. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.code === '23505' || e?.cause?.code === '23505';
}
