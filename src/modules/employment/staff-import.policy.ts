import type { Actor } from '../../domain/access/actor';
import { hasPermission } from '../../domain/access/actor';
import { AppError } from '../../domain/errors';

/**
 * A unit registers only its own staff: the unit is always the actor's organisation, never a
 * parameter, so no request can name another unit. Deny by default.
 */
export function staffImportUnitOf(actor: Actor): string {
  if (!hasPermission(actor, 'staff.bind') || !actor.organisationId) throw forbidden();
  return actor.organisationId;
}

/** Refuses an actor's organisation that is not an employer (only employers have staff to register). */
export function assertImportsForEmployer<T extends { kind: string }>(unit: T | undefined): asserts unit is T {
  if (unit?.kind !== 'employer') throw forbidden();
}

function forbidden(): AppError {
  return new AppError('forbidden', 'STAFF_IMPORT_FORBIDDEN', '只有用人单位可以批量登记本单位人员');
}
