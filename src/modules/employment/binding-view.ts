import type { Actor } from '../../domain/access/actor';
import { presentAll } from '../../domain/access/record-policy';
import type {
  BindingSource,
  BindingStatus,
  EmploymentRelation,
} from '../../domain/accounts/employment-relation';
import { personBindingPolicy, unitBindingPolicy } from './employment.policy';
import type { BindingWithParties } from './employment.repository';

/** A binding's own facts, as both sides see them. */
function bindingFacts({ binding, agencyId, agencyName }: BindingWithParties) {
  return {
    id: binding.id,
    relation: binding.relation as EmploymentRelation,
    dispatchAgency: agencyId && agencyName ? { id: agencyId, name: agencyName } : null,
    startedOn: binding.startedOn,
    endedOn: binding.endedOn,
    status: binding.status as BindingStatus,
    source: binding.source as BindingSource,
    requestedAt: binding.requestedAt.toISOString(),
    decidedAt: binding.decidedAt?.toISOString() ?? null,
    reason: binding.reason,
  };
}

/** A binding in the person's own history: which unit, how, and what became of it. */
function personBindingView(row: BindingWithParties) {
  const { id, name, creditCode } = row.unit;
  return { ...bindingFacts(row), organisation: { id, name, creditCode } };
}

/** A binding as the unit sees it: who (ID number masked) and how. */
function unitBindingView(row: BindingWithParties) {
  return {
    ...bindingFacts(row),
    person: { name: row.person.name, idNumberMasked: row.person.idNumberMasked },
  };
}

/** The person's own bindings, each with what they may do with it (those of others are left out). */
export function presentPersonBindings(actor: Actor, personId: string, rows: readonly BindingWithParties[]) {
  return presentAll(personBindingPolicy(personId), actor, rows, personBindingView);
}

/** Bindings to the actor's unit, each with what the unit may do with it (those of other units are left out). */
export function presentUnitBindings(actor: Actor, rows: readonly BindingWithParties[]) {
  return presentAll(unitBindingPolicy, actor, rows, unitBindingView);
}

export type PersonBindingView = ReturnType<typeof presentPersonBindings>[number];
export type UnitBindingView = ReturnType<typeof presentUnitBindings>[number];
