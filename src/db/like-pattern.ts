import { type Column, ilike, or, type SQL } from 'drizzle-orm';

/**
 * `text` as LIKE reads it literally: its wildcards (`%`, `_`) and the escape character itself
 * escaped, so a search for "50%" finds "50%" and not every value starting with "50".
 */
export function likeLiteral(text: string): string {
  return text.replace(/[%_\\]/g, '\\$&');
}

/** A LIKE pattern for the values that contain `text` as typed (a list's search box). */
export function containing(text: string): string {
  return `%${likeLiteral(text)}%`;
}

/** A search box over several columns: the rows where any of them contains `text`, ignoring case. */
export function anyContains(text: string, columns: readonly Column[]): SQL {
  const pattern = containing(text);
  return or(...columns.map((column) => ilike(column, pattern)))!;
}
