import { z } from 'zod';
import { LEVELS } from '../../domain/catalogue';
import { APPOINTMENT_KINDS } from '../../domain/posts/appointment';
import { APPOINTMENT_STATES } from '../../domain/posts/appointment-workflow';
import { APPOINTMENT_SOURCES } from '../../domain/posts/proposal-from-effects';
import { citationSchema } from '../../http/citation';
import { calendarDateField, storedEnum, uuidField } from '../../http/field-schemas';
import { fieldProblem, sortQuery } from '../../http/list-query';
import { gradeField } from './posts.schema';

const text = (what: string, max: number) =>
  z.string(`${what}应为文字`).trim().min(2, `${what}至少2个字`).max(max, `${what}最多${max}字`);

/**
 * What a unit proposes (聘用申请), as the guards read it (domain/posts/appointment.ts), with what
 * the unit states about the person that no record holds.
 */
export const appointmentDraftBody = z
  .strictObject({
    personId: uuidField.describe('拟聘人员'),
    kind: z.enum(APPOINTMENT_KINDS, '聘用类型不正确'),
    grade: gradeField.describe('拟聘岗位等级（解除聘用时为原聘等级）'),
    level: z.enum(LEVELS, '岗位层级不正确').optional(),
    startDate: calendarDateField.describe('聘用起始日期'),
    series: z.string().trim().min(1).max(32).optional().describe('岗位所属系列'),
    borrowFromGrade: gradeField.optional().describe('借用的高级别岗位等级'),
    borrowFromSeries: z.string().trim().min(1).max(32).optional(),
    reason: text('事由', 200).optional(),
    approvalDocument: text('特设岗位核准文号', 100).optional(),
    titleDueDate: calendarDateField.optional().describe('先聘后评：取得职称的期限'),
    endDate: calendarDateField
      .optional()
      .describe('固定聘期的终止日期（自该日起不再聘用，不含当日）；不填为无固定期限'),
    institutionalReform: z.boolean().optional().describe('因机构改革等特殊需要安置'),
    intervalShortenedMonths: z.number().int().min(0).max(120).optional(),
    priorContractServiceMonths: z
      .number()
      .int()
      .min(0)
      .max(600)
      .optional()
      .describe('转为在编前以合同制或劳务派遣身份聘于同一等级的月数（原聘用资历，政策集认可时计入间隔）'),
    person: z
      .strictObject({
        newStaff: z.boolean().default(false).describe('新增人员（新招聘或调入）'),
        exchangeEntrant: z.boolean().default(false).describe('通过人员交流进入'),
        dualRole: z.boolean().default(false).describe('双肩挑'),
        introducedTalent: z.boolean().default(false).describe('引进的海外专家、科研团队成员'),
        fromCategory: z.enum(['management', 'support']).optional().describe('转聘前岗位类别'),
        covidFrontlineCommended: z
          .boolean()
          .optional()
          .describe(
            '在疫情防控一线做出突出贡献（吉林2022年职称工作通知二(三)：同层级内直接聘用到上一级岗位）',
          ),
      })
      .default({ newStaff: false, exchangeEntrant: false, dualRole: false, introducedTalent: false }),
    conversionSchemeApproved: z.boolean().optional().describe('转聘工作方案已经主管部门批准'),
  })
  .refine((b) => !b.endDate || b.endDate > b.startDate, {
    path: ['endDate'],
    message: '聘期终止日期须晚于聘用起始日期',
  })
  .meta({ id: 'AppointmentDraft' });

export type AppointmentDraftBody = z.output<typeof appointmentDraftBody>;

const finding = z
  .object({
    key: z.string(),
    name: z.string(),
    status: z.enum(['fail', 'wait']),
    reason: z.string(),
    citations: z.array(citationSchema).readonly(),
    from: z.string().optional(),
  })
  .meta({ id: 'AppointmentFinding', description: '未通过的聘用规则：规则、原因和依据' });

/** A check of the guards: every failing rule at once, the earliest date when only time is missing. */
export const appointmentCheckSchema = z
  .object({
    allowed: z.boolean(),
    findings: z.array(finding).readonly(),
    earliestDate: z.string().nullable(),
    titleDueDate: z.string().nullable(),
    notes: z
      .array(z.object({ key: z.string(), note: z.string(), citations: z.array(citationSchema).readonly() }))
      .readonly(),
    applied: z.array(z.string()).readonly(),
    policy: z.object({ id: z.string() }).describe('适用的政策集'),
  })
  .meta({ id: 'AppointmentCheck' });

const actions = z
  .object({
    edit: z.boolean(),
    propose: z.boolean(),
    review: z.boolean(),
    return: z.boolean(),
    file: z.boolean(),
    end: z.boolean().describe('解除聘用（本单位，已备案的聘用）'),
  })
  .describe('当前用户可执行的操作');

export const appointmentSchema = z
  .object({
    id: z.string(),
    unit: z.object({ id: z.string(), name: z.string() }),
    person: z.object({ id: z.string(), name: z.string() }),
    kind: z.string(),
    kindName: z.string(),
    grade: z.number().int(),
    gradeName: z.string(),
    boardKind: z.string(),
    borrowedFromGrade: z.number().int().nullable(),
    startDate: z.string(),
    endDate: z.string().nullable(),
    state: storedEnum(APPOINTMENT_STATES),
    stateName: z.string(),
    reason: z.string().nullable(),
    source: storedEnum(APPOINTMENT_SOURCES).describe(
      '来源：单位申请，或职称授予后按途径效果、评聘结合生成的聘用建议',
    ),
    sourceName: z.string(),
    applicationId: z.string().nullable().describe('生成聘用建议的职称申报'),
    approvalDocument: z.string().nullable().describe('备案文号（特设岗位为核准文号）'),
    titleDueDate: z.string().nullable(),
    publicityUntil: z.string().nullable().describe('公示截止日'),
    returnReasons: z.array(z.string()),
    check: appointmentCheckSchema.nullable().describe('最近一次按现行政策检查的结果'),
    request: appointmentDraftBody
      .nullable()
      .describe('单位填写的聘用申请，含单位说明的人员情况（修改草稿时据此回填）'),
    updatedAt: z.string(),
    actions,
  })
  .meta({ id: 'Appointment' });

export const appointmentFilters = {
  state: z.enum(APPOINTMENT_STATES).optional(),
  organisationId: uuidField.optional().describe('单位'),
  personId: uuidField.optional().describe('人员'),
  grade: z.coerce.number('岗位等级应为数字').pipe(gradeField).optional(),
  sort: sortQuery(['startDate', 'updatedAt', 'grade'], '-updatedAt'),
};

/** A refused proposal or filing: every failing rule with its citation, and the earliest date when only time is missing. */
export const appointmentRefusalResponse = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.array(
        fieldProblem.extend({
          key: z.string(),
          citations: z.array(citationSchema),
          from: z.string().optional(),
        }),
      ),
    }),
  })
  .meta({ id: 'AppointmentRefusal', description: '聘用不符合规定：逐项列出规则、原因和依据' });

export const fileBody = z.strictObject({
  approvalDocument: text('备案文号', 100).describe('人社部门备案文号'),
});

export const endBody = z.strictObject({
  endDate: calendarDateField.describe('解除聘用日期'),
  reason: text('解除聘用事由', 200),
});
