import type {
  BindingSource,
  BindingStatus,
  EmploymentRelation,
} from '../../domain/accounts/employment-relation';
import type { BindingWithParties } from './employment.repository';

/** What the person may do with their own binding: withdraw a request the unit has not decided. */
export type PersonBindingAction = 'withdraw';
/** What the unit may do with a binding to it: decide a request. */
export type UnitBindingAction = 'confirm' | 'refuse';

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
export function personBindingView(row: BindingWithParties) {
  const actions: PersonBindingAction[] = row.binding.status === 'pending' ? ['withdraw'] : [];
  const { id, name, creditCode } = row.unit;
  return { ...bindingFacts(row), organisation: { id, name, creditCode }, actions };
}

/** A binding as the unit sees it: who (ID number masked), how, and what it may do. */
export function unitBindingView(row: BindingWithParties) {
  const actions: UnitBindingAction[] = row.binding.status === 'pending' ? ['confirm', 'refuse'] : [];
  return {
    ...bindingFacts(row),
    person: { name: row.person.name, idNumberMasked: row.person.idNumberMasked },
    actions,
  };
}

export type PersonBindingView = ReturnType<typeof personBindingView>;
export type UnitBindingView = ReturnType<typeof unitBindingView>;
