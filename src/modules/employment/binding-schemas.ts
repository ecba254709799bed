import { z } from 'zod';
import { BINDING_STATUSES, EMPLOYMENT_RELATIONS } from '../../domain/accounts/employment-relation';
import { codesOf } from '../../domain/code-labels';

/** The response schemas of the binding routes, shared by the person's and the unit's side. */

const relation = z
  .enum(codesOf(EMPLOYMENT_RELATIONS))
  .describe('用工形式：staff 在编，contract 合同制，dispatch 劳务派遣');
const status = z
  .enum(codesOf(BINDING_STATUSES))
  .describe(
    'pending 待单位确认，confirmed 已确认，refused 单位已拒绝，withdrawn 本人已撤回，ended 更换单位后结束，unlinked 管理员已解除',
  );
const namedUnit = z.object({ id: z.string(), name: z.string() });

const bindingFacts = {
  id: z.string(),
  relation,
  dispatchAgency: namedUnit.nullable().describe('劳务派遣人员的派遣单位'),
  startedOn: z.string().describe('入职（起始）日期'),
  endedOn: z.string().nullable(),
  status,
  source: z
    .enum(['person', 'unit-import', 'migrated'])
    .describe('person 本人申请，unit-import 单位批量登记，migrated 历史数据'),
  requestedAt: z.string(),
  decidedAt: z.string().nullable(),
  reason: z.string().nullable().describe('单位拒绝或管理员解除的原因'),
};

/** A binding in the person's own history. */
export const personBinding = z
  .object({
    ...bindingFacts,
    organisation: z.object({ id: z.string(), name: z.string(), creditCode: z.string() }),
    actions: z.array(z.enum(['withdraw'])).describe('本人可执行的操作'),
  })
  .meta({ id: 'PersonBinding' });

/** The person's employment: current unit, open request, history. */
export const myEmployment = z
  .object({
    current: z
      .object({
        bindingId: z.string().nullable().describe('当前绑定；系统启用绑定前登记的单位为 null'),
        organisation: z.object({
          id: z.string(),
          name: z.string(),
          creditCode: z.string(),
          regionName: z.string(),
        }),
        relation: relation.nullable(),
        dispatchAgency: namedUnit.nullable(),
        since: z.string().nullable(),
      })
      .nullable()
      .describe('当前人事（劳动）关系所在单位；未绑定为 null'),
    pending: personBinding.nullable().describe('待单位确认的申请'),
    history: z.array(personBinding).describe('全部绑定记录，最近的在前'),
  })
  .meta({ id: 'MyEmployment' });

/** A binding as the unit sees it (ID number masked). */
export const unitBinding = z
  .object({
    ...bindingFacts,
    person: z.object({
      id: z.string().describe('人员（聘用申请等按人员办理的事项引用）'),
      name: z.string(),
      idNumberMasked: z.string(),
    }),
    actions: z.array(z.enum(['confirm', 'refuse'])).describe('本单位可执行的操作'),
  })
  .meta({ id: 'UnitBinding' });

/** An administrator's unlinking, as answered. */
export const unlinkedBinding = z
  .object({
    id: z.string(),
    status,
    endedOn: z.string().nullable(),
    reason: z.string().nullable(),
    organisation: namedUnit,
    person: namedUnit,
  })
  .meta({ id: 'UnlinkedBinding' });

/** The reason a unit refuses or an administrator unlinks: what the person will read. */
export const reasonBody = z.strictObject({
  reason: z.string('请填写原因').trim().min(2, '原因至少2个字').max(200, '原因不超过200个字'),
});

export { relation as relationSchema, status as bindingStatusSchema };
