import { PassThrough } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../domain/errors';
import { OPERATOR } from '../../http/access';
import { regionCodeField } from '../../http/field-schemas';
import { ndjsonResponse } from '../../http/file-reply';
import type { TitleImportService } from '../title-import';
import { TITLE_IMPORT_MAX_BYTES } from '../title-import';
import { type ImportStreamLine, importStreamLine } from './operator.schema';

/**
 * `zhiping import titles` beside a server that holds the embedded database: the CLI sends the
 * file's bytes and the server runs the same import as the CLI would (`runImport`, no account:
 * the operator's), answering as it goes with one JSON object per line (NDJSON) — progress,
 * every problem for the error report, then the finished job — so the CLI prints and reports
 * exactly what it prints when it imports on its own.
 */
export function operatorImportRoutes(titleImports: TitleImportService): FastifyPluginAsyncZod {
  return async (app) => {
    // Only in this plugin: the file travels as the raw body. Parsed after access is checked (onRequest).
    app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer' }, (_request, body, done) =>
      done(null, body),
    );
    app.post(
      '/api/v1/operator/title-imports',
      {
        config: { access: OPERATOR },
        bodyLimit: TITLE_IMPORT_MAX_BYTES,
        schema: {
          tags: ['本机运维（命令行）'],
          summary:
            '导入历史职称数据（请求体为文件内容 application/octet-stream；回复为逐行JSON：progress、problem，最后 done 或 error）',
          querystring: z.strictObject({
            regionCode: regionCodeField,
            fileName: z.string().trim().min(1).max(200),
          }),
          consumes: ['application/octet-stream'],
          response: { 200: ndjsonResponse('逐行JSON，每行一个 TitleImportStreamLine', importStreamLine) },
        },
      },
      async (request, reply) => {
        if (!Buffer.isBuffer(request.body) || request.body.length === 0)
          throw new AppError(
            'invalid',
            'FILE_REQUIRED',
            '请求体应为导入文件的内容（application/octet-stream）',
          );
        const lines = new PassThrough();
        const send = (line: ImportStreamLine) => lines.write(`${JSON.stringify(line)}\n`);
        reply.type('application/x-ndjson; charset=utf-8').send(lines);
        try {
          const job = await titleImports.runImport(
            { regionCode: request.query.regionCode },
            { fileName: request.query.fileName, bytes: request.body },
            { onProblem: (problem) => send({ problem }), onProgress: (progress) => send({ progress }) },
          );
          send({ done: job });
        } catch (error) {
          // The status line has gone out: the failure travels as the last line, as the API's error JSON would.
          const known = error instanceof AppError;
          send({
            error: {
              kind: known ? error.kind : 'fault',
              code: known ? error.code : 'IMPORT_FAILED',
              message: known ? error.message : '导入失败：服务端出错',
              details: known ? error.details : [],
            },
          });
          if (!known)
            request.log.error({ err: error instanceof Error ? error.message : String(error) }, '导入失败');
        } finally {
          lines.end();
        }
        return reply;
      },
    );
  };
}
