import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, forRoles } from '../../http/access';
import { citationSchema } from '../../http/citation';
import { idParams } from '../../http/field-schemas';
import { sendXlsx, xlsxResponse } from '../../http/file-reply';
import { errorResponses, pageResponse, pagingQuery } from '../../http/list-query';
import { routesIn } from '../../http/route-options';
import { fraudFindingBody } from './fraud-finding-input';
import type { IntegrityArchive } from './integrity-archive.service';

const hrOnly = forRoles('hr');
const readers = forRoles('hr', 'supervisor');

const citation = citationSchema;

const finding = z
  .object({
    id: z.string(),
    personName: z.string(),
    personIdMasked: z.string(),
    regionCode: z.string(),
    regionName: z.string(),
    authorityName: z.string(),
    decisionNumber: z.string(),
    decidedOn: z.string(),
    banYears: z.number(),
    bannedUntil: z.string(),
    bannedNow: z.boolean(),
    citation,
    revokedCertificates: z.array(z.string()),
    recordedAt: z.string(),
  })
  .meta({ id: 'Finding' });

const filters = {
  q: z.string().trim().max(60).optional(),
  bannedNow: z
    .enum(['true', 'false'], '应为 true 或 false')
    .transform((v) => v === 'true')
    .optional(),
};

/** The integrity archive: fraud findings that revoke titles and ban applications. */
export function integrityRoutes(archive: IntegrityArchive): FastifyPluginAsyncZod {
  return routesIn(['诚信档案'], (app, route) => {
    app.post(
      '/api/v1/integrity/findings',
      route(hrOnly, '认定弄虚作假行为，记入诚信档案（撤销所列职称证书，禁止申报期按政策参数）', {
        body: fraudFindingBody,
        response: {
          201: z
            .object({
              id: z.string(),
              banYears: z.number(),
              bannedUntil: z.string().describe('禁止申报期的最后一天（含）'),
              citation,
              revokedCertificates: z.array(z.string()),
            })
            .meta({ id: 'RecordedFinding' }),
          ...errorResponses,
        },
      }),
      async (request, reply) => reply.code(201).send(await archive.record(actorOf(request), request.body)),
    );

    app.get(
      '/api/v1/integrity/findings',
      route(readers, '诚信档案（本辖区失信行为记录，身份证号码已脱敏）', {
        querystring: z.strictObject({ ...pagingQuery, ...filters }),
        response: {
          200: pageResponse(finding)
            .extend({
              actions: z
                .array(z.enum(['record']))
                .describe('对诚信档案整体可执行的操作：record 记录失信行为'),
            })
            .meta({ id: 'FindingPage' }),
        },
      }),
      (request) => archive.list(actorOf(request), request.query),
    );

    app.get(
      '/api/v1/integrity/findings/export',
      route(readers, '导出失信行为记录一览表（Excel）', {
        querystring: z.strictObject(filters),
        response: { 200: xlsxResponse('失信行为记录一览表') },
      }),
      async (request, reply) => {
        const file = await archive.exportXlsx(actorOf(request), request.query);
        return sendXlsx(reply, '失信行为记录.xlsx', file);
      },
    );

    app.get(
      '/api/v1/integrity/findings/:id',
      route(readers, '失信行为记录详情（含事实与证据）', {
        params: idParams,
        response: {
          200: finding.extend({ facts: z.string(), evidence: z.string() }).meta({ id: 'FindingDetail' }),
        },
      }),
      (request) => archive.get(actorOf(request), request.params.id),
    );

    // POST although it reads: an ID number must never travel in a URL (it would reach logs and history).
    app.post(
      '/api/v1/integrity/ban-check',
      route(hrOnly, '按身份证号码查询是否处于禁止申报期', {
        body: z.strictObject({ idNumber: z.string().trim().max(18) }),
        response: {
          200: z.object({
            idNumberMasked: z.string(),
            banned: z.boolean(),
            bannedUntil: z.string().nullable(),
            findings: z.number().int(),
            today: z.string(),
          }),
        },
      }),
      (request) => archive.banCheck(actorOf(request), request.body.idNumber),
    );
  });
}
