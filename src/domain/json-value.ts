/**
 * A value JSON can carry, for data that is open by nature (the facts an unmet condition
 * used, a parameter's value). An absent member (`undefined`) is left out when written.
 */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue | undefined };

/** Named values, open by nature: each a JSON value. */
export type JsonRecord = { readonly [key: string]: JsonValue | undefined };
