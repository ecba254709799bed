import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { codesOf } from '../../domain/code-labels';
import { EMPLOYER_KINDS } from '../../domain/organisations/organisation-kinds';
import { REGISTRABLE_UNIT_KINDS } from '../../domain/organisations/unit-registration';
import { publicForm, publicRoute } from '../../http/access';
import {
  creditCodeField,
  mobilePhoneField,
  passwordField,
  regionCodeField,
  uuidField,
} from '../../http/field-schemas';
import { errorResponse } from '../../http/list-query';
import { routesIn } from '../../http/route-options';
import type { UnitRegistrationService } from './unit-registration.service';
import { unitReference } from './unit-schemas';

/** Registrations per address and minute: enough for an office, too few for a script. */
const PER_MINUTE = 10;

const registration = z.strictObject({
  creditCode: creditCodeField,
  name: z.string('请填写单位名称').trim().min(2, '单位名称至少2个字').max(100),
  kind: z.enum(REGISTRABLE_UNIT_KINDS, '单位类型应为 employer（用人单位）或 dispatch-agency（劳务派遣单位）'),
  employerKind: z.enum(codesOf(EMPLOYER_KINDS)).optional().describe('单位性质；用人单位必填'),
  regionCode: regionCodeField.describe('单位所在地行政区划代码：由该地人社部门审核'),
  address: z.string('请填写单位地址').trim().min(2, '请填写单位地址').max(200),
  contactName: z
    .string('请填写联系人姓名')
    .trim()
    .min(2, '请填写联系人姓名')
    .max(30)
    .regex(/^[\p{Script=Han}·•A-Za-z\s]+$/u, '姓名只能包含汉字、字母和间隔号'),
  contactPhone: mobilePhoneField.describe('联系人手机号：经短信验证，作为单位管理员账号的手机号'),
  code: z.string('请填写短信验证码').trim().max(6),
  username: z
    .string('请填写登录用户名')
    .trim()
    .regex(/^[A-Za-z][A-Za-z0-9_]{3,31}$/, '用户名应以字母开头，4–32位字母、数字或下划线'),
  password: passwordField,
  departmentId: uuidField.nullable().optional().describe('主管部门（见 /api/v1/public/departments）'),
  dispatchesTo: z
    .array(unitReference)
    .max(50)
    .optional()
    .describe('劳务派遣单位填写：派往的用人单位（统一社会信用代码或标识），须为已审核通过的用人单位'),
});

export function unitRegistrationRoutes(service: UnitRegistrationService): FastifyPluginAsyncZod {
  return routesIn(['单位注册'], (app, route) => {
    app.post(
      '/api/v1/public/unit-registrations',
      // No session exists yet, so no CSRF token; the SMS code proves the contact's phone.
      route(publicForm(PER_MINUTE), '单位注册（用人单位、劳务派遣单位）', {
        description:
          '以统一社会信用代码注册单位及其管理员账号，联系人手机号须经短信验证（用途 register-unit）。注册后单位和账号待所在地人社部门审核，审核通过前不能登录。被退回的注册，以同一统一社会信用代码和原联系人手机号重新提交即替换原注册。',
        body: registration,
        response: {
          201: z
            .object({
              organisationId: z.string(),
              username: z.string(),
              status: z.literal('pending'),
              resubmitted: z.boolean().describe('是否为退回后的重新提交'),
            })
            .meta({ id: 'UnitRegistered' }),
          409: errorResponse,
          422: errorResponse,
        },
      }),
      async (request, reply) => reply.status(201).send(await service.register(request.body)),
    );

    app.get(
      '/api/v1/public/departments',
      route(publicRoute, '可选的主管部门（所在地区及上级地区）', {
        querystring: z.strictObject({ regionCode: regionCodeField }),
        response: {
          200: z.array(
            z
              .object({
                id: z.string(),
                name: z.string(),
                jurisdiction: z.object({ code: z.string(), name: z.string() }),
              })
              .meta({ id: 'DepartmentOption' }),
          ),
        },
      }),
      (request) => service.departments(request.query.regionCode),
    );
  });
}
