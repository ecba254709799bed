import type { Db } from '../../db/client';
import type { NewPostPlanRecord, OrganisationRecord } from '../../db/schema';
import { conflictOnUniqueViolation } from '../../db/unique-violation';
import type { Actor } from '../../domain/access/actor';
import type { PostGrade, RegionTier } from '../../domain/catalogue';
import { AppError, invalidInput } from '../../domain/errors';
import { checkPlan } from '../../domain/posts/plan-check';
import {
  FUNDING_KIND_NAMES,
  type FundingKind,
  POST_CATEGORY_NAMES,
  type PostCategory,
} from '../../domain/posts/post-plan';
import type { Clock } from '../../platform/clock';
import { buildWorkbook } from '../../platform/excel';
import type { AuditLog } from '../audit';
import { findOrganisation } from '../organisations';
import { approversOf, clerkUnitOf, loadPlanFor, loadVisiblePlan, regionTierOf } from './post-plan-records';
import { buildPlanReviewForm } from './post-plan-review-form';
import { renderPlanReviewPdf } from './post-plan-review-pdf';
import { planRules, presentPlans } from './post-plan-view';
import * as repo from './post-plans.repository';
import { postPlanPolicy } from './posts.policy';
import type { PlanDraftBody } from './posts.schema';

export interface PlanListQuery extends repo.PlanFilters {
  sort: repo.PlanSort;
  page: number;
  pageSize: number;
}

/**
 * Items of the check that are bad input rather than a plan that breaks the structure: a grade
 * that does not exist or that the unit may not set. A draft keeps a plan whose sums or ratios
 * do not hold yet (the wizard saves work in progress), never one of these.
 */
const INPUT_RULES = new Set([
  'posts.plan.figures',
  'posts.plan.grade-exists',
  'posts.plan.national-special-grade',
  'posts.plan.highest-grade',
  'posts.plan.special-post',
]);

/** The plan's columns from a draft. */
function draftColumns(body: PlanDraftBody) {
  return {
    staffingQuota: body.staffingQuota,
    funding: body.funding,
    mainCategory: body.mainCategory,
    professionalTotal: body.totals.professional,
    managementTotal: body.totals.management,
    supportTotal: body.totals.support,
    publicService: body.publicService,
    highestGrade: body.highestGrade,
    effectiveFrom: body.effectiveFrom,
  } satisfies Partial<NewPostPlanRecord>;
}

/**
 * A unit drafts its post plan, lists and reads plans in its scope (the department's and HR's
 * queues are the same list filtered by state), and exports the list.
 */
export function createPostPlans(deps: { db: Db; clock: Clock; audit: AuditLog }) {
  const { db, clock, audit } = deps;

  /**
   * Refuses a draft with bad input, all items at once (400, nothing written): a grade that does
   * not exist or that the unit may not set, and a first day not after the version in force.
   */
  async function validateDraft(unit: OrganisationRecord, tier: RegionTier, body: PlanDraftBody) {
    const { rules } = planRules({ jurisdictionCode: unit.jurisdictionCode, tier, day: body.effectiveFrom });
    const problems = checkPlan(body, {
      publicService: body.publicService,
      ...(body.highestGrade !== null ? { highestGrade: body.highestGrade as PostGrade } : {}),
      rules,
    })
      .filter((p) => INPUT_RULES.has(p.key))
      .map(({ path, message }) => ({ path, message }));
    const current = await repo.approvedPlanOf(db, unit.id);
    if (current && body.effectiveFrom <= current.effectiveFrom)
      problems.push({
        path: 'effectiveFrom',
        message: `生效日期应晚于现行岗位设置方案（第${current.version}版）的生效日期${current.effectiveFrom}`,
      });
    if (problems.length > 0) throw invalidInput(problems, 'POST_PLAN_INVALID_INPUT');
  }

  const service = {
    async list(actor: Actor, query: PlanListQuery) {
      const { items, total } = await repo.listPlans(db, postPlanPolicy.scopeOf(actor), query, query.sort, {
        limit: query.pageSize,
        offset: (query.page - 1) * query.pageSize,
      });
      const [lines, approverOf] = await Promise.all([
        repo.linesOf(
          db,
          items.map((r) => r.plan.id),
        ),
        approversOf(
          db,
          items.map((r) => r.unit.jurisdictionCode),
        ),
      ]);
      return {
        items: presentPlans(actor, items, lines, approverOf),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    /** One plan with the structure check against the rules in force for it. */
    async detail(actor: Actor, id: string) {
      const record = await loadVisiblePlan(db, actor, id);
      const lines = await repo.linesOf(db, [id]);
      return presentPlans(actor, [record], lines, () => record.approverBureauId)[0]!;
    },

    /** Starts the unit's next version as a draft; one plan of a unit is on its way at a time. */
    async create(actor: Actor, body: PlanDraftBody) {
      const unit = await clerkUnitOf(db, actor, { work: '编制岗位设置方案', subject: '岗位设置方案' });
      const tier = regionTierOf(unit.jurisdictionCode);
      await validateDraft(unit, tier, body);
      const open = await repo.openPlanOf(db, unit.id);
      const pending = (version: number) =>
        new AppError(
          'conflict',
          'POST_PLAN_OPEN',
          `本单位已有尚未批准的岗位设置方案（第${version}版），请在该方案上修改后报送`,
        );
      if (open) throw pending(open.version);
      const now = clock.now();
      const id = await conflictOnUniqueViolation(
        () =>
          db.transaction(async (tx) => {
            const version = await repo.nextVersion(tx, unit.id);
            const plan = await repo.insertPlan(tx, {
              ...draftColumns(body),
              organisationId: unit.id,
              version,
              state: 'draft',
              regionTier: tier,
              createdBy: actor.userId,
              createdAt: now,
              updatedBy: actor.userId,
              updatedAt: now,
            });
            await repo.replaceLines(tx, plan.id, body);
            await audit.record(tx, actor.userId, {
              action: 'post-plan.drafted',
              entityType: 'post-plan',
              entityId: plan.id,
              data: { organisationId: unit.id, version },
            });
            return plan.id;
          }),
        async () => pending((await repo.openPlanOf(db, unit.id))?.version ?? 0),
      );
      return service.detail(actor, id);
    },

    /** Replaces the figures of a draft or a returned plan (a returned plan keeps its reasons until resubmitted). */
    async update(actor: Actor, id: string, body: PlanDraftBody) {
      const record = await loadPlanFor(db, actor, id, 'edit');
      const unit = (await findOrganisation(db, record.unit.id))!;
      await validateDraft(unit, record.plan.regionTier as RegionTier, body);
      const now = clock.now();
      await db.transaction(async (tx) => {
        const row = await repo.updatePlanIf(tx, id, ['draft', 'returned'], {
          ...draftColumns(body),
          updatedBy: actor.userId,
          updatedAt: now,
        });
        if (!row) throw new AppError('conflict', 'POST_PLAN_STATE', '岗位设置方案已报送，不能再修改');
        await repo.replaceLines(tx, id, body);
        await audit.record(tx, actor.userId, {
          action: 'post-plan.edited',
          entityType: 'post-plan',
          entityId: id,
          data: { version: row.version },
        });
      });
      return service.detail(actor, id);
    },

    /** The 岗位设置审核表 of one plan the actor may see, as an .xlsx file. */
    async reviewForm(actor: Actor, id: string) {
      const plan = await service.detail(actor, id);
      return {
        fileName: `${plan.unit.name}岗位设置审核表（第${plan.version}版）.xlsx`,
        bytes: await buildPlanReviewForm(plan),
      };
    },

    /** The same 审核表 as a printable PDF. */
    async reviewFormPdf(actor: Actor, id: string) {
      const plan = await service.detail(actor, id);
      return {
        fileName: `${plan.unit.name}岗位设置审核表（第${plan.version}版）.pdf`,
        bytes: await renderPlanReviewPdf(plan),
      };
    },

    /** The filtered list as an .xlsx 一览表 (all pages). */
    async exportXlsx(actor: Actor, query: Omit<PlanListQuery, 'page' | 'pageSize'>) {
      const { items } = await service.list(actor, { ...query, page: 1, pageSize: 100_000 });
      return buildWorkbook(
        '岗位设置方案',
        [
          { header: '单位名称', width: 36, value: (p) => p.unit.name },
          { header: '版本', value: (p) => p.version },
          { header: '状态', width: 16, value: (p) => p.stateName },
          { header: '生效日期', width: 12, value: (p) => p.effectiveFrom },
          { header: '截止日期', width: 12, value: (p) => p.effectiveUntil ?? '' },
          { header: '编制数', value: (p) => p.staffingQuota },
          { header: '经费形式', value: (p) => FUNDING_KIND_NAMES[p.funding as FundingKind] ?? p.funding },
          {
            header: '主体岗位',
            width: 14,
            value: (p) => POST_CATEGORY_NAMES[p.mainCategory as PostCategory],
          },
          { header: '专业技术岗位', value: (p) => p.totals.professional },
          { header: '管理岗位', value: (p) => p.totals.management },
          { header: '工勤技能岗位', value: (p) => p.totals.support },
          { header: '特设岗位', value: (p) => p.specialPosts.reduce((n, s) => n + s.count, 0) },
          { header: '批复文号', width: 24, value: (p) => p.approvalDocument ?? '' },
          { header: '退回意见', width: 40, value: (p) => p.returnReasons.join('；') },
        ],
        items,
      );
    },
  };
  return service;
}

export type PostPlansService = ReturnType<typeof createPostPlans>;
