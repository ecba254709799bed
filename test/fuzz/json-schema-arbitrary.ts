import fc from 'fast-check';
import { type ExistingRecords, hintFor, idFor, namesRecord } from './field-hints';
import { text } from './text-arbitraries';

/** The part of JSON Schema (as the OpenAPI document writes zod schemas) the fuzzer understands. */
export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  default?: unknown;
}

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
/** Deeper than this, arrays stay short and objects carry only what they require. */
const MAX_DEPTH = 6;

function integers(schema: JsonSchema): fc.Arbitrary<number> {
  const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -1000);
  const max = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : 1000);
  const inner = fc.integer({ min: Math.max(min, INT32_MIN), max: Math.min(max, INT32_MAX) });
  return fc.oneof({ weight: 3, arbitrary: inner }, { weight: 1, arbitrary: fc.constantFrom(min, max) });
}

function numbers(schema: JsonSchema): fc.Arbitrary<number> {
  const min = schema.minimum ?? schema.exclusiveMinimum ?? -1e6;
  const max = schema.maximum ?? schema.exclusiveMaximum ?? 1e6;
  const inner = fc.double({
    min,
    max,
    noNaN: true,
    noDefaultInfinity: true,
    minExcluded: schema.exclusiveMinimum !== undefined,
    maxExcluded: schema.exclusiveMaximum !== undefined,
  });
  const edges = [schema.minimum, schema.maximum].filter((n): n is number => n !== undefined);
  return edges.length > 0
    ? fc.oneof({ weight: 3, arbitrary: inner }, { weight: 1, arbitrary: fc.constantFrom(...edges) })
    : inner;
}

function strings(schema: JsonSchema, name: string, existing: ExistingRecords): fc.Arbitrary<string> {
  if (schema.format === 'uuid' || (namesRecord(name) && schema.pattern?.includes('[0-9a-fA-F]{8}'))) {
    return idFor(name, existing);
  }
  if (schema.format === 'date-time') {
    return fc
      .date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString());
  }
  if (schema.pattern) {
    return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length <= (schema.maxLength ?? 200));
  }
  return text(schema.minLength ?? 0, schema.maxLength ?? 60);
}

/**
 * Values the schema accepts (or nearly: where a zod refinement is not in the JSON Schema, such as
 * a calendar date, the field's name brings the meaningful values through `hintFor`).
 */
export function validValue(
  schema: JsonSchema,
  name: string,
  existing: ExistingRecords,
  depth = 0,
): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((s) => validValue(s, name, existing, depth)));
  if (schema.allOf?.[0]) return validValue(schema.allOf[0], name, existing, depth);
  if (Array.isArray(schema.type)) {
    return fc.oneof(...schema.type.map((type) => validValue({ ...schema, type }, name, existing, depth)));
  }
  const generic = genericValue(schema, name, existing, depth);
  const hint = schema.type === 'object' || schema.type === 'array' ? undefined : hintFor(name, existing);
  if (!hint) return generic;
  // Refined fields take only hinted values, or one spoilt field would spoil every valid request.
  return hint.only
    ? hint.values
    : fc.oneof({ weight: 3, arbitrary: hint.values }, { weight: 1, arbitrary: generic });
}

function genericValue(
  schema: JsonSchema,
  name: string,
  existing: ExistingRecords,
  depth: number,
): fc.Arbitrary<unknown> {
  switch (schema.type) {
    case 'string':
      return strings(schema, name, existing);
    case 'integer':
      return integers(schema);
    case 'number':
      return numbers(schema);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const item = schema.items ?? {};
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.min(schema.maxItems ?? 4, minLength + (depth < MAX_DEPTH ? 3 : 0));
      // An array of ids is named for what it holds (`applicationIds`): its items share that name.
      return fc.array(validValue(item, name, existing, depth + 1), { minLength, maxLength });
    }
    case 'object':
      return objects(schema, existing, depth);
    default:
      // No type: anything JSON (zod's unknown, or a value the document does not describe).
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function objects(schema: JsonSchema, existing: ExistingRecords, depth: number): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const required = schema.required ?? [];
  const keys = Object.keys(properties);
  if (keys.length === 0 && typeof schema.additionalProperties === 'object') {
    const keyArb = schema.propertyNames
      ? (validValue(schema.propertyNames, 'key', existing, depth + 1) as fc.Arbitrary<string>)
      : text(1, 12);
    return fc.dictionary(keyArb, validValue(schema.additionalProperties, 'value', existing, depth + 1), {
      maxKeys: 3,
    });
  }
  // Deep down, only what is required: the eligibility profile nests far enough to blow up otherwise.
  const present = depth < MAX_DEPTH ? keys : keys.filter((key) => required.includes(key));
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const key of present) shape[key] = validValue(properties[key]!, key, existing, depth + 1);
  return fc.record(shape, { requiredKeys: required.filter((key) => key in shape) });
}
