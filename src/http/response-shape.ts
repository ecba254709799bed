import type { z } from 'zod';

type Leaf = string | number | boolean | bigint | symbol | Date | null | undefined;
type KeysOf<T> = T extends unknown ? keyof T : never;
type ValueAt<T, K extends PropertyKey> = T extends unknown ? (K extends keyof T ? T[K] : never) : never;
type ElementOf<T> = T extends readonly (infer E)[] ? E : never;

/**
 * The paths (`.items[].name`) of the fields a value has and a schema's output lacks. Fastify's
 * serializer drops whatever the response schema does not name, so such a field would vanish
 * from the answer without a word: this finds it at compile time.
 */
export type FieldsLeftOut<Value, Described, Path extends string = ''> = Value extends Leaf
  ? never
  : Value extends readonly (infer E)[]
    ? FieldsLeftOut<E, ElementOf<NonNullable<Described>>, `${Path}[]`>
    : Value extends object
      ? string extends keyof Value
        ? never // an open record: its schema is a record too, whose values the handler's typing checks
        : {
            [K in keyof Value & string]-?: K extends KeysOf<NonNullable<Described>>
              ? FieldsLeftOut<Value[K], ValueAt<NonNullable<Described>, K>, `${Path}.${K}`>
              : `${Path}.${K}`;
          }[keyof Value & string]
      : never;

/**
 * `true` when `Schema` describes every field of `Value` (the handler's typing already proves
 * that what it has fits); otherwise the paths it leaves out, which the compiler then names:
 * `true satisfies DescribesAll<typeof detailSchema, ApplicationDetailView>`.
 */
export type DescribesAll<Schema extends z.ZodType, Value> = [FieldsLeftOut<Value, z.output<Schema>>] extends [
  never,
]
  ? true
  : FieldsLeftOut<Value, z.output<Schema>>;
