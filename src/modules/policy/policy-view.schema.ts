import { z } from 'zod';
import { LEVELS } from '../../domain/catalogue/levels';
import { PATHWAYS } from '../../domain/policy';
import { citationSchema as citation } from '../../http/citation';
import { storedEnum } from '../../http/field-schemas';
import type { DescribesAll } from '../../http/response-shape';
import { pathwayEffectsSchema } from '../eligibility';
import type { diffPolicies, showPolicy } from './policies.service';

/** When an item is in force: from (inclusive) until (exclusive); null where the set does not say. */
const dated = {
  effectiveFrom: z.string().nullable(),
  effectiveUntil: z.string().nullable(),
};

/** Where an item sits in the rule base: the policy layer it comes from, and when it is in force. */
const placed = { layer: z.string(), ...dated };

const targetScope = z
  .object({
    series: z.array(z.string()).optional(),
    excludeSeries: z.array(z.string()).optional().describe('由更具体的措施管辖的系列'),
    levels: z.array(z.enum(LEVELS)).optional(),
  })
  .nullable()
  .describe('适用的系列与层级；为 null 或缺省的列表表示全部');

const parameter = z
  .strictObject({
    key: z.string(),
    value: z
      .union([z.number(), z.string(), z.boolean(), z.null()])
      .describe('数值、文本、开关，或 null（政策未给出具体数字，由评审机构把握）'),
    citation,
    note: z.string().nullable(),
    layer: z.string().describe('该项来自的政策层'),
    ...dated,
  })
  .meta({ id: 'PolicyParameter' });

const rule = z
  .strictObject({
    id: z.string(),
    description: z.string().describe('条件的中文说明'),
    citation,
    appliesTo: targetScope,
    ...placed,
  })
  .meta({ id: 'PolicyRule' });

const standard = z
  .strictObject({
    series: z.string(),
    seriesName: z.string(),
    level: z.enum(LEVELS),
    levelName: z.string(),
    citation,
    routes: z.array(z.string()).describe('各学历路径的要求（中文）'),
    ...placed,
  })
  .meta({ id: 'PolicyStandard' });

const pathway = z
  .strictObject({
    id: z.string(),
    pathway: z.enum(PATHWAYS),
    name: z.string(),
    citation,
    appliesTo: targetScope,
    standard: z.string().describe('适用评价基本标准的哪些部分（中文）'),
    waives: z.array(z.string()).describe('对本依据不适用的通用条件编号'),
    conditions: z.array(rule),
    reductions: z.array(z.object({ years: z.number(), description: z.string(), citation })),
    effects: pathwayEffectsSchema.partial().describe('政策写明的效果（只列出写明的）'),
    ...placed,
  })
  .meta({ id: 'PolicyPathway' });

const policyStatus = z.enum(['in-force', 'draft']);

/** A resolved policy set as the policy browser shows it: every item with its origin and citation. */
export const policyViewSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    status: policyStatus,
    layers: z.array(z.string()).describe('自全国层至本政策集'),
    asOf: z.string(),
    parameters: z.array(parameter),
    general: z.array(rule),
    standards: z.array(standard),
    pathways: z.array(pathway),
  })
  .meta({ id: 'Policy' });

/** An item of either side of a difference: exactly one of the four kinds (its row's `kind`). */
const diffItem = z.union([parameter, rule, standard, pathway]).nullable();

/** Two policy sets side by side, each at its own date: the items only one has, or both in a different form. */
export const policyDiffSchema = z
  .object({
    a: z.object({ id: z.string(), name: z.string(), asOf: z.string() }),
    b: z.object({ id: z.string(), name: z.string(), asOf: z.string() }),
    rows: z.array(
      z.object({
        kind: z.enum(['parameter', 'general', 'pathway', 'standard']),
        key: z.string(),
        status: storedEnum(['only-a', 'only-b', 'changed']).describe(
          'only-a 仅甲有 | only-b 仅乙有 | changed 两者不同（相同的不列出）',
        ),
        a: diffItem,
        b: diffItem,
      }),
    ),
  })
  .meta({ id: 'PolicyDiff' });

true satisfies DescribesAll<typeof policyViewSchema, ReturnType<typeof showPolicy>>;
true satisfies DescribesAll<typeof policyDiffSchema, ReturnType<typeof diffPolicies>>;
