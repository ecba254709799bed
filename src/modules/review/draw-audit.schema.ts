import { z } from 'zod';
import { LEVELS } from '../../domain/catalogue';
import { RELATION_NAMES, type RelationKind } from '../../domain/review/pool-snapshot';

const unitPeriod = z.object({ unitId: z.string(), from: z.string(), to: z.string().nullable() });

/**
 * The frozen draw inputs field by field as the draw stored them (domain/review: PoolExpert,
 * DrawApplicant): an auditor recomputes their SM3 from exactly this, so nothing may be added,
 * renamed or left out on the way.
 */
const poolExpert = z.object({
  id: z.string(),
  name: z.string(),
  group: z.string(),
  level: z.enum(LEVELS),
  unitId: z.string().nullable(),
  unitHistory: z.array(unitPeriod).readonly(),
  regionCode: z.string(),
  privateSector: z.boolean(),
  relations: z
    .array(
      z.object({
        personId: z.string(),
        kind: z.enum(Object.keys(RELATION_NAMES) as [RelationKind, ...RelationKind[]]),
        note: z.string().optional(),
      }),
    )
    .readonly(),
});

const drawApplicant = z.object({
  applicationId: z.string(),
  personId: z.string(),
  group: z.string(),
  units: z.array(unitPeriod).readonly(),
  materialsText: z.string().describe('回避检查所读的申报材料文本（档案与附件名），用于核对专家姓名是否出现'),
});

export const poolSnapshotResponse = z
  .object({
    sessionId: z.string(),
    sessionName: z.string(),
    committee: z.object({ id: z.string(), name: z.string() }),
    heldOn: z.string(),
    lookBackYears: z.number().int(),
    strata: z.array(
      z.object({
        group: z.string(),
        seats: z.number().int(),
        alternates: z.number().int(),
        greenChannel: z.boolean().optional(),
      }),
    ),
    seed: z.string(),
    seedPublishedAt: z.string().nullable(),
    poolHash: z.string().describe('专家库快照的SM3摘要（canonicalPoolSnapshot），随种子公布'),
    inputsHash: z.string().describe('回避依据的SM3摘要（canonicalJson），随种子公布'),
    pool: z.array(poolExpert),
    applicants: z.array(drawApplicant),
    panel: z
      .array(
        z.object({
          expertId: z.string(),
          group: z.string(),
          role: z.enum(['member', 'alternate']),
          order: z.number().int(),
        }),
      )
      .describe('已抽取的专家组（尚未抽取时为空）'),
  })
  .meta({ id: 'PoolSnapshot' });
