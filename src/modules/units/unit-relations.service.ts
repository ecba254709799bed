import type { Db } from '../../db/client';
import type { Actor } from '../../domain/access/actor';
import { AppError, notFound } from '../../domain/errors';
import { departmentProblem } from '../../domain/organisations/unit-registration';
import type { Clock } from '../../platform/clock';
import type { AuditLog } from '../audit';
import { departmentsOf, findOrganisation, organisationViews } from '../organisations';
import { resolveDispatchTargets } from './dispatch-targets';
import { dispatchRelationView } from './unit-view';
import { maintainsUnitIn } from './units.policy';
import * as repo from './units.repository';

/**
 * The relations that route a unit's applications (DOMAIN §4, §14): its competent department
 * (主管部门), whose review step the chain includes exactly when it is set, and a dispatch
 * agency's relations with the units it sends staff to. Kept by the HR bureau of the unit's
 * region, or by an administrator; anything outside the actor's reach is "not found".
 */
export function createUnitRelations(deps: { db: Db; clock: Clock; audit: AuditLog }) {
  const { db, clock, audit } = deps;

  async function unitInScope(actor: Actor, id: string) {
    const unit = await repo.findUnit(db, id);
    if (!unit || !maintainsUnitIn(actor, unit.jurisdictionCode)) throw notFound('单位');
    return unit;
  }

  async function agencyInScope(actor: Actor, id: string) {
    const unit = await unitInScope(actor, id);
    if (unit.kind !== 'dispatch-agency') throw notFound('劳务派遣单位');
    return unit;
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
      const now = clock.now();
      await db.transaction(async (tx) => {
        await repo.putDispatchRelations(
          tx,
          id,
          [unitId!],
          approved ? 'approved' : 'pending',
          approved ? { by: actor.userId, at: now } : null,
        );
        await audit.record(tx, actor.userId, {
          action: 'dispatch-relation.added',
          entityType: 'organisation',
          entityId: id,
          data: { unitId, status: approved ? 'approved' : 'pending' },
        });
      });
      return service.dispatchRelations(actor, id);
    },

    /** Ends the agency's relation with a unit (the row stays, ended, for the record). */
    async endDispatchRelation(actor: Actor, id: string, unitId: string) {
      await agencyInScope(actor, id);
      const now = clock.now();
      await db.transaction(async (tx) => {
        if (!(await repo.endDispatchRelation(tx, id, unitId, { by: actor.userId, at: now })))
          throw notFound('派遣关系');
        await audit.record(tx, actor.userId, {
          action: 'dispatch-relation.ended',
          entityType: 'organisation',
          entityId: id,
          data: { unitId },
        });
      });
      return service.dispatchRelations(actor, id);
    },
  };
  return service;
}

export type UnitRelationsService = ReturnType<typeof createUnitRelations>;
