/** Recognises PostgreSQL errors that are the user's doing rather than the system's. */

/** True for a unique-constraint violation (SQLSTATE 23505), wrapped by drizzle or not. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.code === '23505' || e?.cause?.code === '23505';
}

/** The name of the constraint a PostgreSQL error is about (unique, foreign key, check), if any. */
export function constraintOf(error: unknown): string | undefined {
  const e = error as { constraint?: string; cause?: { constraint?: string } };
  return e?.constraint ?? e?.cause?.constraint;
}

/** True for a foreign-key violation (SQLSTATE 23503): a referenced row of the commune does not exist. */
export function isForeignKeyViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.code === '23503' || e?.cause?.code === '23503';
}
