import { z } from 'zod';
import { LEVELS } from '../../domain/catalogue/levels';
import { codesOf } from '../../domain/code-labels';
import { RELATION_NAMES } from '../../domain/review/pool-snapshot';
import { fieldProblem } from '../../http/list-query';
import type { DescribesAll } from '../../http/response-shape';
import type { ExpertsService } from './experts.service';

type Answer<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;

/** The kinds of relation that recuse an expert from a person's application. */
export const relationKind = z
  .enum(codesOf(RELATION_NAMES), '关系类型不正确')
  .describe(
    'relative 亲属 | supervisor 导师 | student 学生 | co-author 合著 | declared-conflict 自行申报回避',
  );

/** One expert of the registry; `group` is set when the list is one committee's pool for a year. */
export const expert = z
  .object({
    id: z.string(),
    name: z.string(),
    series: z.string(),
    level: z.enum(LEVELS),
    levelName: z.string(),
    specialty: z.string(),
    unitName: z.string(),
    regionCode: z.string(),
    privateSector: z.boolean(),
    termFrom: z.string(),
    termTo: z.string(),
    status: z.string().describe('active 在聘 | suspended 暂停'),
    hasAccount: z.boolean().describe('是否已开通专家端账号'),
    group: z.string().nullable().describe('年度专家库中的专业组'),
    relations: z.array(z.object({ kind: relationKind, kindName: z.string(), personName: z.string() })),
  })
  .meta({ id: 'Expert' });

export const expertAccountOpened = z
  .object({ expertId: z.string(), userId: z.string(), username: z.string() })
  .meta({ id: 'ExpertAccountOpened' });

export const expertsImported = z
  .object({
    total: z.number().int(),
    imported: z.number().int(),
    failed: z.number().int(),
    errors: z.array(z.object({ row: z.number().int(), name: z.string(), problems: z.array(fieldProblem) })),
  })
  .meta({ id: 'ExpertsImported' });

/** A change of a committee's yearly pool, done. */
export const poolChanged = z.object({ ok: z.boolean() }).meta({ id: 'ExpertPoolChanged' });

export const relationDeclared = z
  .object({ id: z.number().int(), personName: z.string(), kind: relationKind })
  .meta({ id: 'ExpertRelationDeclared' });

true satisfies DescribesAll<z.ZodArray<typeof expert>, Answer<ExpertsService['list']>>;
true satisfies DescribesAll<typeof expertAccountOpened, Answer<ExpertsService['openAccount']>>;
true satisfies DescribesAll<typeof expertsImported, Answer<ExpertsService['importWorkbook']>>;
true satisfies DescribesAll<typeof poolChanged, Answer<ExpertsService['addToPool']>>;
true satisfies DescribesAll<typeof poolChanged, Answer<ExpertsService['removeFromPool']>>;
true satisfies DescribesAll<typeof relationDeclared, Answer<ExpertsService['declareRelation']>>;
