import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PHONE_CODE_PURPOSES } from '../../domain/accounts/phone-code-rules';
import { publicForm } from '../../http/access';
import { mobilePhoneField, passwordField, regionCodeField } from '../../http/field-schemas';
import { errorResponse } from '../../http/list-query';
import { routesIn } from '../../http/route-options';
import { codeSent } from './account.schema';
import type { PhoneCodes } from './phone-codes.service';
import type { RegistrationService } from './registration.service';

/** Codes and registrations per address and minute: enough for a family, too few for a script. */
const PER_MINUTE = 10;

export function registrationRoutes(deps: {
  codes: PhoneCodes;
  registration: RegistrationService;
}): FastifyPluginAsyncZod {
  return routesIn(['账号注册'], (app, route) => {
    app.post(
      '/api/v1/public/phone-codes',
      // No session exists yet, so no CSRF token; the code only reaches the number's owner.
      route(publicForm(PER_MINUTE), '获取短信验证码（注册账号、单位注册、找回密码）', {
        body: z.strictObject({
          phone: mobilePhoneField,
          purpose: z.enum(PHONE_CODE_PURPOSES, '用途应为 register、register-unit 或 reset-password'),
        }),
        response: {
          202: codeSent,
        },
      }),
      async (request, reply) => {
        const sent = await deps.codes.send(request.body.phone, request.body.purpose);
        return reply.status(202).send(sent);
      },
    );

    app.post(
      '/api/v1/public/registrations',
      route(publicForm(PER_MINUTE), '专业技术人员实名注册', {
        description:
          '以真实姓名、居民身份证号码和经短信验证的手机号注册账号；同一身份证号码只能注册一个账号。已由单位或历史数据登记的人员，注册即认领本人档案。',
        body: z.strictObject({
          name: z
            .string('请填写真实姓名')
            .trim()
            .min(2, '请填写真实姓名')
            .max(30)
            .regex(/^[\p{Script=Han}·•A-Za-z\s]+$/u, '姓名只能包含汉字、字母和间隔号'),
          idNumber: z.string('请填写居民身份证号码').trim().max(18),
          phone: mobilePhoneField,
          code: z.string('请填写短信验证码').trim().max(6),
          password: passwordField,
          regionCode: regionCodeField.describe('工作所在地行政区划代码'),
          username: z
            .string()
            .trim()
            .regex(/^[A-Za-z][A-Za-z0-9_]{3,31}$/, '用户名应以字母开头，4–32位字母、数字或下划线')
            .optional()
            .describe('登录用户名；不填则以手机号登录'),
        }),
        response: {
          201: z
            .object({
              userId: z.string(),
              username: z.string(),
              claimedExistingPerson: z.boolean().describe('是否认领了系统中已有的本人档案'),
            })
            .meta({ id: 'Registered' }),
          409: errorResponse,
          422: errorResponse,
        },
      }),
      async (request, reply) => reply.status(201).send(await deps.registration.register(request.body)),
    );
  });
}
