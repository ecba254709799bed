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
