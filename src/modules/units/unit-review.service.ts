import type { Db } from '../../db/client';
import type { OrganisationRecord } from '../../db/schema';
import type { Actor } from '../../domain/access/actor';
import { AppError, notFound } from '../../domain/errors';
import { ORGANISATION_KINDS, type OrganisationKind } from '../../domain/organisations/organisation-kinds';
import { REGISTRABLE_UNIT_KINDS } from '../../domain/organisations/unit-registration';
import type { Clock } from '../../platform/clock';
import { buildWorkbook } from '../../platform/excel';
import type { AuditLog } from '../audit';
import { departmentsOf, listOrganisations, type OrganisationSort } from '../organisations';
import { dispatchRelationView, unitRowView } from './unit-view';
import { maintainsUnitIn, reviewRegionPrefix, reviewsUnitIn } from './units.policy';
import * as repo from './units.repository';

export interface UnitListQuery {
  q?: string | undefined;
  status?: string | undefined;
  kind?: string | undefined;
  sort: OrganisationSort;
  page: number;
  pageSize: number;
}

const shanghai = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }) : '';

function notPending(unit: OrganisationRecord): AppError {
  return new AppError(
    'conflict',
    'UNIT_NOT_PENDING',
    unit.status === 'approved' ? '该单位注册已审核通过，无需再审' : '该单位注册已退回，待单位修改后重新提交',
  );
}

/**
 * The HR bureau's review of unit registrations (单位注册审核) in its jurisdiction: the list,
 * one unit, approve (unit, account and dispatch relations become usable; the account is told by
 * SMS) or return with a note (the unit corrects and registers again). A unit outside the
 * bureau's jurisdiction is "not found".
 */
export function createUnitReview(deps: { db: Db; clock: Clock; audit: AuditLog }) {
  const { db, clock, audit } = deps;

  function actionsFor(actor: Actor, unit: OrganisationRecord) {
    const reviews = unit.status === 'pending' && reviewsUnitIn(actor, unit.jurisdictionCode);
    return {
      approve: reviews,
      return: reviews,
      editRelations: maintainsUnitIn(actor, unit.jurisdictionCode),
    };
  }

  async function loadInScope(actor: Actor, id: string) {
    const unit = await repo.findUnit(db, id);
    if (!unit || !reviewsUnitIn(actor, unit.jurisdictionCode)) throw notFound('单位');
    return unit;
  }

  const service = {
    async list(actor: Actor, query: UnitListQuery) {
      const prefix = reviewRegionPrefix(actor);
      if (prefix === null) return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
      const { items, total } = await listOrganisations(
        db,
        {
          q: query.q,
          status: query.status,
          kind: query.kind,
          kinds: REGISTRABLE_UNIT_KINDS,
          jurisdictionPrefix: prefix,
        },
        query.sort,
        { limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
      );
      const departments = await departmentsOf(db, items);
      return {
        items: items.map((row) =>
          unitRowView(
            row,
            row.departmentId ? (departments.get(row.departmentId) ?? null) : null,
            actionsFor(actor, row),
          ),
        ),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    /** One unit with its department, its administrator account and, for an agency, its dispatch relations. */
    async detail(actor: Actor, id: string) {
      const unit = await loadInScope(actor, id);
      const [departments, accounts, relations] = await Promise.all([
        departmentsOf(db, [unit]),
        repo.accountsOfUnit(db, id),
        repo.dispatchRelationsOf(db, id),
      ]);
      const account = accounts[0];
      return {
        ...unitRowView(
          unit,
          unit.departmentId ? (departments.get(unit.departmentId) ?? null) : null,
          actionsFor(actor, unit),
        ),
        account: account ? { username: account.username, status: account.status } : null,
        dispatchRelations: relations.map((r) => dispatchRelationView(r.relation, r.unit)),
      };
    },

    async approve(actor: Actor, id: string) {
      const unit = await loadInScope(actor, id);
      if (unit.status !== 'pending') throw notPending(unit);
      const now = clock.now();
      await db.transaction(async (tx) => {
        const row = await repo.updateUnitIf(tx, id, 'pending', {
          status: 'approved',
          reviewedBy: actor.userId,
          reviewedAt: now,
          reviewNote: null,
          updatedAt: now,
        });
        if (!row) throw notPending({ ...unit, status: 'approved' });
        const accounts = await repo.activatePendingAccounts(tx, id, now);
        const relations = await repo.approvePendingRelations(tx, id, { by: actor.userId, at: now });
        await repo.queueSms(tx, accounts, {
          subject: '单位注册已通过审核',
          body: `【职称评审】${unit.name}的单位注册已通过审核，请使用注册时设置的用户名和密码登录职称评审系统。`,
          at: now,
        });
        await audit.record(tx, actor.userId, {
          action: 'unit.approved',
          entityType: 'organisation',
          entityId: id,
          data: { accountsOpened: accounts.length, dispatchRelationsApproved: relations },
        });
      });
      return service.detail(actor, id);
    },

    /** Sends the registration back with the bureau's note; the unit corrects it and registers again. */
    async return(actor: Actor, id: string, note: string) {
      const unit = await loadInScope(actor, id);
      if (unit.status !== 'pending') throw notPending(unit);
      const waiting = (await repo.accountsOfUnit(db, id)).filter((a) => a.status === 'pending');
      const now = clock.now();
      await db.transaction(async (tx) => {
        const row = await repo.updateUnitIf(tx, id, 'pending', {
          status: 'returned',
          reviewedBy: actor.userId,
          reviewedAt: now,
          reviewNote: note,
          updatedAt: now,
        });
        if (!row) throw notPending({ ...unit, status: 'returned' });
        await repo.queueSms(
          tx,
          waiting.map((a) => a.id),
          {
            subject: '单位注册已退回',
            body: `【职称评审】${unit.name}的单位注册已被退回：${note}。请按意见修改后，使用原联系人手机号重新提交单位注册。`,
            at: now,
          },
        );
        await audit.record(tx, actor.userId, {
          action: 'unit.returned',
          entityType: 'organisation',
          entityId: id,
          data: { note },
        });
      });
      return service.detail(actor, id);
    },

    /** The filtered list as an .xlsx 一览表 (all pages). */
    async exportXlsx(actor: Actor, query: Omit<UnitListQuery, 'page' | 'pageSize'>) {
      const { items } = await service.list(actor, { ...query, page: 1, pageSize: 100_000 });
      return buildWorkbook(
        '单位注册',
        [
          { header: '单位名称', width: 36, value: (u) => u.name },
          { header: '类型', value: (u) => ORGANISATION_KINDS[u.kind as OrganisationKind] ?? u.kind },
          { header: '统一社会信用代码', width: 22, value: (u) => u.creditCode },
          { header: '所在地区', value: (u) => u.jurisdiction.name },
          { header: '主管部门', width: 30, value: (u) => u.department?.name ?? '' },
          { header: '单位地址', width: 36, value: (u) => u.address ?? '' },
          { header: '联系人', value: (u) => u.contact?.name ?? '' },
          { header: '联系电话', value: (u) => u.contact?.phoneMasked ?? '' },
          { header: '状态', value: (u) => u.statusName },
          { header: '注册时间', width: 20, value: (u) => shanghai(u.createdAt) },
          { header: '审核时间', width: 20, value: (u) => shanghai(u.reviewedAt) },
          { header: '审核意见', width: 36, value: (u) => u.reviewNote ?? '' },
        ],
        items,
      );
    },
  };
  return service;
}

export type UnitReviewService = ReturnType<typeof createUnitReview>;
