import { z } from 'zod';
import type { JsonRecord, JsonValue } from '../domain/json-value';

/**
 * A JSON value, for data that is open by nature — said as such in the document (a named
 * union, not an object of anything), so clients know what they may meet.
 */
export const jsonValue: z.ZodType<JsonValue> = z
  .lazy(() =>
    z.union([
      z.string(),
      z.number(),
      z.boolean(),
      z.null(),
      z.array(jsonValue),
      z.record(z.string(), jsonValue.optional()),
    ]),
  )
  .meta({ id: 'JsonValue', description: '任意JSON值：字符串、数字、布尔、null、数组或对象' });

/** Named JSON values (the facts a condition used, for one). */
export const jsonRecord: z.ZodType<JsonRecord> = z.record(z.string(), jsonValue.optional());
