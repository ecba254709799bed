/**
 * The codes of a table of labels (`{ pending: '待审核', … } as const`), in the table's order, as
 * the non-empty tuple `z.enum` wants. One place for the cast: `Object.keys` types its result as
 * `string[]`, but a label table's keys are exactly its codes.
 */
export function codesOf<T extends Record<string, unknown>>(
  labels: T,
): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];
}
