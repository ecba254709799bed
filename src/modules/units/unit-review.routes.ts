import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { REGISTRABLE_UNIT_KINDS } from '../../domain/organisations/unit-registration';
import { actorOf, requiresPermission } from '../../http/access';
import { idParams } from '../../http/field-schemas';
import { errorResponse, sortQuery } from '../../http/list-query';
import { registerRoutes } from '../../http/register-routes';
import { routesIn } from '../../http/route-options';
import { organisationSchema, unitStatusFilter } from '../organisations';
import type { UnitReviewService } from './unit-review.service';
import { dispatchRelationSchema } from './unit-schemas';

const tags = ['单位注册'];
const review = requiresPermission('units.review');

const unitRow = organisationSchema
  .extend({
    statusName: z.string(),
    reviewedAt: z.string().nullable(),
    reviewNote: z.string().nullable().describe('退回意见'),
    actions: z
      .object({ approve: z.boolean(), return: z.boolean(), editRelations: z.boolean() })
      .describe('当前用户可执行的操作'),
  })
  .meta({ id: 'UnitRegistration' });

const unitDetail = unitRow
  .extend({
    account: z.object({ username: z.string(), status: z.string() }).nullable().describe('单位管理员账号'),
    dispatchRelations: z.array(dispatchRelationSchema).describe('劳务派遣单位的派遣关系'),
  })
  .meta({ id: 'UnitRegistrationDetail' });

const filters = {
  q: z.string().max(50).optional().describe('单位名称或统一社会信用代码'),
  status: unitStatusFilter.optional(),
  kind: z.enum(REGISTRABLE_UNIT_KINDS).optional(),
  sort: sortQuery(['createdAt', 'name'], '-createdAt'),
};

export function unitReviewRoutes(service: UnitReviewService): FastifyPluginAsyncZod {
  return routesIn(tags, (app, route) => {
    registerRoutes(app, {
      path: '/api/v1/unit-registrations',
      config: review,
      tags,
      filters,
      item: unitRow,
      summaries: { list: '本辖区单位注册列表（筛选、排序、分页）', export: '导出单位注册一览表（Excel）' },
      workbook: { description: '单位注册一览表', fileName: '单位注册一览表.xlsx' },
      list: (actor, query) => service.list(actor, query),
      exportXlsx: (actor, query) => service.exportXlsx(actor, query),
    });

    app.get(
      '/api/v1/unit-registrations/:id',
      route(review, '单位注册详情（联系人手机号脱敏、主管部门、派遣关系）', {
        params: idParams,
        response: { 200: unitDetail },
      }),
      (request) => service.detail(actorOf(request), request.params.id),
    );

    app.post(
      '/api/v1/unit-registrations/:id/approve',
      route(review, '审核通过单位注册（开通单位管理员账号，派遣关系生效，短信通知）', {
        params: idParams,
        response: { 200: unitDetail, 409: errorResponse },
      }),
      (request) => service.approve(actorOf(request), request.params.id),
    );

    app.post(
      '/api/v1/unit-registrations/:id/return',
      route(review, '退回单位注册（写明退回意见，单位修改后重新提交）', {
        params: idParams,
        body: z.strictObject({
          note: z.string('请填写退回意见').trim().min(2, '退回意见至少2个字').max(200, '退回意见最多200字'),
        }),
        response: { 200: unitDetail, 409: errorResponse },
      }),
      (request) => service.return(actorOf(request), request.params.id, request.body.note),
    );
  });
}
