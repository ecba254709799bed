import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isSeriesSlug, LEVELS } from '../../domain/catalogue';
import { actorOf, applicantRoute, forRoles } from '../../http/access';
import { idParams, storedEnum } from '../../http/field-schemas';
import { pdfResponse, sendPdf, sendXlsx, xlsxResponse } from '../../http/file-reply';
import { errorResponses, pageResponse, pagingQuery, sortQuery } from '../../http/list-query';
import { routesIn } from '../../http/route-options';
import { buildWorkbook } from '../../platform/excel';
import type { CertificateDownloads } from './certificate-download';
import type { CertificateLedger } from './certificate-ledger.service';

const keepers = forRoles('hr', 'committee-office', 'supervisor');

const entry = z
  .object({
    id: z.string(),
    number: z.string(),
    status: z.enum(['valid', 'revoked', 'voided']),
    holderName: z.string(),
    holderIdNumberMasked: z.string(),
    series: z.string(),
    seriesName: z.string(),
    level: storedEnum(LEVELS),
    levelName: z.string(),
    specialty: z.string(),
    titleName: z.string(),
    committeeName: z.string(),
    announcementNumber: z.string(),
    issuedOn: z.string(),
    regionCode: z.string(),
    source: z.enum(['review', 'import']),
    legacyNumber: z.string().nullable(),
    revokedOn: z.string().nullable(),
    revokedReason: z.string().nullable(),
    revokedAuthority: z.string().nullable(),
  })
  .meta({ id: 'CertificateEntry' });

/** What the user may do with a certificate; the UI shows exactly these buttons. */
const certificateAction = storedEnum(['download', 'replace', 'revoke']);
const entryWithActions = entry.extend({ actions: z.array(certificateAction) });

const filterQuery = {
  status: z.enum(['valid', 'revoked', 'voided']).optional(),
  year: z.coerce.number().int().min(1949).max(2100).optional(),
  series: z.string().refine(isSeriesSlug, '不是职称系列代码').optional(),
  source: z.enum(['review', 'import']).optional(),
  keyword: z.string().trim().max(30).optional(),
};
const listQuery = {
  ...pagingQuery,
  ...filterQuery,
  sort: sortQuery(['issuedOn', 'number', 'holderName'], '-issuedOn'),
};

const STATUS_NAMES = { valid: '有效', revoked: '已撤销', voided: '已作废（补换）' } as const;

/** The ledger (HR, committee office, supervisor) and the holder's own certificates. */
export function certificatesRoutes(
  ledger: CertificateLedger,
  downloads: CertificateDownloads,
): FastifyPluginAsyncZod {
  return routesIn(['职称证书'], (app, route) => {
    app.get(
      '/api/v1/certificates',
      route(keepers, '证书台账（签发、补换、撤销）', {
        querystring: z.strictObject(listQuery),
        response: {
          200: pageResponse(entryWithActions.meta({ id: 'LedgerEntry' }))
            .extend({
              counts: z.record(z.string(), z.number()).describe('同一筛选条件下（状态除外）各状态的证书数'),
            })
            .meta({ id: 'LedgerPage' }),
        },
      }),
      (request) => ledger.list(actorOf(request), request.query),
    );

    app.get(
      '/api/v1/certificates/export',
      route(keepers, '导出证书台账（Excel，最多5万条）', {
        querystring: z.strictObject({ ...filterQuery }),
        response: { 200: xlsxResponse('证书台账') },
      }),
      async (request, reply) => {
        const page = await ledger.list(actorOf(request), {
          ...request.query,
          page: 1,
          pageSize: 50_000,
          sort: '-issuedOn',
        });
        const file = await buildWorkbook(
          '证书台账',
          [
            { header: '证书编号', width: 26, value: (c) => c.number },
            { header: '状态', width: 14, value: (c) => STATUS_NAMES[c.status as keyof typeof STATUS_NAMES] },
            { header: '姓名', value: (c) => c.holderName },
            { header: '身份证号码', width: 22, value: (c) => c.holderIdNumberMasked },
            { header: '系列', value: (c) => c.seriesName },
            { header: '专业', value: (c) => c.specialty },
            { header: '层级', value: (c) => c.levelName },
            { header: '职称名称', value: (c) => c.titleName },
            { header: '评审机构', width: 30, value: (c) => c.committeeName },
            { header: '发文文号', width: 24, value: (c) => c.announcementNumber },
            { header: '取得资格日期', value: (c) => c.issuedOn },
            { header: '来源', value: (c) => (c.source === 'import' ? '历史导入' : '评审签发') },
            { header: '撤销/作废日期', value: (c) => c.revokedOn },
            { header: '撤销/作废原因', width: 30, value: (c) => c.revokedReason },
          ],
          page.items,
        );
        return sendXlsx(reply, '证书台账.xlsx', file);
      },
    );

    app.get(
      '/api/v1/me/certificates',
      route(applicantRoute, '我的职称证书（含历史导入）', {
        response: {
          200: z.object({
            items: z.array(entryWithActions.meta({ id: 'MyCertificate' })),
          }),
        },
      }),
      (request) => ledger.mine(actorOf(request)),
    );

    app.get(
      '/api/v1/certificates/:id',
      route(keepers, '证书详情、台账记录和可执行的操作', {
        params: idParams,
        response: {
          200: entry
            .extend({
              replacesNumber: z.string().nullable().describe('补换前的原证书编号'),
              actions: z.array(certificateAction),
              events: z.array(
                z
                  .object({
                    kind: z.string(),
                    name: z.string(),
                    reason: z.string().nullable(),
                    authority: z.string().nullable(),
                    data: z
                      .record(z.string(), z.string().nullable())
                      .describe(
                        '事件的附加信息：issued 发文文号 announcementNumber；voided 新证书编号 newNumber；replaced 原证书编号 oldNumber；revoked 撤销日期 revokedOn；imported 文件名 fileName、导入任务 importJobId',
                      ),
                    at: z.string(),
                  })
                  .meta({ id: 'CertificateEvent' }),
              ),
            })
            .meta({ id: 'CertificateDetail' }),
        },
      }),
      (request) => ledger.get(actorOf(request), request.params.id),
    );

    app.get(
      '/api/v1/certificates/:id/pdf',
      route(
        forRoles('applicant', 'hr', 'committee-office', 'supervisor'),
        '下载电子职称证书（PDF，SM2签名）',
        {
          params: idParams,
          response: { 200: pdfResponse('电子职称证书（内嵌SM2签名）') },
        },
      ),
      async (request, reply) => {
        const file = await downloads.pdf(actorOf(request), request.params.id);
        return sendPdf(reply, file.fileName, file.bytes);
      },
    );

    app.post(
      '/api/v1/certificates/:id/replace',
      route(forRoles('hr', 'committee-office'), '补换证书（原编号作废，签发新编号）', {
        params: idParams,
        body: z.strictObject({ reason: z.string().max(500) }),
        response: {
          201: z.object({ id: z.string(), number: z.string(), oldNumber: z.string() }),
          ...errorResponses,
        },
      }),
      async (request, reply) =>
        reply.status(201).send(await ledger.replace(actorOf(request), request.params.id, request.body)),
    );

    app.post(
      '/api/v1/certificates/:id/revoke',
      route(forRoles('hr'), '撤销证书（写明原因和决定机关）', {
        params: idParams,
        body: z.strictObject({ reason: z.string().max(500), authority: z.string().max(100) }),
        response: {
          200: z.object({
            id: z.string(),
            number: z.string(),
            status: z.literal('revoked'),
            revokedOn: z.string(),
          }),
          ...errorResponses,
        },
      }),
      (request) => ledger.revoke(actorOf(request), request.params.id, request.body),
    );
  });
}
