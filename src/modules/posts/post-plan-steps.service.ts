import type { Db } from '../../db/client';
import type { NewPostPlanRecord } from '../../db/schema';
import { conflictOnUniqueViolation } from '../../db/unique-violation';
import type { Actor } from '../../domain/access/actor';
import { todayInShanghai } from '../../domain/calendar';
import { AppError } from '../../domain/errors';
import {
  PLAN_STATE_NAMES,
  type PlanEvent,
  type PlanState,
  type PlanTransition,
  planTransition,
} from '../../domain/posts/plan-workflow';
import type { Clock } from '../../platform/clock';
import type { AuditLog } from '../audit';
import { loadPlanFor } from './post-plan-records';
import { planCheck } from './post-plan-view';
import * as repo from './post-plans.repository';
import type { PostPlansService } from './post-plans.service';
import { recountUnitBoard } from './post-statistics.repository';
import { partiesOf } from './posts.policy';

type LoadedPlan = Awaited<ReturnType<typeof loadPlanFor>>;

/**
 * Refuses a plan that breaks a rule: 422 with every failing item (its field, Chinese message,
 * rule key and citation), nothing written. Submission asks it, and so does approval, since the
 * rules in force may have changed since the unit submitted.
 */
async function requirePlanHolds(db: Db, record: LoadedPlan, step: string) {
  const { problems } = planCheck(record, await repo.linesOf(db, [record.plan.id]));
  if (problems.length > 0)
    throw new AppError(
      'unprocessable',
      'POST_PLAN_PROBLEMS',
      `岗位设置方案有${problems.length}项不符合规定，不能${step}：${problems[0]!.message}`,
      problems.map((p) => ({ path: p.path, message: p.message, key: p.key, citation: p.citation })),
    );
}

/** A later version must start after the version in force, which it ends. */
async function requireLaterThanCurrent(db: Db, record: LoadedPlan) {
  const current = await repo.approvedPlanOf(db, record.unit.id);
  if (current && record.plan.effectiveFrom <= current.effectiveFrom)
    throw new AppError(
      'conflict',
      'POST_PLAN_EFFECTIVE_DATE',
      `生效日期${record.plan.effectiveFrom}不晚于现行岗位设置方案（第${current.version}版）的生效日期${current.effectiveFrom}，请退回单位修改`,
      [{ path: 'effectiveFrom', message: `应晚于${current.effectiveFrom}` }],
    );
}

/**
 * The plan's steps up the chain: the unit submits, the competent department reviews or
 * returns, the HR bureau of the unit's level approves with its document number or returns.
 * Each step is the workflow table's transition, written by compare-and-set on the state with
 * its audit event in one transaction.
 */
export function createPostPlanSteps(deps: {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  /** The plan as the step's answer shows it (`PostPlansService.detail`). */
  detail: PostPlansService['detail'];
}) {
  const { db, clock, audit, detail } = deps;

  /** The transition the actor's parties take with `event` from the plan's state (the policy allowed it). */
  function transitionOf(actor: Actor, record: LoadedPlan, event: PlanEvent): PlanTransition {
    return planTransition(event, record.plan.state as PlanState, partiesOf(actor, record), {
      hasDepartment: record.unit.departmentId !== null,
    })!;
  }

  /**
   * Writes the step in the caller's transaction: the plan moves only if it is still where the
   * step starts (someone else's step meanwhile is a conflict), then the audit event.
   */
  async function write(
    tx: Db,
    actor: Actor,
    record: LoadedPlan,
    transition: PlanTransition,
    columns: Partial<NewPostPlanRecord>,
    data: Record<string, unknown>,
  ) {
    const now = clock.now();
    const row = await repo.updatePlanIf(tx, record.plan.id, transition.from, {
      ...columns,
      state: transition.to!,
      updatedBy: actor.userId,
      updatedAt: now,
    });
    if (!row) {
      const found = await repo.findPlan(tx, record.plan.id);
      const state = PLAN_STATE_NAMES[found?.plan.state as PlanState] ?? found?.plan.state;
      throw new AppError('conflict', 'POST_PLAN_STATE', `岗位设置方案已变为「${state}」，请刷新后再操作`);
    }
    await audit.record(tx, actor.userId, {
      action: transition.audit,
      entityType: 'post-plan',
      entityId: record.plan.id,
      data: { version: record.plan.version, from: record.plan.state, to: transition.to, ...data },
    });
  }

  return {
    /** The unit reports the plan; refused with every failing item while any rule is broken. */
    async submit(actor: Actor, id: string) {
      const record = await loadPlanFor(db, actor, id, 'submit');
      await requirePlanHolds(db, record, '报送');
      await requireLaterThanCurrent(db, record);
      const transition = transitionOf(actor, record, 'submit');
      await db.transaction((tx) =>
        write(
          tx,
          actor,
          record,
          transition,
          { submittedAt: clock.now() },
          { direct: transition.to === 'reviewed' },
        ),
      );
      return detail(actor, id);
    },

    /** The competent department passes the plan on to the HR bureau. */
    async review(actor: Actor, id: string, note: string | null) {
      const record = await loadPlanFor(db, actor, id, 'review');
      const transition = transitionOf(actor, record, 'review');
      await db.transaction((tx) =>
        write(tx, actor, record, transition, { reviewedBy: actor.userId, reviewedAt: clock.now() }, { note }),
      );
      return detail(actor, id);
    },

    /** The department or the HR bureau sends the plan back, each reason kept for the unit. */
    async return(actor: Actor, id: string, reasons: string[]) {
      const record = await loadPlanFor(db, actor, id, 'return');
      const transition = transitionOf(actor, record, 'return');
      await db.transaction((tx) =>
        write(tx, actor, record, transition, { returnReasons: reasons }, { reasons, by: transition.party }),
      );
      return detail(actor, id);
    },

    /**
     * The HR bureau of the unit's level approves with its document number: the version in force
     * ends the day this one starts (superseded) in the same transaction; two approvals racing
     * for one unit meet the unique index and the second is a conflict.
     */
    async approve(actor: Actor, id: string, approvalDocument: string) {
      const record = await loadPlanFor(db, actor, id, 'approve');
      await requirePlanHolds(db, record, '批准');
      await requireLaterThanCurrent(db, record);
      const transition = transitionOf(actor, record, 'approve');
      const now = clock.now();
      await conflictOnUniqueViolation(
        () =>
          db.transaction(async (tx) => {
            const ended = await repo.supersedeApproved(tx, record.unit.id, record.plan.effectiveFrom, now);
            if (ended)
              await audit.record(tx, actor.userId, {
                action: 'post-plan.superseded',
                entityType: 'post-plan',
                entityId: ended.id,
                data: { version: ended.version, until: record.plan.effectiveFrom, by: id },
              });
            await write(
              tx,
              actor,
              record,
              transition,
              { approvalDocument, approvedBy: actor.userId, approvedAt: now, returnReasons: null },
              { approvalDocument, supersedes: ended?.id ?? null },
            );
            await recountUnitBoard(tx, record.unit.id, todayInShanghai(now));
          }),
        () =>
          new AppError('conflict', 'POST_PLAN_STATE', '本单位的另一版岗位设置方案刚刚获批，请刷新后再操作'),
      );
      return detail(actor, id);
    },
  };
}

export type PostPlanSteps = ReturnType<typeof createPostPlanSteps>;
