import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, forRoles, requiresPermission } from '../../http/access';
import { idParams, uuidField } from '../../http/field-schemas';
import { errorResponse } from '../../http/list-query';
import { registerRoutes } from '../../http/register-routes';
import { routesIn } from '../../http/route-options';
import type { AppointmentSteps } from './appointment-steps.service';
import {
  appointmentCheckSchema,
  appointmentDraftBody,
  appointmentFilters,
  appointmentRefusalResponse,
  appointmentSchema,
  endBody,
  fileBody,
} from './appointments.schema';
import type { AppointmentsService } from './appointments.service';
import {
  refusals,
  registerWorkflowSteps,
  returnStep,
  reviewStep,
  workflowStep,
} from './workflow-step-routes';

const tags = ['岗位聘用'];
const readers = forRoles('employer', 'department', 'hr');
const clerk = requiresPermission('posts.plan');

export function appointmentsRoutes(
  appointments: AppointmentsService,
  steps: AppointmentSteps,
): FastifyPluginAsyncZod {
  const STEPS = [
    workflowStep({
      path: 'propose',
      summary: '提交聘用申请并在单位公示（不符合规定的逐项列出；仅差时间的给出最早聘用日期）',
      config: clerk,
      body: z.strictObject({
        acceptEarliestDate: z
          .boolean()
          .optional()
          .describe('仅差时间条件时，同意将聘用起始日期改为最早可聘日期并按该日提交公示'),
      }),
      checks: true,
      take: (actor, id, body) => steps.propose(actor, id, body),
    }),
    reviewStep('主管部门审核聘用申请（公示期满后）', (actor, id, note) => steps.review(actor, id, note)),
    returnStep('退回聘用申请（逐条写明退回意见，单位修改后重新提交）', (actor, id, reasons) =>
      steps.return(actor, id, reasons),
    ),
    workflowStep({
      path: 'file',
      summary: '人社部门备案聘用（填写备案文号；原聘岗位自新聘之日起终止）',
      config: requiresPermission('posts.approve'),
      body: fileBody,
      checks: true,
      take: (actor, id, body) => steps.file(actor, id, body.approvalDocument),
    }),
  ];

  return routesIn(tags, (app, route) => {
    registerRoutes(app, {
      path: '/api/v1/appointments',
      config: readers,
      tags,
      filters: appointmentFilters,
      item: appointmentSchema,
      summaries: {
        list: '岗位聘用列表（本单位、所属单位或本辖区；按状态筛选即为待审核、待备案队列）',
        export: '导出聘用花名册（Excel）',
      },
      workbook: { description: '聘用花名册', fileName: '聘用花名册.xlsx' },
      list: (actor, query) => appointments.list(actor, query),
      exportXlsx: (actor, query) => appointments.exportXlsx(actor, query),
      detail: { summary: '聘用详情（含逐项检查结果）', get: (actor, id) => appointments.detail(actor, id) },
      create: {
        summary: '起草聘用申请（草稿）',
        body: appointmentDraftBody,
        create: (actor, body) => appointments.create(actor, body),
      },
      update: {
        summary: '修改草稿或已退回的聘用申请（整份替换）',
        body: appointmentDraftBody,
        update: (actor, id, body) => appointments.update(actor, id, body),
      },
    });

    app.post(
      '/api/v1/appointments/check',
      route(clerk, '按现行政策检查聘用申请（不保存，供填写时实时提示）', {
        body: appointmentDraftBody,
        response: { 200: appointmentCheckSchema, ...refusals },
      }),
      (request) => appointments.check(actorOf(request), request.body),
    );

    registerWorkflowSteps(app, route, {
      base: '/api/v1/appointments',
      item: appointmentSchema,
      refusal: appointmentRefusalResponse,
      steps: STEPS,
    });

    app.post(
      '/api/v1/appointments/:id/end',
      route(clerk, '解除聘用（起草解除聘用申请，按程序公示、审核、备案）', {
        params: idParams,
        body: endBody,
        response: { 201: appointmentSchema, ...refusals },
      }),
      async (request, reply) =>
        reply.status(201).send(await appointments.end(actorOf(request), request.params.id, request.body)),
    );

    app.get(
      '/api/v1/post-histories/:personId',
      route(readers, '个人岗位聘用经历', {
        params: z.object({ personId: uuidField }),
        response: { 200: z.array(appointmentSchema), 404: errorResponse },
      }),
      (request) => appointments.history(actorOf(request), request.params.personId),
    );
  });
}
