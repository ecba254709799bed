import { z } from 'zod';
import { LEVELS } from '../../domain/catalogue';
import { FUNDING_KINDS } from '../../domain/posts/post-plan';
import { calendarDateField, regionCodeField } from '../../http/field-schemas';
import { pageOf, pagingQuery, sortQuery } from '../../http/list-query';
import { postBoardSchema } from './posts.schema';

/** What every monitoring read is narrowed by: the region (a sub-region of the actor's), the day, 经费形式, level. */
const monitoringFilters = {
  regionCode: regionCodeField.optional().describe('行政区划代码（本辖区或其下级），默认本辖区'),
  asOf: calendarDateField.optional().describe('日期，默认今天（今天的数字取自随每次变动更新的汇总）'),
  kind: z
    .enum(FUNDING_KINDS, '单位类型应为全额拨款（full）、差额拨款（partial）或自收自支（self）')
    .optional()
    .describe('单位类型（现行方案的经费形式）'),
  level: z.enum(LEVELS, '岗位层级不存在').optional().describe('岗位层级'),
};

export const monitoringQuery = z.strictObject(monitoringFilters);
export const overviewQuery = z.strictObject({
  ...monitoringFilters,
  pageSize: pagingQuery.pageSize.describe('各清单首页的行数'),
});
export const monitoringListQuery = z.strictObject({
  ...monitoringFilters,
  ...pagingQuery,
  sort: sortQuery(['figure', 'unit'], '-figure'),
});
export const monitoringUnitsQuery = z.strictObject({ ...monitoringFilters, ...pagingQuery });
export const changesQuery = z.strictObject({
  regionCode: monitoringFilters.regionCode,
  from: calendarDateField.describe('期间首日'),
  to: calendarDateField.describe('期间末日（含）'),
});

/** The board's figures of a grade (posts.schema.ts), without the head count the monitor does not sum. */
const figures = postBoardSchema.shape.grades.element.omit({
  grade: true,
  name: true,
  level: true,
  people: true,
}).shape;

export const monitoringListItem = z
  .object({
    unitId: z.string(),
    unitName: z.string(),
    jurisdictionCode: z.string(),
    level: z.enum(LEVELS).nullable(),
    levelName: z.string().nullable(),
    grade: z.number().int().nullable(),
    gradeName: z.string().nullable(),
    quota: z.number().int().nullable(),
    occupied: z.number().int().nullable(),
    figure: z.number().int().describe('本清单的数字：超岗数、空缺数或特设岗位数'),
    netOver: z.number().int().nullable().describe('该层级净超岗数（各等级已聘合计 − 核定数合计）'),
    lastStart: z.string().nullable().describe('该等级最近一次聘用起始日'),
  })
  .meta({ id: 'PostMonitoringListItem' });

export const monitoringListPage = pageOf(monitoringListItem).meta({ id: 'PostMonitoringListPage' });

export const monitoringSchema = z
  .object({
    asOf: z.string(),
    source: z.enum(['summary', 'recount']).describe('summary：随变动维护的汇总；recount：按日期重新统计'),
    region: z.object({ code: z.string(), name: z.string() }),
    idleMonths: z.number().int().describe('空缺超过该月数未聘用即为长期空缺'),
    totals: z.object({ unitsWithPlan: z.number().int(), unitsWithoutPlan: z.number().int(), ...figures }),
    levels: z.array(z.object({ level: z.enum(LEVELS), levelName: z.string(), ...figures })),
    subRegions: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        unitsWithPlan: z.number().int(),
        unitsWithoutPlan: z.number().int(),
        ...figures,
      }),
    ),
    gradeFilings: z
      .array(
        z.object({
          state: z.string(),
          stateName: z.string(),
          targetGrade: z.number().int(),
          gradeName: z.string(),
          count: z.number().int(),
        }),
      )
      .describe('本地区单位的岗位评定备案（二级岗位；吉林三级、二级）按状态计数，不含草稿'),
    lists: z.object({
      overQuota: monitoringListPage,
      idleVacancies: monitoringListPage,
      specialPosts: monitoringListPage,
      withoutPlan: monitoringListPage,
    }),
  })
  .meta({ id: 'PostMonitoring' });

export const monitoringUnitsSchema = z
  .object({
    asOf: z.string(),
    items: z.array(
      z.object({
        unitId: z.string(),
        unitName: z.string(),
        jurisdictionCode: z.string(),
        planId: z.string(),
        planFrom: z.string(),
        grades: z.array(z.object({ grade: z.number().int(), name: z.string(), ...figures })),
      }),
    ),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: 'PostMonitoringUnits' });
