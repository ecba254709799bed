import { z } from 'zod';
import { GRADE_FILING_STATES } from '../../domain/posts/grade-filing-workflow';
import { citationSchema } from '../../http/citation';
import { calendarDateField, storedEnum, uuidField } from '../../http/field-schemas';
import { fieldProblem, sortQuery } from '../../http/list-query';

const filedGrade = z.union([z.literal(2), z.literal(3)], '评定的岗位等级应为专业技术二级（吉林可为三级）');

/** 评前沟通's content as the unit drafts it: the grade, the standard, the day of appointment, the candidates. */
export const gradeFilingDraftBody = z
  .strictObject({
    targetGrade: filedGrade.describe('评定的岗位等级'),
    standard: z
      .string('请填写评定标准')
      .trim()
      .min(10, '评定标准至少10个字')
      .max(4000, '评定标准最多4000字')
      .describe('评定标准条件（原文）'),
    plannedDate: calendarDateField.describe('拟聘用日期：任职年限和空余岗位按此日计算'),
    candidates: z
      .array(uuidField, '请列出参评人员')
      .max(50, '参评人员最多50人')
      .refine((ids) => new Set(ids).size === ids.length, '参评人员不能重复')
      .describe('参评人员（按单位排序）'),
  })
  .meta({ id: 'GradeFilingDraft' });
export type GradeFilingDraftBody = z.output<typeof gradeFilingDraftBody>;

export const acknowledgeBody = z.strictObject({
  note: z.string().trim().max(500, '答复意见最多500字').nullable().default(null).describe('答复意见'),
});

/** 评后报告: when the unit evaluated and every candidate's result. */
export const reportBody = z.strictObject({
  evaluatedOn: calendarDateField.describe('评定日期'),
  note: z.string().trim().max(1000, '评定情况最多1000字').nullable().default(null).describe('评定情况说明'),
  results: z
    .array(
      z.strictObject({
        personId: uuidField,
        passed: z.boolean('请写明是否通过'),
        result: z
          .string()
          .trim()
          .max(100, '票数或得分最多100字')
          .nullable()
          .default(null)
          .describe('票数或得分'),
      }),
    )
    .min(1, '请逐人填写评定结果'),
});

export const filingApproveBody = z.strictObject({
  approvalDocument: z
    .string('请填写备案核准文号')
    .trim()
    .min(4, '备案核准文号至少4个字')
    .max(100, '备案核准文号最多100字')
    .describe('省人社厅备案核准文号'),
});

const problem = z.object({
  key: z.string(),
  message: z.string(),
  citation: citationSchema,
  path: z.string(),
});

const filingCheck = z.object({
  vacancy: z.number().int().describe('拟聘用日该等级的空余岗位数'),
  fromGrade: z.number().int(),
  citations: z.array(citationSchema).describe('适用的条款'),
  problems: z.array(problem).describe('不符合的项目'),
});

const candidate = z.object({
  personId: z.string(),
  name: z.string(),
  currentGrade: z.number().int().nullable(),
  currentGradeName: z.string().nullable(),
  currentSince: z.string().nullable(),
  titleLevel: z.string().nullable(),
  titleLevelName: z.string().nullable(),
  passed: z.boolean().nullable(),
  result: z.string().nullable(),
});

export const gradeFilingSchema = z
  .object({
    id: z.string(),
    unit: z.object({ id: z.string(), name: z.string() }),
    targetGrade: z.number().int(),
    targetGradeName: z.string(),
    state: storedEnum(GRADE_FILING_STATES),
    stateName: z.string(),
    standard: z.string(),
    plannedDate: z.string(),
    vacancy: z.number().int().nullable().describe('报送评前沟通时该等级的空余岗位数'),
    acknowledgement: z.string().nullable(),
    evaluatedOn: z.string().nullable(),
    reportNote: z.string().nullable(),
    approvalDocument: z.string().nullable(),
    returnReasons: z.array(z.string()),
    candidates: z.array(candidate),
    communicatedAt: z.string().nullable(),
    reportedAt: z.string().nullable(),
    approvedAt: z.string().nullable(),
    updatedAt: z.string(),
    check: filingCheck.nullable().describe('按现行记录逐项检查的结果（仅详情和操作返回；列表为空）'),
    actions: z
      .object({
        edit: z.boolean(),
        communicate: z.boolean(),
        acknowledge: z.boolean(),
        report: z.boolean(),
        return: z.boolean(),
        approve: z.boolean(),
      })
      .describe('当前用户可执行的操作'),
  })
  .meta({ id: 'GradeFiling' });

export const gradeFilingFilters = {
  state: z.enum(GRADE_FILING_STATES).optional(),
  organisationId: uuidField.optional().describe('单位'),
  targetGrade: z.coerce.number('岗位等级应为数字').pipe(filedGrade).optional(),
  sort: sortQuery(['updatedAt', 'plannedDate'], '-updatedAt'),
};

/** What the unit's form needs: the route of its set, the vacancy and the staff at the lower grade. */
export const gradeFilingOptionsQuery = z.strictObject({
  targetGrade: z.coerce.number('岗位等级应为数字').pipe(filedGrade),
  plannedDate: calendarDateField,
});

export const gradeFilingOptionsSchema = z
  .object({
    targetGrade: z.number().int(),
    fromGrade: z.number().int(),
    quota: z.number().int().describe('该等级核定数额'),
    vacancy: z.number().int().describe('该等级空余岗位数'),
    requiredMonths: z.number().int().nullable().describe('在下一等级须聘满的月数'),
    citations: z.array(citationSchema),
    staff: z.array(
      z.object({
        personId: z.string(),
        name: z.string(),
        since: z.string(),
        titleLevel: z.string().nullable(),
        titleLevelName: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'GradeFilingOptions' });

/** A refused step: every failing item with its rule and citation. */
export const gradeFilingRefusalResponse = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.array(fieldProblem.extend({ key: z.string(), citation: citationSchema })),
    }),
  })
  .meta({ id: 'GradeFilingRefusal', description: '岗位评定备案不符合规定：逐项列出规则、说明和依据' });
