import type { Db } from '../../db/client';
import { conflictOnUniqueViolation } from '../../db/unique-violation';
import type { Actor } from '../../domain/access/actor';
import { todayInShanghai } from '../../domain/calendar';
import { type Level, levelName } from '../../domain/catalogue';
import { AppError, invalidInput, notFound } from '../../domain/errors';
import { validateIdNumber } from '../../domain/identifiers/id-number';
import { parameterValue } from '../../domain/policy/parameter-values';
import { isWithinRegion } from '../../domain/regions';
import { afterYearlyDeadline } from '../../domain/review/committee-rules';
import { RELATION_NAMES, type RelationKind } from '../../domain/review/pool-snapshot';
import type { Clock } from '../../platform/clock';
import type { FieldCipher } from '../../platform/crypto';
import { hashPassword } from '../../platform/password';
import type { AuditLog } from '../audit';
import { findCommittee, listCommittees } from '../committees';
import { findOrganisation } from '../organisations';
import { policyForPlace } from '../policy';
import { sessionAccess } from '../review';
import { findUserByUsername, insertUser } from '../users';
import { parseExpertWorkbook } from './expert-import';
import { COLUMN_OF, type ExpertInput, expertProblems } from './expert-input';
import { keepsExperts } from './experts.policy';
import * as repo from './experts.repository';

/**
 * The expert pool (专家库): experts with their term, the committees' yearly pools — whose
 * changes close on 30 June — and declared relations used by recusal.
 */
export function createExpertsService(deps: { db: Db; clock: Clock; audit: AuditLog; cipher: FieldCipher }) {
  const { db, clock, audit, cipher } = deps;

  function mayManageExperts(actor: Actor) {
    if (!keepsExperts(actor))
      throw new AppError('forbidden', 'EXPERTS_FORBIDDEN', '只有评委会办事机构和人社部门可以管理专家');
  }

  async function managedCommittee(actor: Actor, committeeId: string) {
    const committee = await findCommittee(db, committeeId);
    const access = committee ? sessionAccess(actor, committee) : null;
    if (!committee || !access) throw notFound('评委会', 'COMMITTEE_NOT_FOUND');
    if (access !== 'manage')
      throw new AppError('forbidden', 'POOL_READ_ONLY', '只有该评委会办事机构可以调整专家库');
    return committee;
  }

  /** 30 June closes the year's pool (anshan-2023 九, liaoyang-2023 十一); earlier years are closed. */
  function poolOpen(regionCode: string, year: number): string | null {
    const today = todayInShanghai(clock.now());
    const thisYear = Number(today.slice(0, 4));
    const deadline = parameterValue(policyForPlace(regionCode, today), 'pool.changeDeadline');
    if (year < thisYear) return `${year}年度专家库已关闭`;
    if (year === thisYear && afterYearlyDeadline(today, deadline))
      return `各评委会调整专家库应在${deadline.replace('-', '月')}日前完成（anshan-2023 九、liaoyang-2023 十一），${year}年度专家库已不能调整，请调整${year + 1}年度专家库`;
    return null;
  }

  /** The committee the actor manages, while its pool for `year` may still change. */
  async function openPoolOf(actor: Actor, committeeId: string, year: number) {
    const committee = await managedCommittee(actor, committeeId);
    const closed = poolOpen(committee.regionCode, year);
    if (closed) throw new AppError('unprocessable', 'POOL_CLOSED', closed);
    return committee;
  }

  /** Records an event of one expert's record (saved, account opened, relation declared). */
  function recordOnExpert(
    tx: Db,
    actor: Actor,
    expertId: string,
    action: string,
    data: Record<string, unknown>,
  ) {
    return audit.record(tx, actor.userId, { action, entityType: 'expert', entityId: expertId, data });
  }

  /** Changes a committee's pool in one transaction with the audit event `action`, whose data `change` returns. */
  function changePool(
    actor: Actor,
    committeeId: string,
    action: string,
    change: (tx: Db) => Promise<Record<string, unknown>>,
  ) {
    return db.transaction(async (tx) => {
      const data = await change(tx);
      await audit.record(tx, actor.userId, { action, entityType: 'committee', entityId: committeeId, data });
      return { ok: true };
    });
  }

  /**
   * Which experts an office or bureau may see (deny by default): those of its region and those
   * in the pools of the committees it manages or supervises.
   */
  async function visibility(actor: Actor) {
    const committees = (await listCommittees(db)).filter((c) => sessionAccess(actor, c) !== null);
    const pooled = new Set(
      (
        await repo.poolMembersOfCommittees(
          db,
          committees.map((c) => c.id),
        )
      ).map((m) => m.expertId),
    );
    return {
      committees,
      sees: (e: { id: string; regionCode: string }) =>
        isWithinRegion(e.regionCode, actor.jurisdictionCode) || pooled.has(e.id),
    };
  }

  /** The expert if the actor may see it; "not found" otherwise. */
  async function visibleExpert(actor: Actor, expertId: string) {
    const expert = await repo.findExpert(db, expertId);
    if (!expert || !(await visibility(actor)).sees(expert)) throw notFound('专家', 'EXPERT_NOT_FOUND');
    return expert;
  }

  return {
    /**
     * The experts an office or bureau may see: those of its region and those in the pools of
     * the committees it manages or supervises; a committee's pool only if it may see that committee.
     */
    async list(actor: Actor, filter: { committeeId?: string; year?: number }) {
      mayManageExperts(actor);
      const { committees, sees } = await visibility(actor);
      if (filter.committeeId && !committees.some((c) => c.id === filter.committeeId))
        throw notFound('评委会', 'COMMITTEE_NOT_FOUND');
      const all = (await repo.listExperts(db)).filter(sees);
      const pool =
        filter.committeeId && filter.year
          ? await repo.poolMembersOf(db, filter.committeeId, filter.year)
          : null;
      const groupOf = new Map((pool ?? []).map((m) => [m.expertId, m.group]));
      const relations = await repo.relationsOfExperts(
        db,
        all.map((e) => e.id),
      );
      return all
        .filter((e) => !pool || groupOf.has(e.id))
        .map((e) => ({
          id: e.id,
          name: e.name,
          series: e.series,
          level: e.level as Level,
          levelName: levelName(e.level as Level),
          specialty: e.specialty,
          unitName: e.unitName,
          regionCode: e.regionCode,
          privateSector: e.privateSector,
          termFrom: e.termFrom,
          termTo: e.termTo,
          status: e.status,
          hasAccount: e.userId !== null,
          group: groupOf.get(e.id) ?? null,
          relations: relations
            .filter((r) => r.relation.expertId === e.id)
            .map((r) => ({
              kind: r.relation.kind as RelationKind,
              kindName: RELATION_NAMES[r.relation.kind as RelationKind],
              personName: r.personName,
            })),
        }));
    },

    async create(actor: Actor, input: ExpertInput) {
      mayManageExperts(actor);
      const today = todayInShanghai(clock.now());
      const maxYears = parameterValue(policyForPlace(input.regionCode, today), 'expert.termYears');
      const problems = expertProblems(input, today, maxYears);
      // Checked here, not left to the foreign key, whose refusal would surface as a 500.
      if (input.unitOrganisationId && !(await findOrganisation(db, input.unitOrganisationId)))
        problems.push({ path: 'unitOrganisationId', message: '所选工作单位不存在' });
      if (problems.length > 0) throw invalidInput(problems, 'EXPERT_INVALID');
      return db.transaction(async (tx) => {
        const values = {
          name: input.name.trim(),
          series: input.series,
          level: input.level,
          specialty: input.specialty.trim(),
          unitOrganisationId: input.unitOrganisationId ?? null,
          unitName: input.unitName.trim(),
          unitHistory: input.unitHistory ?? [],
          regionCode: input.regionCode,
          privateSector: input.privateSector,
          termFrom: input.termFrom,
          termTo: input.termTo,
          idNumberHash: input.idNumber ? cipher.lookupHash(input.idNumber.trim().toUpperCase()) : null,
        };
        const row = values.idNumberHash
          ? await repo.upsertExpertByIdHash(tx, values)
          : await repo.insertExpert(tx, values);
        await recordOnExpert(tx, actor, row.id, 'expert.saved', {
          series: row.series,
          level: row.level,
          specialty: row.specialty,
        });
        return { id: row.id };
      });
    },

    async addToPool(
      actor: Actor,
      committeeId: string,
      input: { expertId: string; year: number; group: string },
    ) {
      const committee = await openPoolOf(actor, committeeId, input.year);
      const expert = await repo.findExpert(db, input.expertId);
      if (!expert) throw notFound('专家', 'EXPERT_NOT_FOUND');
      if (expert.series !== committee.series)
        throw invalidInput([{ path: 'expertId', message: '专家的系列与评委会不一致' }]);
      const today = todayInShanghai(clock.now());
      return changePool(actor, committeeId, 'pool.member-added', async (tx) => {
        const added = await repo.addPoolMember(tx, {
          committeeId,
          expertId: expert.id,
          year: input.year,
          group: input.group.trim() || expert.specialty,
          addedOn: today,
        });
        if (!added) throw new AppError('conflict', 'ALREADY_IN_POOL', '该专家已在本年度专家库中');
        return { expertId: expert.id, year: input.year, group: input.group };
      });
    },

    async removeFromPool(actor: Actor, committeeId: string, input: { expertId: string; year: number }) {
      await openPoolOf(actor, committeeId, input.year);
      return changePool(actor, committeeId, 'pool.member-removed', async (tx) => {
        const removed = await repo.removePoolMember(tx, committeeId, input.year, input.expertId);
        if (!removed) throw notFound('专家库成员', 'POOL_MEMBER_NOT_FOUND');
        return { expertId: input.expertId, year: input.year };
      });
    },

    /**
     * Imports a roster workbook: every row validated, good rows saved (idempotent on the ID
     * number) and, with a committee and year, added to that pool; bad rows reported with why.
     */
    async importWorkbook(actor: Actor, bytes: Buffer, target: { committeeId?: string; year?: number }) {
      mayManageExperts(actor);
      const committee = target.committeeId ? await managedCommittee(actor, target.committeeId) : null;
      if (committee) {
        if (!target.year) throw invalidInput([{ path: 'year', message: '纳入专家库须指定年度' }]);
        const closed = poolOpen(committee.regionCode, target.year);
        if (closed) throw new AppError('unprocessable', 'POOL_CLOSED', closed);
      }
      const rows = await parseExpertWorkbook(bytes);
      const today = todayInShanghai(clock.now());
      const seen = new Set<string>();
      const checked = rows.map((r) => {
        const problems = [...r.problems];
        const known = new Set(problems.map((p) => p.path));
        for (const p of expertProblems(
          r.input,
          today,
          parameterValue(policyForPlace(r.input.regionCode || '210000', today), 'expert.termYears'),
        )) {
          const column = COLUMN_OF[p.path] ?? p.path;
          if (!known.has(column)) problems.push({ path: column, message: p.message });
        }
        if (seen.has(r.input.idNumber)) problems.push({ path: '身份证号码', message: '与前面的行重复' });
        seen.add(r.input.idNumber);
        if (committee && r.input.series !== committee.series)
          problems.push({ path: '系列', message: '与评委会的评审系列不一致' });
        return { ...r, problems };
      });
      const good = checked.filter((r) => r.problems.length === 0);
      const now = clock.now();
      await db.transaction(async (tx) => {
        for (const r of good) {
          const row = await repo.upsertExpertByIdHash(tx, {
            name: r.input.name,
            series: r.input.series,
            level: r.input.level,
            specialty: r.input.specialty,
            unitName: r.input.unitName,
            regionCode: r.input.regionCode,
            privateSector: r.input.privateSector,
            termFrom: r.input.termFrom,
            termTo: r.input.termTo,
            idNumberHash: cipher.lookupHash(r.input.idNumber),
          });
          if (committee && target.year)
            await repo.addPoolMember(tx, {
              committeeId: committee.id,
              expertId: row.id,
              year: target.year,
              group: r.group,
              addedOn: today,
            });
        }
        await audit.record(tx, actor.userId, {
          action: 'experts.imported',
          entityType: 'committee',
          entityId: committee?.id ?? 'experts',
          data: {
            rows: rows.length,
            imported: good.length,
            year: target.year ?? null,
            at: now.toISOString(),
          },
        });
      });
      return {
        total: rows.length,
        imported: good.length,
        failed: rows.length - good.length,
        errors: checked
          .filter((r) => r.problems.length > 0)
          .map((r) => ({ row: r.row, name: r.input.name, problems: r.problems })),
      };
    },

    /** Opens the expert's login for the expert portal (专家端), once; the expert must change the password at the first login. */
    async openAccount(actor: Actor, expertId: string, input: { username: string; password: string }) {
      mayManageExperts(actor);
      const expert = await visibleExpert(actor, expertId);
      if (expert.userId) throw new AppError('conflict', 'ACCOUNT_EXISTS', '该专家已开通专家端账号');
      const usernameTaken = () =>
        new AppError('conflict', 'USERNAME_TAKEN', `用户名「${input.username}」已被使用`, [
          { path: 'username', message: '用户名已被使用' },
        ]);
      if (await findUserByUsername(db, input.username)) throw usernameTaken();
      // Hashing takes a while: another account may take the name meanwhile.
      const passwordHash = await hashPassword(input.password);
      return conflictOnUniqueViolation(
        () =>
          db.transaction(async (tx) => {
            const user = await insertUser(tx, {
              username: input.username,
              displayName: expert.name,
              passwordHash,
              // Chosen by the committee office: the expert sets their own at the first login.
              mustChangePassword: true,
              roles: ['expert'],
              organisationId: null,
              jurisdictionCode: expert.regionCode,
            });
            await repo.linkAccount(tx, expertId, user.id);
            await recordOnExpert(tx, actor, expertId, 'expert.account-opened', {
              userId: user.id,
              username: input.username,
            });
            return { expertId, userId: user.id, username: input.username };
          }),
        usernameTaken,
      );
    },

    /** A relation with a person, found by ID number (never stored in clear), used by every later draw. */
    async declareRelation(
      actor: Actor,
      expertId: string,
      input: { idNumber: string; kind: RelationKind; note?: string },
    ) {
      mayManageExperts(actor);
      await visibleExpert(actor, expertId);
      const id = validateIdNumber(input.idNumber, todayInShanghai(clock.now()));
      if (!id.valid) throw invalidInput([{ path: 'idNumber', message: id.reason }]);
      const person = await repo.personByIdHash(db, cipher.lookupHash(input.idNumber.trim().toUpperCase()));
      if (!person)
        throw invalidInput([{ path: 'idNumber', message: '系统中没有该身份证号码的专业技术人员' }]);
      const now = clock.now();
      return db.transaction(async (tx) => {
        const row = await repo.insertRelation(tx, {
          expertId,
          personId: person.id,
          kind: input.kind,
          note: input.note ?? null,
          declaredBy: actor.userId,
          declaredAt: now,
        });
        if (!row) throw new AppError('conflict', 'RELATION_EXISTS', '该关系已登记');
        await recordOnExpert(tx, actor, expertId, 'expert.relation-declared', {
          personId: person.id,
          kind: input.kind,
        });
        return { id: row.id, personName: person.name, kind: input.kind };
      });
    },
  };
}

export type ExpertsService = ReturnType<typeof createExpertsService>;
