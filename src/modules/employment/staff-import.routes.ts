import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { EMPLOYMENT_RELATIONS } from '../../domain/accounts/employment-relation';
import { INVITATION_STATES, STAFF_ROW_STATUSES } from '../../domain/accounts/staff-placement';
import { MAX_STAFF_ROWS } from '../../domain/accounts/staff-row';
import { codesOf } from '../../domain/code-labels';
import { AppError } from '../../domain/errors';
import { actorOf, requiresPermission } from '../../http/access';
import { countsOf } from '../../http/field-schemas';
import { sendXlsx, xlsxResponse } from '../../http/file-reply';
import { errorResponse } from '../../http/list-query';
import { routesIn } from '../../http/route-options';
import { readUploadedFile } from '../../http/uploaded-file';
import type { StaffImportService } from './staff-import.service';

const tags = ['批量登记人员'];
const staffBind = requiresPermission('staff.bind');

/** Five thousand rows fit in a few hundred kilobytes; anything far larger is not the template. */
export const STAFF_IMPORT_MAX_BYTES = 5 * 1024 * 1024;

/** A report posted back for export: every row of the largest file, with long messages. */
const REPORT_BODY_LIMIT = 8 * 1024 * 1024;

const reportRow = z.object({
  row: z.number().int().min(1).max(1_048_576).describe('Excel中的行号（表头为第1行）'),
  name: z.string().max(400),
  idNumberMasked: z.string().max(120).nullable().describe('脱敏后的身份证号码'),
  relation: z.enum(codesOf(EMPLOYMENT_RELATIONS)).nullable(),
  status: z
    .enum(codesOf(STAFF_ROW_STATUSES))
    .describe('created 登记成功；bound 已存在并绑定；unchanged 已是本单位人员；invalid 错误'),
  message: z.string().max(4000),
  invitation: z
    .enum(codesOf(INVITATION_STATES))
    .nullable()
    .describe('注册邀请短信：planned 待发送（预检）；sent 已发送；failed 发送失败；null 无需邀请'),
});

const report = z
  .object({
    dryRun: z.boolean(),
    written: z.boolean().describe('本次请求是否已写入（预检和有误的文件均为false）'),
    unit: z.object({ id: z.string(), name: z.string() }),
    counts: countsOf('rows', 'created', 'bound', 'unchanged', 'invalid', 'invitations', 'invitationsFailed'),
    rows: z.array(reportRow),
  })
  .meta({ id: 'StaffImportReport' });

/** 批量登记人员: the template, the check-or-import upload, and the report as a workbook (permission staff.bind). */
export function staffImportRoutes(service: StaffImportService): FastifyPluginAsyncZod {
  return routesIn(tags, (app, route) => {
    app.get(
      '/api/v1/employer/staff-import/template',
      route(staffBind, '下载批量登记人员模板（.xlsx，含填写说明）', {
        response: { 200: xlsxResponse('批量登记人员模板') },
      }),
      async (request, reply) =>
        sendXlsx(reply, '批量登记人员模板.xlsx', await service.template(actorOf(request))),
    );

    app.post(
      '/api/v1/employer/staff-import',
      route(
        staffBind,
        `上传填好的批量登记人员模板（multipart/form-data，字段 file；.xlsx，至多${MAX_STAFF_ROWS}行）`,
        {
          description:
            '登记到当前账号所属单位（须已通过审核）。逐行校验后整体写入：只要有一行有误，就不登记任何人员，返回422及逐行结果；dryRun=true 只校验、预览结果，不写入。未注册账号的人员收到注册邀请短信，已有账号的人员收到站内通知。',
          consumes: ['multipart/form-data'],
          querystring: z.strictObject({
            dryRun: z.stringbool().default(false).describe('true：只校验并预览结果，不写入'),
          }),
          response: {
            200: report,
            409: errorResponse,
            // The report is there when the rows were the problem, not the unit.
            422: errorResponse.extend({ report: report.optional() }),
          },
        },
      ),
      async (request, reply) => {
        const file = await readUploadedFile(request, {
          missing: '请选择填好的批量登记人员模板（.xlsx）',
          fileSize: STAFF_IMPORT_MAX_BYTES,
          tooLarge: () =>
            new AppError(
              'too-large',
              'FILE_TOO_LARGE',
              '文件不能超过5MB，请使用批量登记人员模板，分成几个文件上传',
            ),
        });
        const outcome = await service.importStaff(actorOf(request), file.bytes, {
          dryRun: request.query.dryRun,
        });
        if (!outcome.ok) return reply.code(422).send({ error: outcome.error, report: outcome.report });
        return outcome.report;
      },
    );

    app.post(
      '/api/v1/employer/staff-import/report.xlsx',
      {
        config: staffBind,
        bodyLimit: REPORT_BODY_LIMIT,
        schema: {
          tags,
          summary: '将登记结果（预检或导入的返回）导出为Excel',
          body: z.strictObject({ rows: z.array(reportRow).max(MAX_STAFF_ROWS) }),
          response: { 200: xlsxResponse('批量登记结果') },
        },
      },
      async (request, reply) =>
        sendXlsx(
          reply,
          '批量登记结果.xlsx',
          await service.reportWorkbook(actorOf(request), request.body.rows),
        ),
    );
  });
}
