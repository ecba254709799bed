import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, forRoles, requiresPermission } from '../../http/access';
import { idParams, uuidField } from '../../http/field-schemas';
import { pdfResponse, sendPdf, sendXlsx, xlsxResponse } from '../../http/file-reply';
import { errorResponse } from '../../http/list-query';
import { registerRoutes } from '../../http/register-routes';
import { routesIn } from '../../http/route-options';
import type { PostBoardService } from './post-board.service';
import type { PostPlanSteps } from './post-plan-steps.service';
import type { PostPlansService } from './post-plans.service';
import {
  approveBody,
  boardQuery,
  planDraftBody,
  planFilters,
  planRefusalResponse,
  postBoardSchema,
  postPlanSchema,
} from './posts.schema';
import { registerWorkflowSteps, returnStep, reviewStep, workflowStep } from './workflow-step-routes';

const tags = ['岗位设置'];
/** Who reads plans and boards: units, departments and HR bureaus, each within its own scope. */
const readers = forRoles('employer', 'department', 'hr');

export function postsRoutes(
  plans: PostPlansService,
  steps: PostPlanSteps,
  boards: PostBoardService,
): FastifyPluginAsyncZod {
  const STEPS = [
    workflowStep({
      path: 'submit',
      summary: '报送岗位设置方案（有主管部门的报主管部门审核，否则直接报人社部门；不符合规定的逐项列出）',
      config: requiresPermission('posts.plan'),
      body: z.strictObject({}),
      checks: true,
      take: (actor, id) => steps.submit(actor, id),
    }),
    reviewStep('主管部门审核通过岗位设置方案，报人社部门审批', (actor, id, note) =>
      steps.review(actor, id, note),
    ),
    returnStep('退回岗位设置方案（逐条写明退回意见，单位修改后重新报送）', (actor, id, reasons) =>
      steps.return(actor, id, reasons),
    ),
    workflowStep({
      path: 'approve',
      summary: '人社部门批准岗位设置方案（填写批复文号；原方案自新方案生效之日起停止执行）',
      config: requiresPermission('posts.approve'),
      body: approveBody,
      checks: true,
      take: (actor, id, body) => steps.approve(actor, id, body.approvalDocument),
    }),
  ];

  return routesIn(tags, (app, route) => {
    registerRoutes(app, {
      path: '/api/v1/post-plans',
      config: readers,
      tags,
      filters: planFilters,
      item: postPlanSchema,
      summaries: {
        list: '岗位设置方案列表（本单位、所属单位或本辖区；按状态筛选即为待审核、待审批队列）',
        export: '导出岗位设置方案一览表（Excel）',
      },
      workbook: { description: '岗位设置方案一览表', fileName: '岗位设置方案一览表.xlsx' },
      list: (actor, query) => plans.list(actor, query),
      exportXlsx: (actor, query) => plans.exportXlsx(actor, query),
      detail: {
        summary: '岗位设置方案详情（含按现行政策逐项检查的结果）',
        get: (actor, id) => plans.detail(actor, id),
      },
      create: {
        summary: '编制本单位岗位设置方案（草稿，新版本）',
        body: planDraftBody,
        create: (actor, body) => plans.create(actor, body),
      },
      update: {
        summary: '修改草稿或已退回的岗位设置方案（整份替换）',
        body: planDraftBody,
        update: (actor, id, body) => plans.update(actor, id, body),
      },
    });

    registerWorkflowSteps(app, route, {
      base: '/api/v1/post-plans',
      item: postPlanSchema,
      refusal: planRefusalResponse,
      steps: STEPS,
    });

    // The 审核表 in both formats HR offices file: the same content, one route each.
    for (const form of [
      {
        suffix: '',
        format: 'Excel',
        response: xlsxResponse('岗位设置审核表'),
        file: plans.reviewForm,
        send: sendXlsx,
      },
      {
        suffix: '.pdf',
        format: 'PDF',
        response: pdfResponse('岗位设置审核表'),
        file: plans.reviewFormPdf,
        send: sendPdf,
      },
    ])
      app.get(
        `/api/v1/post-plans/:id/review-form${form.suffix}`,
        route(readers, `导出岗位设置审核表（${form.format}）`, {
          params: idParams,
          response: { 200: form.response, 404: errorResponse },
        }),
        async (request, reply) => {
          const { fileName, bytes } = await form.file(actorOf(request), request.params.id);
          return form.send(reply, fileName, Buffer.from(bytes));
        },
      );

    app.get(
      '/api/v1/post-boards/:unitId',
      route(readers, '单位岗位设置情况（各等级核定数、已聘、空缺、借用、特设、超岗）', {
        params: z.object({ unitId: uuidField }),
        querystring: boardQuery,
        response: { 200: postBoardSchema, 404: errorResponse },
      }),
      (request) => boards.board(actorOf(request), request.params.unitId, request.query.asOf),
    );
  });
}
