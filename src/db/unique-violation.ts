/**
 * Whether a statement failed on a unique index or constraint (SQLSTATE 23505), whether the
 * driver's error comes bare (PGlite) or wrapped by the ORM as its cause (node-postgres).
 */
export function isUniqueViolation(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    if ((current as { code?: unknown }).code === '23505') return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * Runs a write whose key was checked free just before: if a concurrent request wrote the same
 * key in between (a double click, two clerks at once), the unique index refuses this one and the
 * caller answers with `conflict()` — the same 409 the check gives — instead of a 500.
 */
export async function conflictOnUniqueViolation<T>(
  write: () => Promise<T>,
  conflict: () => Error | Promise<Error>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw await conflict();
    throw error;
  }
}
