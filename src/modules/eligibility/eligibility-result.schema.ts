import { z } from 'zod';
import { LEVELS } from '../../domain/catalogue/levels';
import { PATHWAYS } from '../../domain/policy';
import type { EligibilityResult } from '../../domain/policy/eligibility-result';
import { citationSchema as citation } from '../../http/citation';
import { jsonRecord } from '../../http/json-value';
import type { DescribesAll } from '../../http/response-shape';

const pathway = z.enum(PATHWAYS);

const unmet = z
  .object({
    rule: z.string().describe('规则标识'),
    message: z.string(),
    citation,
    facts: jsonRecord.describe('该条件用到的事实（如 required、actual）'),
  })
  .meta({ id: 'UnmetCondition', description: '一项未满足的条件及其依据' });

/** What a pathway does besides opening the way: the policy browser shows the ones a policy states. */
export const pathwayEffectsSchema = z
  .object({
    directRecognition: z.boolean(),
    passRateCap: z.number().nullable(),
    outsidePostQuota: z.boolean(),
    postGrade: z.number().nullable(),
    separateEvaluation: z.boolean(),
  })
  .meta({ id: 'PathwayEffects', description: '途径的政策效果（直接认定、通过率上限、不占岗位等）' });

const basis = z
  .object({
    id: z.string(),
    name: z.string(),
    citation,
    eligible: z.boolean(),
    unmet: z.array(unmet),
    earliestEligibleOn: z.string().nullable(),
  })
  .meta({ id: 'BasisResult', description: '途径的一个依据及其未满足的条件' });

const pathwayResult = z
  .object({
    pathway,
    eligible: z.boolean(),
    basis: z.object({ id: z.string(), name: z.string(), citation }),
    unmet: z.array(unmet),
    effects: pathwayEffectsSchema,
    earliestEligibleOn: z.string().nullable(),
    bases: z.array(basis).optional().describe('途径有多个依据时，每个依据各自未满足的条件'),
  })
  .meta({ id: 'PathwayResult' });

/** The eligibility answer (CONTRACTS §1) as the API serialises it: the self-check and the filing preview. */
export const eligibilityResultSchema = z
  .object({
    policy: z.string(),
    asOf: z.string(),
    target: z.object({ series: z.string(), level: z.enum(LEVELS), specialty: z.string().nullable() }),
    eligible: z.boolean(),
    pathway: pathway.nullable(),
    nearestPathway: pathway.nullable(),
    unmet: z.array(unmet),
    pathways: z.array(pathwayResult),
    effects: pathwayEffectsSchema,
    earliestEligibleOn: z.string().nullable(),
    policyStatus: z.enum(['in-force', 'draft']),
    warnings: z.array(z.string()),
  })
  .meta({ id: 'EligibilityResult', description: '资格核对结果：一次性告知全部不符合的条件及依据' });

true satisfies DescribesAll<typeof eligibilityResultSchema, EligibilityResult>;
