import { z } from 'zod';
import { ROLE_CODES, type Role } from '../../domain/access/roles';
import { ATTACHMENT_KINDS } from '../../domain/attachments/file-type';
import { LEVELS } from '../../domain/catalogue/levels';
import { codesOf } from '../../domain/code-labels';
import { PATHWAYS, TITLE_VIAS } from '../../domain/policy';
import { APPLICATION_STATES, type ApplicationState } from '../../domain/workflow/application-states';
import { APPLICATION_EVENTS } from '../../domain/workflow/application-transitions';
import { citationSchema as citation } from '../../http/citation';
import { pageOf } from '../../http/list-query';
import type { DescribesAll } from '../../http/response-shape';
import { eligibilityResultSchema } from '../eligibility';
import { titleVerificationSchema } from '../profile';
import type { ApplicationQueries } from './application-queries';
import type { applicationReceipt } from './application-view';
import type { ApplicationsService } from './applications.service';

type Answer<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;

export const applicationState = z.enum(
  Object.keys(APPLICATION_STATES) as [ApplicationState, ...ApplicationState[]],
);

export const applicationEvent = z
  .enum(APPLICATION_EVENTS)
  .describe('申报流程中的操作（可执行的操作见各申报的 actions[].event）');

/** A step the caller may take on an application now: the buttons to show. */
const action = z.object({ event: applicationEvent, name: z.string() }).meta({ id: 'ApplicationAction' });

const publicityKind = z
  .enum(['unit', 'dispatch', 'result'])
  .describe('unit 单位公示 | dispatch 派遣单位公示 | result 结果公示');

/** The fields every list row and detail shares, with the names users read. */
export const applicationSummary = z
  .object({
    id: z.string(),
    number: z.string(),
    year: z.number().int(),
    personName: z.string(),
    employerName: z.string(),
    series: z.string(),
    seriesName: z.string(),
    level: z.enum(LEVELS),
    levelName: z.string(),
    specialty: z.string(),
    title: z.string().describe('申报资格，如 高级工程师（通信工程）'),
    pathway: z.enum(PATHWAYS),
    pathwayName: z.string(),
    state: applicationState,
    stateName: z.string(),
    eligible: z.boolean(),
    dispatched: z.boolean(),
    unitPublicityEndsOn: z.string().nullable(),
    dispatchPublicityEndsOn: z.string().nullable(),
    submittedAt: z.string().nullable(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'ApplicationSummary' });

/** A list row: the summary and the steps the caller may take on it. */
export const applicationListItem = applicationSummary
  .extend({ actions: z.array(action) })
  .meta({ id: 'ApplicationListItem' });

/** What the caller may do with the list as a whole (not with one row). */
const listAction = z
  .object({
    action: z.enum(['notices-pdf']).describe('notices-pdf 打印本单位公示表'),
    name: z.string(),
  })
  .meta({ id: 'ApplicationListAction' });

/** A page of the list (named as any page of its rows), with what the caller may do with the list as a whole. */
export const applicationListPage = pageOf(applicationListItem)
  .extend({ actions: z.array(listAction) })
  .meta({ id: 'ApplicationListItemPage' });

const policyApplied = z
  .object({ id: z.string(), name: z.string(), note: z.string().nullable() })
  .describe('所适用的政策集');

/**
 * What filing answers with (the receipt): the summary, the rules applied and the eligibility
 * with its citations; the full detail is one GET away.
 */
export const applicationReceiptSchema = applicationSummary
  .extend({ policy: policyApplied, eligibility: eligibilityResultSchema })
  .meta({ id: 'ApplicationReceipt' });

/** Everything a reviewer works from: eligibility, titles and their verification, materials, timeline, allowed steps. */
export const applicationDetail = applicationSummary
  .extend({
    idNumberMasked: z.string(),
    dispatchAgencyName: z.string().nullable(),
    departmentName: z.string().nullable(),
    committee: z.object({ id: z.string(), name: z.string(), entrusted: z.boolean() }).nullable(),
    policy: policyApplied,
    eligibility: eligibilityResultSchema,
    applicant: z
      .object({
        titles: z.array(
          z.object({
            series: z.string(),
            level: z.enum(LEVELS),
            obtainedOn: z.string(),
            via: z.enum(TITLE_VIAS),
          }),
        ),
        posts: z
          .array(
            z.object({
              grade: z.number().int(),
              from: z.string(),
              to: z.string().nullable().describe('不含该日；空：仍在聘'),
              verified: z.boolean().describe('true：聘用备案记录；false：本人填报、无聘用记录印证'),
            }),
          )
          .describe('岗位聘任：资格审查按此计算任职年限'),
      })
      .describe('申报人填报的现有职称与岗位聘任'),
    verification: titleVerificationSchema,
    lastReason: z.string().nullable(),
    returnedByCommittee: z.boolean(),
    attachments: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(codesOf(ATTACHMENT_KINDS)),
        fileName: z.string(),
        contentType: z.string(),
        size: z.number().int(),
        sm3: z.string(),
      }),
    ),
    commitments: z.array(
      z.object({
        kind: z.enum(['personal', 'unit']),
        title: z.string(),
        textVersion: z.string(),
        textSm3: z.string(),
        signedBy: z.string(),
        signedAt: z.string(),
      }),
    ),
    publicity: z.array(
      z.object({ id: z.string(), kind: publicityKind, startsOn: z.string(), endsOn: z.string() }),
    ),
    objections: z.array(
      z.object({
        id: z.string(),
        noticeKind: publicityKind,
        status: z.enum(['open', 'upheld', 'dismissed']),
        content: z.string(),
        outcome: z.string().nullable(),
        createdAt: z.string(),
        handledAt: z.string().nullable(),
        complainantName: z.string().nullable().describe('只有处理异议的单位看得到'),
        contact: z.string().nullable(),
        canResolve: z.boolean(),
      }),
    ),
    timeline: z.array(
      z.object({
        event: z.string(),
        toState: applicationState,
        toStateName: z.string(),
        actorRoleName: z.string(),
        actorName: z.string(),
        organisationName: z.string().nullable(),
        reason: z.string().nullable(),
        occurredAt: z.string(),
      }),
    ),
    roles: z.array(z.enum(ROLE_CODES as [Role, ...Role[]])).describe('当前用户对该申报所处的角色'),
    actions: z.array(action),
  })
  .meta({ id: 'ApplicationDetail' });

/** What the server will find when the application is filed now (nothing is written). */
export const applicationPreview = z
  .object({
    today: z.string(),
    policy: policyApplied,
    eligibility: eligibilityResultSchema,
    problems: z.array(z.object({ code: z.string(), message: z.string(), citation })),
  })
  .meta({ id: 'ApplicationPreview' });

/** The same step on many applications, each on its own: every outcome. */
export const bulkTransitionResult = z
  .object({
    succeeded: z.number().int(),
    failed: z.number().int(),
    results: z.array(
      z.object({
        id: z.string(),
        ok: z.boolean(),
        state: applicationState.optional(),
        message: z.string().optional(),
      }),
    ),
  })
  .meta({ id: 'BulkTransitionResult' });

true satisfies DescribesAll<typeof applicationDetail, Answer<ApplicationQueries['get']>>;
true satisfies DescribesAll<typeof applicationReceiptSchema, ReturnType<typeof applicationReceipt>>;
true satisfies DescribesAll<typeof applicationPreview, Answer<ApplicationsService['preview']>>;
true satisfies DescribesAll<typeof bulkTransitionResult, Answer<ApplicationsService['transitionMany']>>;
true satisfies DescribesAll<
  z.ZodArray<typeof applicationListItem>,
  Answer<ApplicationQueries['list']>['items']
>;
true satisfies DescribesAll<typeof applicationListPage, Answer<ApplicationQueries['list']>>;
