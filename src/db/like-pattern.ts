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
