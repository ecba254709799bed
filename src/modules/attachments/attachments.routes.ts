import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ATTACHMENT_KINDS } from '../../domain/attachments/file-type';
import { codesOf } from '../../domain/code-labels';
import { actorOf, applicantRoute } from '../../http/access';
import { idParams } from '../../http/field-schemas';
import { attachmentFileResponse, sendStoredFile } from '../../http/file-reply';
import { routesIn } from '../../http/route-options';
import { readUploadedFile } from '../../http/uploaded-file';
import type { AttachmentsService } from './attachments.service';

const attachment = z
  .object({
    id: z.string(),
    kind: z.enum(codesOf(ATTACHMENT_KINDS)),
    fileName: z.string(),
    contentType: z.string().describe('按内容判断的类型：application/pdf、image/jpeg 或 image/png'),
    size: z.number().describe('字节数'),
    sm3: z.string().describe('文件的SM3摘要（64位十六进制）'),
    createdAt: z.string(),
  })
  .meta({ id: 'Attachment', description: '申报人本人的一份附件' });

/** The applicant's supporting files (PDF/JPG/PNG). */
export function attachmentsRoutes(service: AttachmentsService): FastifyPluginAsyncZod {
  return routesIn(['申报人档案'], (app, route) => {
    app.post(
      '/api/v1/me/attachments',
      route(applicantRoute, '上传附件（multipart/form-data，字段 file；仅PDF、JPG、PNG，按内容判断）', {
        consumes: ['multipart/form-data'],
        querystring: z.strictObject({ kind: z.enum(codesOf(ATTACHMENT_KINDS)) }),
        response: { 201: attachment },
      }),
      async (request, reply) => {
        const file = await readUploadedFile(request, { missing: '请选择要上传的文件' });
        const saved = await service.upload(actorOf(request), {
          kind: request.query.kind,
          fileName: file.fileName,
          declaredType: file.mimetype,
          bytes: file.bytes,
        });
        return reply.status(201).send(saved);
      },
    );

    app.get(
      '/api/v1/me/attachments',
      route(applicantRoute, '本人附件列表', {
        response: { 200: z.array(attachment) },
      }),
      (request) => service.list(actorOf(request)),
    );

    app.get(
      '/api/v1/me/attachments/:id/content',
      route(applicantRoute, '下载附件（返回文件本身，响应头 x-content-sm3 为其SM3摘要）', {
        params: idParams,
        response: { 200: attachmentFileResponse },
      }),
      async (request, reply) => {
        const { row, bytes } = await service.content(actorOf(request), request.params.id);
        return sendStoredFile(reply, row, bytes);
      },
    );
  });
}
