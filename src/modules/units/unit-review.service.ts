import type { Db } from '../../db/client';
import type { OrganisationRecord } from '../../db/schema';
import type { Actor } from '../../domain/access/actor';
import { requireAbility } from '../../domain/access/record-policy';
import { AppError, notFound } from '../../domain/errors';
import { REGISTRABLE_UNIT_KINDS } from '../../domain/organisations/unit-registration';
import { listWorkbook } from '../../platform/excel';
import type { StateChangeDeps } from '../audit';
import { departmentsOf, listOrganisations, type OrganisationSort } from '../organisations';
import { dispatchRelationView, presentUnits, UNIT_COLUMNS } from './unit-view';
import { unitRegistrationPolicy } from './units.policy';
import * as repo from './units.repository';

export interface UnitListQuery {
  q?: string | undefined;
  status?: string | undefined;
  kind?: string | undefined;
  sort: OrganisationSort;
  page: number;
  pageSize: number;
}

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
export function createUnitReview(deps: StateChangeDeps) {
  const { db, clock, audit } = deps;

  /** The unit, once the actor's abilities on its registration include `ability`. */
  async function loadFor(actor: Actor, id: string, ability: 'approve' | 'return') {
    const unit = await repo.findUnit(db, id);
    requireAbility(unit ? unitRegistrationPolicy.abilitiesOf(actor, unit) : null, ability, {
      hidden: () => notFound('单位'),
      refused: () => notPending(unit!),
    });
    return unit!;
  }

  /**
   * Writes the bureau's decision on a registration still pending; one taken meanwhile by someone
   * else is refused as not pending, and the caller's transaction writes nothing more.
   */
  async function decide(
    tx: Db,
    actor: Actor,
    unit: OrganisationRecord,
    decision: { status: 'approved' | 'returned'; note: string | null; at: Date },
  ) {
    const row = await repo.updateUnitIf(tx, unit.id, 'pending', {
      status: decision.status,
      reviewedBy: actor.userId,
      reviewedAt: decision.at,
      reviewNote: decision.note,
      updatedAt: decision.at,
    });
    if (!row) throw notPending({ ...unit, status: decision.status });
  }

  const service = {
    async list(actor: Actor, query: UnitListQuery) {
      const prefix = unitRegistrationPolicy.scopeOf(actor);
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
        items: presentUnits(actor, items, departments),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    /** One unit with its department, its administrator account and, for an agency, its dispatch relations. */
    async detail(actor: Actor, id: string) {
      const found = await repo.findUnit(db, id);
      if (!found || !unitRegistrationPolicy.abilitiesOf(actor, found)) throw notFound('单位');
      const [departments, accounts, relations] = await Promise.all([
        departmentsOf(db, [found]),
        repo.accountsOfUnit(db, id),
        repo.dispatchRelationsOf(db, id),
      ]);
      const [unit] = presentUnits(actor, [found], departments);
      const account = accounts[0];
      return {
        ...unit!,
        account: account ? { username: account.username, status: account.status } : null,
        dispatchRelations: relations.map((r) => dispatchRelationView(r.relation, r.unit)),
      };
    },

    async approve(actor: Actor, id: string) {
      const unit = await loadFor(actor, id, 'approve');
      const now = clock.now();
      await db.transaction(async (tx) => {
        await decide(tx, actor, unit, { status: 'approved', note: null, at: now });
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
      const unit = await loadFor(actor, id, 'return');
      const waiting = (await repo.accountsOfUnit(db, id)).filter((a) => a.status === 'pending');
      const now = clock.now();
      await db.transaction(async (tx) => {
        await decide(tx, actor, unit, { status: 'returned', note, at: now });
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
      return listWorkbook('单位注册', UNIT_COLUMNS, (everyRow) =>
        service.list(actor, { ...query, ...everyRow }),
      );
    },
  };
  return service;
}

export type UnitReviewService = ReturnType<typeof createUnitReview>;
