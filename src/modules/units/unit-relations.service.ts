import type { Db } from '../../db/client';
import type { Actor } from '../../domain/access/actor';
import { AppError, notFound } from '../../domain/errors';
import { departmentProblem } from '../../domain/organisations/unit-registration';
import type { StateChangeDeps } from '../audit';
import { departmentsOf, findOrganisation, organisationViews } from '../organisations';
import { resolveDispatchTargets } from './dispatch-targets';
import { dispatchRelationView } from './unit-view';
import { requireKeepsRelations } from './units.policy';
import * as repo from './units.repository';

/**
 * The relations that route a unit's applications (DOMAIN §4, §14): its competent department
 * (主管部门), whose review step the chain includes exactly when it is set, and a dispatch
 * agency's relations with the units it sends staff to. Kept by the HR bureau of the unit's
 * region, or by an administrator; anything outside the actor's reach is "not found".
 */
export function createUnitRelations(deps: StateChangeDeps) {
  const { db, clock, audit } = deps;

  async function unitInScope(actor: Actor, id: string) {
    const unit = await repo.findUnit(db, id);
    requireKeepsRelations(actor, unit);
    return unit!;
  }

  async function agencyInScope(actor: Actor, id: string) {
    const unit = await unitInScope(actor, id);
    if (unit.kind !== 'dispatch-agency') throw notFound('劳务派遣单位');
    return unit;
  }

  /**
   * Changes an agency's dispatch relations in one transaction with the audit event `action`,
   * whose data `change` returns; answers with the relations as they now stand.
   */
  async function changeRelations(
    actor: Actor,
    id: string,
    action: string,
    change: (tx: Db, now: Date) => Promise<Record<string, unknown>>,
  ) {
    const now = clock.now();
    await db.transaction(async (tx) => {
      const data = await change(tx, now);
      await audit.record(tx, actor.userId, { action, entityType: 'organisation', entityId: id, data });
    });
    return service.dispatchRelations(actor, id);
  }

  const service = {
    /**
     * Sets or clears the unit's competent department. Applications filed afterwards carry it
     * (and so its review step); those already filed keep the chain they were filed with.
     */
    async setDepartment(actor: Actor, id: string, departmentId: string | null) {
      const unit = await unitInScope(actor, id);
      if (departmentId) {
        const problem = departmentProblem(await findOrganisation(db, departmentId), unit.jurisdictionCode);
        if (problem)
          throw new AppError('unprocessable', 'DEPARTMENT_NOT_ACCEPTED', `主管部门：${problem}`, [
            { path: 'departmentId', message: problem },
          ]);
      }
      let row = unit;
      if (unit.departmentId !== departmentId) {
        const now = clock.now();
        row = await db.transaction(async (tx) => {
          const updated = await repo.updateUnit(tx, id, { departmentId, updatedAt: now });
          if (!updated) throw notFound('单位');
          await audit.record(tx, actor.userId, {
            action: 'organisation.department-changed',
            entityType: 'organisation',
            entityId: id,
            data: { from: unit.departmentId, to: departmentId },
          });
          return updated;
        });
      }
      return organisationViews([row], await departmentsOf(db, [row]))[0]!;
    },

    async dispatchRelations(actor: Actor, id: string) {
      await agencyInScope(actor, id);
      const rows = await repo.dispatchRelationsOf(db, id);
      return rows.map((r) => dispatchRelationView(r.relation, r.unit));
    },

    /**
     * Records that the agency dispatches staff to an approved employer (by credit code or id).
     * The bureau's own entry needs no further review: it is approved at once for an approved
     * agency, and waits with the agency's registration otherwise.
     */
    async addDispatchRelation(actor: Actor, id: string, unitRef: string) {
      const agency = await agencyInScope(actor, id);
      const [unitId] = await resolveDispatchTargets(db, [unitRef], () => 'unit');
      const existing = await repo.findDispatchRelation(db, id, unitId!);
      if (existing && existing.status !== 'ended')
        throw new AppError('conflict', 'DISPATCH_RELATION_EXISTS', '已登记该派遣关系，无需重复添加', [
          { path: 'unit', message: '已登记该派遣关系' },
        ]);
      const approved = agency.status === 'approved';
      return changeRelations(actor, id, 'dispatch-relation.added', async (tx, now) => {
        await repo.putDispatchRelations(
          tx,
          id,
          [unitId!],
          approved ? 'approved' : 'pending',
          approved ? { by: actor.userId, at: now } : null,
        );
        return { unitId, status: approved ? 'approved' : 'pending' };
      });
    },

    /** Ends the agency's relation with a unit (the row stays, ended, for the record). */
    async endDispatchRelation(actor: Actor, id: string, unitId: string) {
      await agencyInScope(actor, id);
      return changeRelations(actor, id, 'dispatch-relation.ended', async (tx, now) => {
        if (!(await repo.endDispatchRelation(tx, id, unitId, { by: actor.userId, at: now })))
          throw notFound('派遣关系');
        return { unitId };
      });
    },
  };
  return service;
}

export type UnitRelationsService = ReturnType<typeof createUnitRelations>;
