import type { EmploymentBindingRecord } from '../../db/schema';
import type { RecordPolicy } from '../../domain/access/record-policy';
import { type AppError, notFound } from '../../domain/errors';

/** What the person may do with their own binding: withdraw a request the unit has not decided. */
export type PersonBindingAction = 'withdraw';
/** What the unit may do with a binding to it: decide a request. */
export type UnitBindingAction = 'confirm' | 'refuse';

/** The facts of a binding that decide who may do what with it. */
export interface BindingParties {
  binding: Pick<EmploymentBindingRecord, 'personId' | 'organisationId' | 'status'>;
}

/**
 * A binding is its person's: they see their own history and withdraw a request while it is
 * pending. The person is request context (the profile of the actor's account), so the policy is
 * made per request; its scope is that person.
 */
export function personBindingPolicy(
  personId: string,
): RecordPolicy<BindingParties, PersonBindingAction, string> {
  return {
    scopeOf: () => personId,
    abilitiesOf: (_actor, { binding }) =>
      binding.personId !== personId ? null : binding.status === 'pending' ? ['withdraw'] : [],
  };
}

/**
 * A binding is also its unit's: an employer sees the requests made to its own unit only and
 * decides a pending one; another unit's binding does not exist to it. The scope is the actor's
 * unit (null: none).
 */
export const unitBindingPolicy: RecordPolicy<BindingParties, UnitBindingAction, string | null> = {
  scopeOf: (actor) => actor.organisationId,
  abilitiesOf: (actor, { binding }) =>
    !actor.organisationId || binding.organisationId !== actor.organisationId
      ? null
      : binding.status === 'pending'
        ? ['confirm', 'refuse']
        : [],
};

/** How a binding action is refused: "not found" to a stranger, else the conflict `decided` (no longer pending). */
export function bindingRefusals(decided: () => AppError) {
  return { hidden: () => notFound('绑定申请', 'BINDING_NOT_FOUND'), refused: decided };
}
