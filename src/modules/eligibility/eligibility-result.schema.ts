import { z } from 'zod';

const citation = z.object({ document: z.string(), clause: z.string() });
const unmet = z.object({
  rule: z.string(),
  message: z.string(),
  citation,
  facts: z.record(z.string(), z.unknown()),
});
const effects = z.object({
  directRecognition: z.boolean(),
  passRateCap: z.number().nullable(),
  outsidePostQuota: z.boolean(),
  postGrade: z.number().nullable(),
  separateEvaluation: z.boolean(),
});

/** The eligibility answer (CONTRACTS §1) as the API serialises it: the self-check and the filing preview. */
export const eligibilityResultSchema = z.object({
  policy: z.string(),
  asOf: z.string(),
  target: z.object({ series: z.string(), level: z.string(), specialty: z.string().nullable() }),
  eligible: z.boolean(),
  pathway: z.string().nullable(),
  nearestPathway: z.string().nullable(),
  unmet: z.array(unmet),
  pathways: z.array(
    z.object({
      pathway: z.string(),
      eligible: z.boolean(),
      basis: z.object({ id: z.string(), name: z.string(), citation }),
      unmet: z.array(unmet),
      effects,
      earliestEligibleOn: z.string().nullable(),
      bases: z
        .array(
          z.object({
            id: z.string(),
            name: z.string(),
            citation,
            eligible: z.boolean(),
            unmet: z.array(unmet),
            earliestEligibleOn: z.string().nullable(),
          }),
        )
        .optional()
        .describe('途径有多个依据时，每个依据各自未满足的条件'),
    }),
  ),
  effects,
  earliestEligibleOn: z.string().nullable(),
  policyStatus: z.enum(['in-force', 'draft']),
  warnings: z.array(z.string()),
});
