import type { Actor } from '../../domain/access/actor';
import { requireAbility } from '../../domain/access/record-policy';
import { BINDING_STATUSES, type BindingStatus } from '../../domain/accounts/employment-relation';
import { todayInShanghai } from '../../domain/calendar/calendar-date';
import { AppError, notFound } from '../../domain/errors';
import { listWorkbook } from '../../platform/excel';
import type { StateChangeDeps } from '../audit';
import type { NotificationsService } from '../notifications';
import { findOrganisation } from '../organisations';
import { BINDING_COLUMNS, presentUnitBindings, type UnitBindingView } from './binding-view';
import { bindingRefusals, type UnitBindingAction, unitBindingPolicy } from './employment.policy';
import * as repo from './employment.repository';

export interface UnitBindingQuery extends repo.UnitBindingFilter {
  page: number;
  pageSize: number;
  sort: repo.UnitBindingSort;
}

function decidedAlready(status: string): AppError {
  return new AppError(
    'conflict',
    'BINDING_DECIDED',
    `该申请已处理（${BINDING_STATUSES[status as BindingStatus] ?? status}），请刷新后查看`,
  );
}

/**
 * The unit's and the administrator's side of employment bindings: an employer sees and decides the
 * requests made to its own unit only (anything else is "not found"), and lists its confirmed staff;
 * an administrator unlinks a wrong binding (issue 18 #6). Each decision is one transaction with its
 * audit event and the notice to whoever it concerns.
 */
export function createBindingDecisions(
  deps: StateChangeDeps & { notifications: Pick<NotificationsService, 'notify'> },
) {
  const { db, clock, audit, notifications } = deps;

  /**
   * A binding to the actor's own unit that the unit may decide by `action` now; another unit's is
   * "not found", whatever it is, and a decided one a conflict.
   */
  async function bindingFor(actor: Actor, id: string, action: UnitBindingAction) {
    const binding = await repo.findBinding(db, id);
    requireAbility(
      binding ? unitBindingPolicy.abilitiesOf(actor, { binding }) : null,
      action,
      bindingRefusals(() => decidedAlready(binding!.status)),
    );
    return binding!;
  }

  /** The binding as the unit now sees it, after the actor's decision on it. */
  async function answer(actor: Actor, id: string): Promise<UnitBindingView> {
    return presentUnitBindings(actor, [(await repo.bindingWithPartiesById(db, id))!])[0]!;
  }

  const service = {
    /** The requests and bindings to the actor's unit, filtered and paged. */
    async list(actor: Actor, query: UnitBindingQuery) {
      const unitId = unitBindingPolicy.scopeOf(actor);
      if (!unitId) return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
      const { items, total } = await repo.listUnitBindings(db, unitId, query, query.sort, {
        limit: query.pageSize,
        offset: (query.page - 1) * query.pageSize,
      });
      return { items: presentUnitBindings(actor, items), total, page: query.page, pageSize: query.pageSize };
    },

    /** The unit's people bound to it now (confirmed), the latest arrivals first. */
    staff(actor: Actor, query: Omit<UnitBindingQuery, 'status' | 'sort'>) {
      return service.list(actor, { ...query, status: 'confirmed', sort: '-startedOn' });
    },

    /** The filtered list as an .xlsx 一览表 (all pages). */
    async exportXlsx(actor: Actor, query: Omit<UnitBindingQuery, 'page' | 'pageSize'>) {
      return listWorkbook('人员绑定', BINDING_COLUMNS, (everyRow) =>
        service.list(actor, { ...query, ...everyRow }),
      );
    },

    /**
     * Confirms a request: the binding becomes the person's current one (`makeCurrent`: the previous
     * unit's binding ends, the person's employer and jurisdiction move), so the person can file
     * through this unit.
     */
    async confirm(actor: Actor, id: string) {
      const binding = await bindingFor(actor, id, 'confirm');
      const unit = await findOrganisation(db, binding.organisationId);
      if (!unit) throw notFound('绑定申请', 'BINDING_NOT_FOUND');
      const now = clock.now();
      await db.transaction(async (tx) => {
        const locked = await repo.lockBinding(tx, id);
        if (locked?.status !== 'pending') throw decidedAlready(locked?.status ?? 'pending');
        const previous = await repo.currentBindingOf(tx, locked.personId);
        await repo.makeCurrent(tx, locked, unit.jurisdictionCode, { by: actor.userId, at: now });
        await audit.record(tx, actor.userId, {
          action: 'employment.binding-confirmed',
          entityType: 'employment-binding',
          entityId: id,
          data: {
            personId: locked.personId,
            organisationId: unit.id,
            relation: locked.relation,
            startedOn: locked.startedOn,
            endedBindingId: previous?.id ?? null,
          },
        });
        await notifications.notify(tx, [{ personId: locked.personId }], {
          title: '单位已确认绑定',
          body: `「${unit.name}」已确认您的绑定申请，现为您的人事（劳动）关系所在单位，可通过该单位申报职称。`,
          link: '/my-employment',
        });
      });
      return answer(actor, id);
    },

    /** Refuses a request with the reason the person will read. */
    async refuse(actor: Actor, id: string, reason: string) {
      const binding = await bindingFor(actor, id, 'refuse');
      const unit = await findOrganisation(db, binding.organisationId);
      await db.transaction(async (tx) => {
        const refused = await repo.settleBinding(tx, id, 'pending', {
          status: 'refused',
          reason,
          decidedBy: actor.userId,
          decidedAt: clock.now(),
        });
        if (!refused) throw decidedAlready((await repo.findBinding(tx, id))?.status ?? 'pending');
        await audit.record(tx, actor.userId, {
          action: 'employment.binding-refused',
          entityType: 'employment-binding',
          entityId: id,
          data: { personId: binding.personId, organisationId: binding.organisationId, reason },
        });
        await notifications.notify(tx, [{ personId: binding.personId }], {
          title: '单位未确认绑定',
          body: `「${unit?.name ?? '单位'}」拒绝了您的绑定申请，原因：${reason}。如有疑问请与单位人事部门联系。`,
          link: '/my-employment',
        });
      });
      return answer(actor, id);
    },

    /**
     * An administrator's correction of a wrong binding: it ends today with the reason, and the
     * person has no employer until another binding is confirmed — unless the employer already moved on.
     */
    async unlink(actor: Actor, id: string, reason: string) {
      const binding = await repo.findBinding(db, id);
      if (!binding) throw notFound('绑定', 'BINDING_NOT_FOUND');
      if (binding.status !== 'confirmed')
        throw new AppError(
          'conflict',
          'BINDING_NOT_CURRENT',
          `只有已确认的当前绑定可以解除，该绑定的状态为“${BINDING_STATUSES[binding.status as BindingStatus] ?? binding.status}”`,
        );
      const unit = await findOrganisation(db, binding.organisationId);
      const endedOn = todayInShanghai(clock.now());
      await db.transaction(async (tx) => {
        const unlinked = await repo.settleBinding(tx, id, 'confirmed', {
          status: 'unlinked',
          endedOn,
          reason,
        });
        if (!unlinked)
          throw new AppError('conflict', 'BINDING_NOT_CURRENT', '该绑定刚刚已结束或被解除，请刷新后查看');
        const employerCleared = await repo.detachFromUnit(tx, binding.personId, binding.organisationId);
        if (employerCleared) await repo.moveApplicantAccounts(tx, binding.personId, null);
        await audit.record(tx, actor.userId, {
          action: 'employment.binding-unlinked',
          entityType: 'employment-binding',
          entityId: id,
          data: {
            personId: binding.personId,
            organisationId: binding.organisationId,
            endedOn,
            reason,
            employerCleared,
          },
        });
        await notifications.notify(tx, [{ personId: binding.personId }], {
          title: '单位绑定已解除',
          body: `管理员已解除您与「${unit?.name ?? '单位'}」的绑定，原因：${reason}。如需通过单位申报职称，请重新申请绑定。`,
          link: '/my-employment',
        });
      });
      const row = (await repo.bindingWithPartiesById(db, id))!;
      return {
        id,
        status: row.binding.status as BindingStatus,
        endedOn: row.binding.endedOn,
        reason: row.binding.reason,
        organisation: { id: row.unit.id, name: row.unit.name },
        person: { id: row.person.id, name: row.person.name },
      };
    },
  };
  return service;
}

export type BindingDecisions = ReturnType<typeof createBindingDecisions>;
