import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, forRoles, publicLimited, publicRoute } from '../../http/access';
import { idParams, uuidField } from '../../http/field-schemas';
import { pdfResponse, sendPdf } from '../../http/file-reply';
import { errorResponse } from '../../http/list-query';
import { routesIn } from '../../http/route-options';
import type { PublicityService } from './publicity.service';

const notice = z
  .object({
    id: z.string(),
    kind: z
      .enum(['unit', 'dispatch', 'result'])
      .describe('unit 单位公示 | dispatch 派遣单位公示 | result 结果公示'),
    maskedName: z.string(),
    unitName: z.string(),
    publisher: z.string(),
    organisationId: z.string(),
    targetTitle: z.string(),
    startsOn: z.string(),
    endsOn: z.string(),
  })
  .meta({ id: 'PublicNotice' });

const objectionStatus = z
  .enum(['open', 'upheld', 'dismissed'])
  .describe('open 待核实 | upheld 异议成立 | dismissed 异议不成立');

// Mobile numbers, landlines with area code, or an e-mail address.
const contactField = z
  .string()
  .trim()
  .refine(
    (v) => /^1[3-9]\d{9}$/.test(v) || /^0\d{2,3}-?\d{7,8}$/.test(v) || /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v),
    '应为手机号码、固定电话（含区号）或电子邮箱',
  );

const objectionBody = z.strictObject({
  complainantName: z
    .string()
    .trim()
    .regex(/^[\u4e00-\u9fa5·]{2,20}$|^[A-Za-z][A-Za-z .'-]{1,29}$/, '须填写真实姓名'),
  contact: contactField,
  content: z.string().trim().min(10, '请具体写明异议的事实和理由（不少于10个字）').max(2000),
});

/** Public notices and objections (no login), and the unit's handling of objections. */
export function publicityRoutes(service: PublicityService): FastifyPluginAsyncZod {
  return routesIn(['公示与异议'], (app, route) => {
    app.get(
      '/api/v1/public/publicity',
      route(publicRoute, '正在公示的申报人员（姓名已脱敏）', {
        querystring: z.strictObject({ organisationId: uuidField.optional() }),
        response: {
          200: z.object({ today: z.string(), items: z.array(notice) }).meta({ id: 'PublicNotices' }),
        },
      }),
      (request) => service.current(request.query.organisationId),
    );

    app.post(
      '/api/v1/public/publicity/:id/objections',
      route(publicLimited(10), '对公示提出异议（须实名并留联系方式）', {
        params: idParams,
        body: objectionBody,
        response: {
          201: z.object({ id: z.string(), status: objectionStatus, createdAt: z.string() }),
          409: errorResponse,
        },
      }),
      async (request, reply) => reply.status(201).send(await service.object(request.params.id, request.body)),
    );

    app.get(
      '/api/v1/publicity/notices.pdf',
      route(forRoles('employer', 'dispatcher'), '本单位公示表（PDF，正在公示的人员）', {
        response: { 200: pdfResponse('公示表') },
      }),
      async (request, reply) => {
        const bytes = await service.sheetPdf(actorOf(request));
        return sendPdf(reply, '公示表.pdf', bytes);
      },
    );

    app.post(
      '/api/v1/objections/:id/resolution',
      route(forRoles('employer', 'dispatcher', 'committee-office'), '登记异议核实处理结果', {
        params: idParams,
        body: z.strictObject({
          status: z.enum(['upheld', 'dismissed']),
          outcome: z.string().trim().min(4, '请写明核实情况和处理结果').max(2000),
        }),
        response: {
          200: z
            .object({
              id: z.string(),
              status: objectionStatus,
              outcome: z.string().nullable(),
              handledAt: z.string(),
            })
            .meta({ id: 'ObjectionHandled' }),
          409: errorResponse,
        },
      }),
      (request) => service.resolve(actorOf(request), request.params.id, request.body),
    );
  });
}
