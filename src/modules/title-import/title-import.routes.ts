import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../domain/errors';
import { actorOf, forRoles } from '../../http/access';
import { uuidField } from '../../http/field-schemas';
import { sendXlsx, xlsxResponse } from '../../http/file-reply';
import { errorResponses, pageResponse, pagingQuery } from '../../http/list-query';
import { routesIn } from '../../http/route-options';
import { readUploadedFile } from '../../http/uploaded-file';
import { job, problem, TITLE_IMPORT_MAX_BYTES } from './title-import.schema';
import type { TitleImportService } from './title-import.service';

const bureau = forRoles('hr');

/** Historical import of title records into the certificate ledger (HR bureaus). */
export function titleImportRoutes(service: TitleImportService): FastifyPluginAsyncZod {
  return routesIn(['历史职称数据导入'], (app, route) => {
    app.post(
      '/api/v1/title-imports',
      route(
        bureau,
        '上传历史职称数据（multipart/form-data，字段 file；.xlsx 或 CSV，按内容判断，不超过200MB），返回导入任务',
        {
          consumes: ['multipart/form-data'],
          response: { 202: job, ...errorResponses },
        },
      ),
      async (request, reply) => {
        const file = await readUploadedFile(request, {
          missing: '请选择要导入的Excel或CSV文件',
          fileSize: TITLE_IMPORT_MAX_BYTES,
          tooLarge: () =>
            new AppError('too-large', 'FILE_TOO_LARGE', '导入文件不能超过200MB，请分成几个文件导入'),
        });
        return reply
          .code(202)
          .send(await service.startImport(actorOf(request), { fileName: file.fileName, bytes: file.bytes }));
      },
    );

    app.get(
      '/api/v1/title-imports',
      route(bureau, '本辖区（含下级）的历史数据导入任务，最新的在前', {
        querystring: z.strictObject(pagingQuery),
        response: { 200: pageResponse(job) },
      }),
      (request) => service.listJobs(actorOf(request), request.query),
    );

    app.get(
      '/api/v1/title-imports/template.xlsx',
      route(bureau, '下载导入模板（含一行示例和填写说明）', {
        response: { 200: xlsxResponse('职称历史数据导入模板') },
      }),
      async (request, reply) =>
        sendXlsx(reply, '职称历史数据导入模板.xlsx', await service.template(actorOf(request))),
    );

    app.get(
      '/api/v1/title-imports/:id',
      route(bureau, '导入任务的进度与计数，以及前100条问题', {
        params: z.object({ id: uuidField }),
        response: { 200: job.extend({ errors: z.array(problem) }) },
      }),
      (request) => service.getJob(actorOf(request), request.params.id),
    );

    app.get(
      '/api/v1/title-imports/:id/errors.xlsx',
      route(bureau, '下载错误报告（行号、列、问题）', {
        params: z.object({ id: uuidField }),
        response: { 200: xlsxResponse('导入错误报告') },
      }),
      async (request, reply) => {
        const report = await service.errorReport(actorOf(request), request.params.id);
        return sendXlsx(reply, report.fileName, report.bytes);
      },
    );
  });
}
