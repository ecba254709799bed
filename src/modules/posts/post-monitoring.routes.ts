import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, forRoles } from '../../http/access';
import { sendXlsx, xlsxResponse } from '../../http/file-reply';
import { errorResponses } from '../../http/list-query';
import { routesIn } from '../../http/route-options';
import {
  changesQuery,
  monitoringListPage,
  monitoringListQuery,
  monitoringQuery,
  monitoringSchema,
  monitoringUnitsQuery,
  monitoringUnitsSchema,
  overviewQuery,
} from './post-monitoring.schema';
import { MONITORING_LISTS, type PostMonitoringService } from './post-monitoring.service';
import type { PostStatisticsService } from './post-statistics.service';

/** HR bureaus and competent departments, each within its own units. */
const monitors = forRoles('department', 'hr');
const window = (q: { page: number; pageSize: number }) => ({
  limit: q.pageSize,
  offset: (q.page - 1) * q.pageSize,
});

/** HR's regional monitoring of posts (岗位监测) and its two workbooks. */
export function postMonitoringRoutes(
  monitoring: PostMonitoringService,
  statistics: PostStatisticsService,
): FastifyPluginAsyncZod {
  return routesIn(['岗位设置'], (app, route) => {
    app.get(
      '/api/v1/post-monitoring',
      route(
        monitors,
        '岗位监测：本辖区（或所属单位）岗位设置情况汇总、超岗、长期空缺、特设岗位、未核准方案单位',
        {
          querystring: overviewQuery,
          response: { 200: monitoringSchema, ...errorResponses },
        },
      ),
      (request) => monitoring.overview(actorOf(request), request.query),
    );
    app.get(
      '/api/v1/post-monitoring/lists/:list',
      route(
        monitors,
        '岗位监测清单（分页）：over-quota 超岗、idle-vacancies 长期空缺、special-posts 特设岗位、without-plan 无现行方案',
        {
          params: z.object({ list: z.enum(MONITORING_LISTS, '清单不存在') }),
          querystring: monitoringListQuery,
          response: { 200: monitoringListPage, ...errorResponses },
        },
      ),
      (request) =>
        monitoring.list(actorOf(request), request.params.list, {
          ...request.query,
          ...window(request.query),
        }),
    );
    app.get(
      '/api/v1/post-monitoring/units',
      route(monitors, '岗位监测：各单位各等级岗位数字（与单位岗位看板一致，分页）', {
        querystring: monitoringUnitsQuery,
        response: { 200: monitoringUnitsSchema, ...errorResponses },
      }),
      (request) => monitoring.units(actorOf(request), { ...request.query, ...window(request.query) }),
    );
    const workbooks = [
      {
        path: 'statistics',
        name: '岗位设置情况统计表',
        summary: '导出岗位设置情况统计表（Excel，各单位一行并附合计行）',
        querystring: monitoringQuery,
        build: statistics.statisticsXlsx,
      },
      {
        path: 'changes',
        name: '岗位变动表',
        summary: '导出岗位变动表（Excel，期间内备案或解聘的聘用）',
        querystring: changesQuery,
        build: statistics.changesXlsx,
      },
    ] as const;
    for (const workbook of workbooks)
      app.get(
        `/api/v1/post-monitoring/${workbook.path}/export`,
        route(monitors, workbook.summary, {
          querystring: workbook.querystring,
          response: { 200: xlsxResponse(workbook.name), ...errorResponses },
        }),
        async (request, reply) =>
          sendXlsx(
            reply,
            `${workbook.name}.xlsx`,
            // Each workbook's own query schema has checked the query it builds from.
            await workbook.build(actorOf(request), request.query as never),
          ),
      );
  });
}
