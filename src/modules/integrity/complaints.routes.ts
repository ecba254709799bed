import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, forRoles, publicLimited } from '../../http/access';
import { idParams, storedEnum } from '../../http/field-schemas';
import { errorResponses, pageResponse, pagingQuery } from '../../http/list-query';
import { routesIn } from '../../http/route-options';
import type { ComplaintsService } from './complaints.service';

const hrOnly = forRoles('hr');

/**
 * Complaints lodged per client address per minute. A real person reports a handful of matters
 * at most; more than this is a script filling the bureau's queue.
 */
export const COMPLAINTS_PER_MINUTE = 5;

const complaint = z
  .object({
    id: z.string(),
    reference: z.string(),
    complainantName: z.string(),
    phoneMasked: z.string(),
    regionCode: z.string(),
    regionName: z.string(),
    subject: z.string(),
    content: z.string(),
    status: storedEnum(['open', 'resolved']).describe('open 待办理 | resolved 已办结'),
    statusName: z.string(),
    outcome: z.string().nullable(),
    malicious: z.boolean(),
    sanction: z.string().nullable(),
    submittedAt: z.string(),
    handledAt: z.string().nullable(),
    actions: z.array(z.enum(['resolve', 'flag-malicious'])),
  })
  .meta({ id: 'Complaint' });

/** Complaints and reports: lodged by anyone with a real name and phone, handled by the HR bureau. */
export function complaintsRoutes(service: ComplaintsService): FastifyPluginAsyncZod {
  return routesIn(['投诉举报'], (app, route) => {
    app.get(
      '/api/v1/public/complaints/recipients',
      route(publicLimited(60), '受理投诉举报的人社部门（按行政区划）', {
        response: {
          200: z.array(
            z
              .object({ regionCode: z.string(), regionName: z.string(), bureauName: z.string() })
              .meta({ id: 'ComplaintRecipient' }),
          ),
        },
      }),
      () => service.recipients(),
    );

    app.post(
      '/api/v1/public/complaints',
      route(publicLimited(COMPLAINTS_PER_MINUTE), '提交投诉举报（须实名并留联系电话，无需登录）', {
        body: z.strictObject({
          complainantName: z.string('请填写真实姓名').trim().max(30),
          phone: z.string('请填写联系电话').trim().max(20),
          regionCode: z.string('请选择受理地区').regex(/^\d{6}$/, '行政区划代码应为6位数字'),
          subject: z.string('请填写投诉举报对象').trim().min(2, '请填写投诉举报对象').max(100),
          content: z
            .string('请填写投诉举报内容')
            .trim()
            .min(10, '请具体写明投诉举报的事实和理由（不少于10个字）')
            .max(2000),
        }),
        response: {
          201: z
            .object({
              id: z.string(),
              reference: z.string().describe('受理编号'),
              receivedAt: z.string(),
              regionName: z.string(),
            })
            .meta({ id: 'LodgedComplaint' }),
        },
      }),
      async (request, reply) => reply.code(201).send(await service.submit(request.actor, request.body)),
    );

    app.get(
      '/api/v1/complaints',
      route(forRoles('hr', 'supervisor'), '本辖区投诉举报（联系电话已脱敏）', {
        querystring: z.strictObject({
          ...pagingQuery,
          status: z.enum(['open', 'resolved'], '应为 open 或 resolved').optional(),
          malicious: z
            .enum(['true', 'false'], '应为 true 或 false')
            .transform((v) => v === 'true')
            .optional(),
          q: z.string().trim().max(60).optional(),
        }),
        response: { 200: pageResponse(complaint) },
      }),
      (request) => service.list(actorOf(request), request.query),
    );

    app.post(
      '/api/v1/complaints/:id/resolve',
      route(hrOnly, '登记投诉举报的核查处理结果（办结）', {
        params: idParams,
        body: z.strictObject({
          outcome: z.string('请写明核查情况和处理结果').trim().min(4, '请写明核查情况和处理结果').max(2000),
        }),
        response: { 200: complaint, ...errorResponses },
      }),
      (request) => service.resolve(actorOf(request), request.params.id, request.body),
    );

    app.post(
      '/api/v1/complaints/:id/flag-malicious',
      route(hrOnly, '标记为恶意举报并登记处理措施', {
        params: idParams,
        body: z.strictObject({
          sanction: z
            .string('请写明对恶意举报的处理措施')
            .trim()
            .min(4, '请写明对恶意举报的处理措施')
            .max(1000),
        }),
        response: { 200: complaint, ...errorResponses },
      }),
      (request) => service.flagMalicious(actorOf(request), request.params.id, request.body),
    );
  });
}
