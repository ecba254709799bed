import type { Db } from '../../db/client';
import { conflictOnUniqueViolation } from '../../db/unique-violation';
import type { Actor } from '../../domain/access/actor';
import { todayInShanghai } from '../../domain/calendar';
import { isLevel, isSeriesSlug, type Level, seriesHasLevel } from '../../domain/catalogue';
import { AppError, type FieldProblem, invalidInput, notFound } from '../../domain/errors';
import { parameterValue } from '../../domain/policy/parameter-values';
import { findRegion } from '../../domain/regions';
import { afterYearlyDeadline, approvalProblems } from '../../domain/review/committee-rules';
import type { Clock } from '../../platform/clock';
import type { AuditLog } from '../audit';
import { findOrganisation } from '../organisations';
import { policyForPlace } from '../policy';
import { mayApplySelfReview, registersCommitteesIn, selfReviewScopeOf } from './committees.policy';
import * as repo from './committees.repository';

export interface CommitteeInput {
  name: string;
  officeOrganisationId: string;
  tier: 'provincial' | 'city' | 'county' | 'self-review';
  kind: 'government' | 'industry' | 'self-review' | 'social';
  organiser: string;
  organisedBy: 'series' | 'specialty';
  series: string;
  levels: string[];
  specialties: string[];
  specialtyGroups: { name: string; specialties: string[] }[];
  regionCode: string;
  approvalNumber: string;
  approvedOn: string;
  validUntil: string;
  selfReviewUnitId?: string | null;
}

const STATUS_NAMES: Record<'active' | 'suspended' | 'revoked', string> = {
  active: '正常',
  suspended: '暂停评审',
  revoked: '撤销评审权',
};

function nameTaken(name: string, path: string): AppError {
  return new AppError('conflict', 'COMMITTEE_NAME_TAKEN', `评委会名称「${name}」已被使用`, [
    { path, message: '已有同名评委会' },
  ]);
}

/**
 * The registry (目录清单) as the HR bureau keeps it: approving a committee's scope for at most
 * 3 years, suspending or revoking it with a reason (supervision, 2025-draft 18–20), and the
 * employers' applications for self-review, due by 30 June for the current year.
 */
export function createCommitteeRegistry(deps: { db: Db; clock: Clock; audit: AuditLog }) {
  const { db, clock, audit } = deps;

  function hrOf(actor: Actor, regionCode: string) {
    if (!registersCommitteesIn(actor, regionCode))
      throw new AppError('forbidden', 'REGISTRY_FORBIDDEN', '只有本辖区人社部门可以核准和管理评委会');
  }

  function scopeProblems(input: Pick<CommitteeInput, 'series' | 'levels' | 'regionCode'>): FieldProblem[] {
    const problems: FieldProblem[] = [];
    if (!isSeriesSlug(input.series)) problems.push({ path: 'series', message: '系列不在职称系列目录中' });
    input.levels.forEach((level, i) => {
      if (!isLevel(level) || (isSeriesSlug(input.series) && !seriesHasLevel(input.series, level as Level)))
        problems.push({ path: `levels.${i}`, message: '该系列没有这一层级' });
    });
    if (input.levels.length === 0) problems.push({ path: 'levels', message: '请选择评审层级' });
    if (!findRegion(input.regionCode)) problems.push({ path: 'regionCode', message: '行政区划代码不存在' });
    return problems;
  }

  /** Checks a committee's registration before any transaction opens (reads use the pool). */
  async function validate(actor: Actor, input: CommitteeInput) {
    hrOf(actor, input.regionCode);
    const today = todayInShanghai(clock.now());
    const maxYears = parameterValue(policyForPlace(input.regionCode, today), 'committee.approvalYears');
    const problems = [
      ...scopeProblems(input),
      ...approvalProblems(input.approvedOn, input.validUntil, maxYears).map((message) => ({
        path: 'validUntil',
        message,
      })),
    ];
    const office = await findOrganisation(db, input.officeOrganisationId);
    if (office?.kind !== 'committee-office')
      problems.push({ path: 'officeOrganisationId', message: '办事机构须为评委会办事机构' });
    if (problems.length > 0) throw invalidInput(problems, 'COMMITTEE_INVALID');
  }

  /** A committee's name is its own (a unique index): checked first, and again by the index for a concurrent request. */
  async function ensureNameFree(name: string, path: string) {
    if (await repo.findCommitteeByName(db, name)) throw nameTaken(name, path);
  }

  async function insertRegistered(tx: Db, actor: Actor, input: CommitteeInput) {
    const row = await repo.insertCommittee(tx, { ...input, status: 'active' });
    await audit.record(tx, actor.userId, {
      action: 'committee.registered',
      entityType: 'committee',
      entityId: row.id,
      data: { name: row.name, approvalNumber: row.approvalNumber, validUntil: row.validUntil },
    });
    return row;
  }

  return {
    async register(actor: Actor, input: CommitteeInput) {
      await validate(actor, input);
      await ensureNameFree(input.name, 'name');
      return conflictOnUniqueViolation(
        () => db.transaction(async (tx) => ({ id: (await insertRegistered(tx, actor, input)).id })),
        () => nameTaken(input.name, 'name'),
      );
    },

    /** Suspension, revocation or reinstatement, always with the reason on record. */
    async changeStatus(
      actor: Actor,
      id: string,
      input: { status: 'active' | 'suspended' | 'revoked'; reason: string },
    ) {
      const committee = await repo.findCommittee(db, id);
      if (!committee) throw notFound('评委会', 'COMMITTEE_NOT_FOUND');
      hrOf(actor, committee.regionCode);
      if (committee.status === 'revoked')
        throw new AppError('conflict', 'COMMITTEE_REVOKED', '评审权已撤销的评委会不能恢复，须重新核准组建');
      if (committee.status === input.status)
        throw new AppError('conflict', 'STATUS_UNCHANGED', `评委会已是“${STATUS_NAMES[input.status]}”状态`);
      if (input.reason.trim().length < 4)
        throw invalidInput([{ path: 'reason', message: '请写明理由和依据' }]);
      return db.transaction(async (tx) => {
        await repo.updateCommittee(tx, id, { status: input.status, statusReason: input.reason.trim() });
        await audit.record(tx, actor.userId, {
          action: 'committee.status-changed',
          entityType: 'committee',
          entityId: id,
          data: { from: committee.status, to: input.status, reason: input.reason.trim() },
        });
        return { id, status: input.status, statusName: STATUS_NAMES[input.status] };
      });
    },

    /** An employer asks to review its own staff; for the current year by 30 June (anshan-2023 八). */
    async applySelfReview(
      actor: Actor,
      input: { year: number; series: string; levels: string[]; specialties: string[]; reason: string },
    ) {
      if (!mayApplySelfReview(actor))
        throw new AppError('forbidden', 'SELF_REVIEW_FORBIDDEN', '只有用人单位可以申请开展自主评审');
      const unit = await findOrganisation(db, actor.organisationId);
      const today = todayInShanghai(clock.now());
      const thisYear = Number(today.slice(0, 4));
      const deadline = parameterValue(
        policyForPlace(unit?.jurisdictionCode ?? '210000', today),
        'selfReview.applicationDeadline',
      );
      const problems = scopeProblems({ ...input, regionCode: unit?.jurisdictionCode ?? '' });
      if (input.year < thisYear) problems.push({ path: 'year', message: '不能申请以往年度的自主评审' });
      if (input.year === thisYear && afterYearlyDeadline(today, deadline))
        problems.push({
          path: 'year',
          message: `新申请且当年计划开展评审的，提交申报材料截止日期为${deadline.replace('-', '月')}日（anshan-2023 八、liaoyang-2023 十），请申请${thisYear + 1}年度`,
        });
      if (input.reason.trim().length < 10)
        problems.push({ path: 'reason', message: '请说明评审制度、工作方案、评审标准和办事机构等情况' });
      if (problems.length > 0) throw invalidInput(problems, 'SELF_REVIEW_INVALID');
      const now = clock.now();
      return db.transaction(async (tx) => {
        const row = await repo.insertSelfReviewApplication(tx, {
          organisationId: actor.organisationId!,
          year: input.year,
          series: input.series,
          levels: input.levels,
          specialties: input.specialties,
          reason: input.reason.trim(),
          submittedBy: actor.userId,
          submittedAt: now,
        });
        await audit.record(tx, actor.userId, {
          action: 'self-review.applied',
          entityType: 'self-review-application',
          entityId: row.id,
          data: { year: input.year, series: input.series, levels: input.levels },
        });
        return { id: row.id, status: row.status };
      });
    },

    /** The HR bureau approves (registering the unit's committee) or rejects, with a note either way. */
    async decideSelfReview(
      actor: Actor,
      id: string,
      input: {
        approve: boolean;
        note: string;
        committee?: Omit<
          CommitteeInput,
          'series' | 'levels' | 'specialties' | 'tier' | 'kind' | 'selfReviewUnitId'
        >;
      },
    ) {
      const application = await repo.findSelfReviewApplication(db, id);
      const unit = application ? await findOrganisation(db, application.organisationId) : undefined;
      if (!application || !unit) throw notFound('自主评审申请', 'SELF_REVIEW_NOT_FOUND');
      hrOf(actor, unit.jurisdictionCode);
      if (application.status !== 'pending') throw new AppError('conflict', 'ALREADY_DECIDED', '该申请已处理');
      if (input.note.trim().length < 2) throw invalidInput([{ path: 'note', message: '请填写核准意见' }]);
      if (input.approve && !input.committee)
        throw invalidInput([{ path: 'committee', message: '核准时须登记评委会' }]);
      const committee: CommitteeInput | null =
        input.approve && input.committee
          ? {
              ...input.committee,
              tier: 'self-review',
              kind: 'self-review',
              series: application.series,
              levels: application.levels,
              specialties: application.specialties,
              selfReviewUnitId: unit.id,
            }
          : null;
      if (committee) {
        await validate(actor, committee);
        await ensureNameFree(committee.name, 'committee.name');
      }
      const now = clock.now();
      const decide = () =>
        db.transaction(async (tx) => {
          const created = committee ? await insertRegistered(tx, actor, committee) : null;
          const decided = await repo.decideSelfReviewApplication(tx, id, {
            status: input.approve ? 'approved' : 'rejected',
            decisionNote: input.note.trim(),
            decidedBy: actor.userId,
            decidedAt: now,
            committeeId: created?.id ?? null,
          });
          if (!decided) throw new AppError('conflict', 'ALREADY_DECIDED', '该申请已处理');
          await audit.record(tx, actor.userId, {
            action: input.approve ? 'self-review.approved' : 'self-review.rejected',
            entityType: 'self-review-application',
            entityId: id,
            data: { committeeId: created?.id ?? null, note: input.note.trim() },
          });
          return { id, status: input.approve ? 'approved' : 'rejected', committeeId: created?.id ?? null };
        });
      return committee
        ? conflictOnUniqueViolation(decide, () => nameTaken(committee.name, 'committee.name'))
        : decide();
    },

    listSelfReviewApplications(actor: Actor) {
      const scope = selfReviewScopeOf(actor);
      if (!scope) throw new AppError('forbidden', 'SELF_REVIEW_FORBIDDEN', '无权查看自主评审申请');
      return repo.selfReviewApplicationsFor(db, scope);
    },
  };
}

export type CommitteeRegistry = ReturnType<typeof createCommitteeRegistry>;
