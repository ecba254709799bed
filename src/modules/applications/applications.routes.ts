import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { APPLICATION_REVIEWER_ROLES } from '../../domain/access/roles';
import { COMMITMENT_TEXTS } from '../../domain/applications/commitment-texts';
import { ATTACHMENT_KINDS, type AttachmentKind } from '../../domain/attachments/file-type';
import { invalidInput } from '../../domain/errors';
import { PATHWAYS } from '../../domain/policy';
import { APPLICATION_STATES } from '../../domain/workflow/application-states';
import { actorOf, applicantRoute, forRoles, signedInRoute } from '../../http/access';
import { citationSchema } from '../../http/citation';
import { idParams, uuidField } from '../../http/field-schemas';
import {
  attachmentFileResponse,
  pdfResponse,
  sendPdf,
  sendStoredFile,
  sendXlsx,
  xlsxResponse,
} from '../../http/file-reply';
import { formFiles, jsonWithFiles } from '../../http/json-with-files';
import { errorResponse, pagingQuery, sortQuery } from '../../http/list-query';
import { routesIn } from '../../http/route-options';
import type { AttachmentsService } from '../attachments';
import { levelField, seriesField } from '../eligibility';
import type { ApplicationQueries } from './application-queries';
import {
  applicationDetail,
  applicationEvent,
  applicationListPage,
  applicationPreview,
  applicationReceiptSchema,
  bulkTransitionResult,
} from './applications.schema';
import type { ApplicationsService } from './applications.service';

const tags = ['职称申报'];
const STATE_CODES = Object.keys(APPLICATION_STATES) as [string, ...string[]];
/** The roles along the pre-review chain (and its overseers). */
const reviewers = forRoles(...APPLICATION_REVIEWER_ROLES);
/** Everyone who takes part in the chain, the applicant too; the record scope decides what each sees. */
const participants = forRoles('applicant', ...APPLICATION_REVIEWER_ROLES);

const idempotencyHeaders = z.object({
  'idempotency-key': z
    .string({ error: '须提供请求头 Idempotency-Key（每次新申报生成一个，重试时保持不变）' })
    .regex(/^[A-Za-z0-9_-]{8,64}$/, '应为8至64位字母、数字、_或-')
    .describe(
      '每次新申报生成一个，重试时原样重发。键与请求内容（JSON 正文及随附文件的类别、文件名和 SM3）绑定：同一键、同一内容返回首次的申报（200）；同一键、不同内容得到 422 IDEMPOTENCY_KEY_REUSED，不会返回或改动首次的申报',
    ),
});

const createBody = z.strictObject({
  target: z.strictObject({
    series: seriesField,
    level: levelField,
    specialty: z.string().trim().min(1).max(50),
  }),
  pathway: z.enum(PATHWAYS).default('regular'),
  attachmentIds: z.array(uuidField).max(50).default([]),
  dispatchAgencyId: uuidField.nullable().default(null),
  submit: z.boolean().default(true),
  personalCommitment: z.boolean().default(false),
});

const command = {
  event: applicationEvent,
  reason: z.string().trim().max(1000).nullable().optional(),
  personalCommitment: z.boolean().optional(),
  unitCommitment: z.boolean().optional(),
  committeeId: uuidField.nullable().optional(),
  entrusted: z.boolean().optional(),
};

const listQuery = {
  ...pagingQuery,
  state: z
    .union([z.enum(STATE_CODES), z.array(z.enum(STATE_CODES))])
    .optional()
    .transform((s) => (s === undefined ? undefined : Array.isArray(s) ? s : [s])),
  series: z.string().max(40).optional(),
  level: levelField.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  keyword: z.string().trim().max(50).optional(),
  eligible: z.stringbool().optional(),
  sort: sortQuery(['number', 'submittedAt', 'updatedAt', 'name', 'state'], '-updatedAt'),
};

/** Applications: filing, the reviewers' queues, each step of the workflow, the 一览表. */
export function applicationsRoutes(
  service: ApplicationsService,
  queries: ApplicationQueries,
  attachments: AttachmentsService,
): FastifyPluginAsyncZod {
  /** The files sent with a filing, each checked and stored; the form field names its kind. */
  async function keepFiles(request: FastifyRequest) {
    const kept = [];
    for (const file of formFiles(request)) {
      if (!Object.hasOwn(ATTACHMENT_KINDS, file.field))
        throw invalidInput([
          { path: file.field, message: '文件的表单字段名应为附件类别代码（如 education-certificate）' },
        ]);
      kept.push(
        await attachments.keep(
          {
            kind: file.field as AttachmentKind,
            fileName: file.fileName,
            declaredType: file.mimetype,
            bytes: file.bytes,
          },
          file.field,
        ),
      );
    }
    return kept;
  }

  return routesIn(tags, (app, route) => {
    app.get(
      '/api/v1/commitments',
      route(signedInRoute, '个人、单位承诺书文本（当前版本）', {
        response: {
          200: z.array(
            z
              .object({
                kind: z.enum(['personal', 'unit']),
                version: z.string(),
                title: z.string(),
                text: z.string(),
                citation: citationSchema,
              })
              .meta({ id: 'CommitmentText' }),
          ),
        },
      }),
      () => Object.values(COMMITMENT_TEXTS),
    );

    app.post(
      '/api/v1/applications/preview',
      route(
        applicantRoute,
        '申报前核对：按所在单位辖区和当日确定的政策集核对资格，并列出不能申报的情形（不写入任何数据）',
        {
          body: createBody.pick({ target: true, pathway: true }),
          response: {
            200: applicationPreview,
            404: errorResponse,
            422: errorResponse,
          },
        },
      ),
      (request) => service.preview(actorOf(request), request.body),
    );

    app.post(
      '/api/v1/applications',
      {
        config: applicantRoute,
        schema: {
          tags,
          summary:
            '提交职称申报（幂等：同一 Idempotency-Key 只产生一份申报；同一键而内容不同则 422 IDEMPOTENCY_KEY_REUSED）。也可用 multipart/form-data 连同附件一次提交：字段 application 为同样的JSON，文件的字段名为附件类别代码（至多20个）',
          consumes: ['application/json', 'multipart/form-data'],
          headers: idempotencyHeaders,
          body: createBody,
          response: {
            200: applicationReceiptSchema,
            201: applicationReceiptSchema,
            404: errorResponse,
            409: errorResponse,
            422: errorResponse,
          },
        },
        preValidation: jsonWithFiles('application', { files: 20, fileSize: attachments.maxBytes + 1 }),
      },
      async (request, reply) => {
        const { submit, personalCommitment, ...draft } = request.body;
        const files = await keepFiles(request);
        const { receipt, created } = await service.create(
          actorOf(request),
          draft,
          { idempotencyKey: request.headers['idempotency-key'], submit, personalCommitment },
          files,
        );
        return reply.status(created ? 201 : 200).send(receipt);
      },
    );

    app.get(
      '/api/v1/applications',
      route(participants, '申报列表（按角色和辖区限定范围）', {
        querystring: z.strictObject(listQuery),
        response: { 200: applicationListPage },
      }),
      // The query names the states `state` (one or several); the repository filters by `states`.
      (request) => queries.list(actorOf(request), { ...request.query, states: request.query.state }),
    );

    app.get(
      '/api/v1/applications/export',
      route(reviewers, '导出申报人员一览表（Excel）', {
        querystring: z.strictObject(listQuery).omit({ page: true, pageSize: true }),
        response: { 200: xlsxResponse('申报人员一览表') },
      }),
      async (request, reply) => {
        const file = await queries.exportXlsx(actorOf(request), {
          ...request.query,
          states: request.query.state,
        });
        return sendXlsx(reply, '申报人员一览表.xlsx', file);
      },
    );

    app.get(
      '/api/v1/applications/:id',
      route(participants, '申报详情（含资格审查结果、现有职称及其核验情况、材料、时间线和可执行的操作）', {
        params: idParams,
        response: { 200: applicationDetail },
      }),
      (request) => queries.get(actorOf(request), request.params.id),
    );

    app.get(
      '/api/v1/applications/:id/form.pdf',
      route(participants, '评审表（PDF）', {
        params: idParams,
        response: { 200: pdfResponse('评审表') },
      }),
      async (request, reply) => {
        const { bytes, number } = await queries.formPdf(actorOf(request), request.params.id);
        return sendPdf(reply, `评审表-${number}.pdf`, bytes);
      },
    );

    app.post(
      '/api/v1/applications/:id/transitions',
      route(participants, '执行流程操作（提交、审核、公示、推荐、退回、受理等）', {
        params: idParams,
        body: z.strictObject({ ...command, expectedVersion: z.number().int().positive().optional() }),
        response: {
          200: applicationDetail,
          409: errorResponse,
          422: errorResponse,
        },
      }),
      async (request) => {
        const actor = actorOf(request);
        await service.transition(actor, request.params.id, request.body);
        return queries.get(actor, request.params.id);
      },
    );

    app.post(
      '/api/v1/applications/transitions',
      route(reviewers, '批量执行流程操作（逐件处理，逐件返回结果）', {
        body: z.strictObject({ ...command, ids: z.array(uuidField).min(1).max(500) }),
        response: { 200: bulkTransitionResult },
      }),
      (request) => {
        const { ids, ...rest } = request.body;
        return service.transitionMany(actorOf(request), [...new Set(ids)], rest);
      },
    );

    app.get(
      '/api/v1/applications/:id/attachments/:attachmentId',
      route(participants, '下载申报材料', {
        params: z.object({ id: uuidField, attachmentId: uuidField }),
        response: { 200: attachmentFileResponse },
      }),
      async (request, reply) => {
        const { row, bytes } = await queries.attachment(
          actorOf(request),
          request.params.id,
          request.params.attachmentId,
        );
        return sendStoredFile(reply, row, bytes);
      },
    );
  });
}
