import { z } from 'zod';
import { UNIT_STATUSES } from '../../domain/accounts/employment-relation';
import { codesOf } from '../../domain/code-labels';
import { EMPLOYER_KINDS, ORGANISATION_KINDS } from '../../domain/organisations/organisation-kinds';

/** An organisation as every route answers with it (organisation-view.ts). */
export const organisationSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(codesOf(ORGANISATION_KINDS)),
    creditCode: z.string(),
    employerKind: z.enum(codesOf(EMPLOYER_KINDS)).nullable(),
    jurisdiction: z.object({ code: z.string(), name: z.string() }),
    status: z
      .enum(codesOf(UNIT_STATUSES))
      .describe('审核状态：approved 已通过，pending 待审核，returned 已退回'),
    department: z.object({ id: z.string(), name: z.string() }).nullable().describe('主管部门'),
    address: z.string().nullable(),
    contact: z
      .object({ name: z.string(), phoneMasked: z.string().nullable() })
      .nullable()
      .describe('单位注册时填写的联系人（手机号脱敏）'),
    createdAt: z.string(),
  })
  .meta({ id: 'Organisation' });

/** The review status filter of unit lists. */
export const unitStatusFilter = z.enum(codesOf(UNIT_STATUSES), '状态应为 approved、pending 或 returned');
