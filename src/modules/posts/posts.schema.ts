import { z } from 'zod';
import { isPostGrade, LEVELS, REGION_TIERS, unknownPostGradeMessage } from '../../domain/catalogue';
import { PLAN_STATES } from '../../domain/posts/plan-workflow';
import { FUNDING_KINDS, POST_CATEGORIES } from '../../domain/posts/post-plan';
import { citationSchema } from '../../http/citation';
import { calendarDateField, storedEnum, uuidField, yearParam } from '../../http/field-schemas';
import { errorResponse, fieldProblem, sortQuery } from '../../http/list-query';

const count = (what: string) =>
  z
    .number(`${what}应为数字`)
    .int(`${what}应为整数`)
    .min(0, `${what}不能为负数`)
    .max(1_000_000, `${what}过大`);

export const gradeField = z
  .number('岗位等级应为数字')
  .refine(isPostGrade, { error: (issue) => unknownPostGradeMessage(Number(issue.input)) });

/** What a unit drafts (岗位设置方案): every figure of the plan and its first day. */
export const planDraftBody = z
  .strictObject({
    staffingQuota: count('编制数'),
    funding: z.enum(FUNDING_KINDS, '经费形式应为全额拨款（full）、差额拨款（partial）或自收自支（self）'),
    mainCategory: z.enum(POST_CATEGORIES, '主体岗位类别应为专业技术、管理或工勤技能岗位'),
    totals: z.strictObject({
      professional: count('专业技术岗位总数'),
      management: count('管理岗位总数'),
      support: count('工勤技能岗位总数'),
    }),
    publicService: z.boolean('请说明是否主要以专业技术提供公益服务'),
    highestGrade: gradeField.nullable().default(null).describe('本单位专业技术岗位最高等级（如已核定）'),
    effectiveFrom: calendarDateField.describe('方案生效日期'),
    gradeQuotas: z
      .array(z.strictObject({ grade: gradeField, quota: count('岗位数') }), '请填写各等级岗位数')
      .max(13, '专业技术岗位最多13个等级'),
    specialPosts: z
      .array(
        z.strictObject({
          grade: gradeField,
          count: count('特设岗位数').min(1, '特设岗位数应为正整数'),
          reason: z.string('请写明特设岗位的设置事由').trim().min(2, '设置事由至少2个字').max(200),
          citation: z.string().trim().max(200).nullable().default(null).describe('设置依据（文件）'),
        }),
      )
      .max(50)
      .default([]),
  })
  .meta({ id: 'PostPlanDraft' });

export type PlanDraftBody = z.output<typeof planDraftBody>;

const planProblem = z
  .object({ key: z.string(), message: z.string(), citation: citationSchema, path: z.string() })
  .meta({ id: 'PostPlanProblem', description: '方案不符合的规定：规则、说明、依据和所涉字段' });

const actions = z
  .object({
    edit: z.boolean(),
    submit: z.boolean(),
    review: z.boolean(),
    return: z.boolean(),
    approve: z.boolean(),
  })
  .describe('当前用户可执行的操作');

/** A plan as lists and details answer it, with its structure check against the rules in force for it. */
export const postPlanSchema = z
  .object({
    id: z.string(),
    unit: z.object({ id: z.string(), name: z.string() }),
    version: z.number().int(),
    state: storedEnum(PLAN_STATES),
    stateName: z.string(),
    staffingQuota: z.number().int(),
    funding: storedEnum(FUNDING_KINDS),
    fundingName: z.string(),
    mainCategory: storedEnum(POST_CATEGORIES),
    totals: z.object({ professional: z.number(), management: z.number(), support: z.number() }),
    regionTier: storedEnum(REGION_TIERS),
    publicService: z.boolean(),
    highestGrade: z.number().int().nullable(),
    effectiveFrom: z.string(),
    effectiveUntil: z.string().nullable(),
    approvalDocument: z.string().nullable().describe('批复文号'),
    returnReasons: z.array(z.string()).describe('最近一次退回的意见（逐条）'),
    gradeQuotas: z.array(z.object({ grade: z.number().int(), quota: z.number().int() })),
    specialPosts: z.array(
      z.object({
        grade: z.number().int(),
        count: z.number().int(),
        reason: z.string(),
        citation: z.string().nullable(),
      }),
    ),
    submittedAt: z.string().nullable(),
    reviewedAt: z.string().nullable(),
    approvedAt: z.string().nullable(),
    updatedAt: z.string(),
    check: z.object({
      policy: z.object({ id: z.string(), name: z.string() }).describe('适用的政策集'),
      problems: z.array(planProblem).describe('不符合的项目（为空时可报送）'),
    }),
    actions,
  })
  .meta({ id: 'PostPlan' });

/** A refused submission or approval: every failing item with its rule and citation. */
export const planRefusalResponse = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.array(fieldProblem.extend({ key: z.string(), citation: citationSchema })),
    }),
  })
  .meta({ id: 'PostPlanRefusal', description: '岗位设置方案不符合规定：逐项列出规则、说明和依据' });

export const planFilters = {
  state: z.enum(PLAN_STATES).optional(),
  organisationId: uuidField.optional().describe('单位'),
  year: yearParam.optional().describe('方案生效年度'),
  sort: sortQuery(['effectiveFrom', 'updatedAt', 'unit'], '-updatedAt'),
};

export const returnBody = z.strictObject({
  reasons: z
    .array(
      z.string('退回意见应为文字').trim().min(2, '每条退回意见至少2个字').max(200, '每条退回意见最多200字'),
      '请逐条填写退回意见',
    )
    .min(1, '请至少填写一条退回意见')
    .max(30, '退回意见最多30条'),
});

export const reviewBody = z.strictObject({
  note: z.string().trim().max(200, '审核意见最多200字').nullable().default(null),
});

export const approveBody = z.strictObject({
  approvalDocument: z
    .string('请填写批复文号')
    .trim()
    .min(4, '批复文号至少4个字')
    .max(100, '批复文号最多100字')
    .describe('批复文号，如 鞍人社批〔2026〕12号'),
});

const boardRow = z.object({
  quota: z.number().int(),
  occupied: z.number().int(),
  vacant: z.number().int(),
  borrowedIn: z.number().int(),
  borrowedOut: z.number().int(),
  special: z.number().int(),
  over: z.number().int(),
  people: z.number().int(),
});

/** A unit's post board on a day. */
export const postBoardSchema = z
  .object({
    unit: z.object({ id: z.string(), name: z.string() }),
    asOf: z.string(),
    plan: z
      .object({
        id: z.string(),
        version: z.number().int(),
        effectiveFrom: z.string(),
        effectiveUntil: z.string().nullable(),
        approvalDocument: z.string().nullable(),
      })
      .nullable()
      .describe('当日执行的岗位设置方案；无则各等级岗位数为0'),
    grades: z.array(boardRow.extend({ grade: z.number().int(), name: z.string(), level: z.enum(LEVELS) })),
    levels: z.array(
      boardRow.extend({ level: z.enum(LEVELS), levelName: z.string(), netOver: z.number().int() }),
    ),
    specialPosts: z
      .array(z.object({ grade: z.number().int(), count: z.number().int(), reason: z.string() }))
      .describe('方案核定的特设岗位'),
  })
  .meta({ id: 'PostBoard' });

export const boardQuery = z.strictObject({
  asOf: calendarDateField.optional().describe('日期，默认今天'),
});

export { errorResponse };
