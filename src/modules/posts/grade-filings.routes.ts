import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, forRoles, requiresPermission } from '../../http/access';
import { registerRoutes } from '../../http/register-routes';
import { routesIn } from '../../http/route-options';
import type { GradeFilingSteps } from './grade-filing-steps.service';
import {
  acknowledgeBody,
  filingApproveBody,
  gradeFilingDraftBody,
  gradeFilingFilters,
  gradeFilingOptionsQuery,
  gradeFilingOptionsSchema,
  gradeFilingRefusalResponse,
  gradeFilingSchema,
  reportBody,
} from './grade-filings.schema';
import type { GradeFilingsService } from './grade-filings.service';
import { refusals, registerWorkflowSteps, returnStep, workflowStep } from './workflow-step-routes';

const tags = ['岗位评定备案'];
const readers = forRoles('employer', 'hr');
const clerk = requiresPermission('posts.plan');
const bureau = requiresPermission('posts.approve');

/** 二级岗位评定（吉林：正高三级、二级岗位）: the unit's filing with the provincial HR bureau and its steps. */
export function gradeFilingsRoutes(
  filings: GradeFilingsService,
  steps: GradeFilingSteps,
): FastifyPluginAsyncZod {
  const STEPS = [
    workflowStep({
      path: 'communicate',
      summary: '报送评前沟通（参评人员、岗位数额、评定标准；不符合规定的逐项列出）',
      config: clerk,
      body: z.strictObject({}),
      checks: true,
      take: (actor, id) => steps.communicate(actor, id),
    }),
    workflowStep({
      path: 'acknowledge',
      summary: '省人社厅答复评前沟通，同意单位开展评定',
      config: bureau,
      body: acknowledgeBody,
      checks: false,
      take: (actor, id, body) => steps.acknowledge(actor, id, body.note),
    }),
    workflowStep({
      path: 'report',
      summary: '报送评后报告（逐人写明评定结果；通过人数不得超过空余岗位）',
      config: clerk,
      body: reportBody,
      checks: true,
      take: (actor, id, body) => steps.report(actor, id, body),
    }),
    returnStep('省人社厅退回评前沟通或评后报告（逐条写明意见）', (actor, id, reasons) =>
      steps.return(actor, id, reasons),
    ),
    workflowStep({
      path: 'approve',
      summary: '省人社厅备案核准（填写文号；通过人员方可聘用到该等级岗位）',
      config: bureau,
      body: filingApproveBody,
      checks: true,
      take: (actor, id, body) => steps.approve(actor, id, body.approvalDocument),
    }),
  ];

  return routesIn(tags, (app, route) => {
    app.get(
      '/api/v1/grade-filings/options',
      route(clerk, '填写岗位评定备案所需：适用条款、该等级核定数额和空余岗位、下一等级在聘人员', {
        querystring: gradeFilingOptionsQuery,
        response: { 200: gradeFilingOptionsSchema, ...refusals },
      }),
      (request) => filings.options(actorOf(request), request.query),
    );

    registerRoutes(app, {
      path: '/api/v1/grade-filings',
      config: readers,
      tags,
      filters: gradeFilingFilters,
      item: gradeFilingSchema,
      summaries: {
        list: '岗位评定备案列表（本单位或本辖区；按状态筛选即为省人社厅待答复、待核准队列）',
        export: '导出岗位评定备案登记表（Excel，每名参评人员一行）',
      },
      workbook: { description: '岗位评定备案登记表', fileName: '岗位评定备案登记表.xlsx' },
      list: (actor, query) => filings.list(actor, query),
      exportXlsx: (actor, query) => filings.exportXlsx(actor, query),
      detail: {
        summary: '岗位评定备案详情（含逐项检查结果）',
        get: (actor, id) => filings.detail(actor, id),
      },
      create: {
        summary: '起草岗位评定备案（草稿）',
        body: gradeFilingDraftBody,
        create: (actor, body) => filings.create(actor, body),
      },
      update: {
        summary: '修改草稿或已退回的岗位评定备案（整份替换）',
        body: gradeFilingDraftBody,
        update: (actor, id, body) => filings.update(actor, id, body),
      },
    });

    registerWorkflowSteps(app, route, {
      base: '/api/v1/grade-filings',
      item: gradeFilingSchema,
      refusal: gradeFilingRefusalResponse,
      steps: STEPS,
    });
  });
}
