import type { Actor } from '../../domain/access/actor';
import { presentAll } from '../../domain/access/record-policy';
import type {
  BindingSource,
  BindingStatus,
  EmploymentRelation,
} from '../../domain/accounts/employment-relation';
import { BINDING_STATUSES, EMPLOYMENT_RELATIONS } from '../../domain/accounts/employment-relation';
import { shanghaiTime } from '../../domain/calendar/shanghai-time';
import type { ExcelColumn } from '../../platform/excel';
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
    person: { id: row.person.id, name: row.person.name, idNumberMasked: row.person.idNumberMasked },
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

/** The columns of the 人员绑定 一览表. */
export const BINDING_COLUMNS: ExcelColumn<UnitBindingView>[] = [
  { header: '姓名', value: (b) => b.person.name },
  { header: '身份证号（脱敏）', width: 22, value: (b) => b.person.idNumberMasked },
  { header: '用工形式', value: (b) => EMPLOYMENT_RELATIONS[b.relation] ?? b.relation },
  { header: '劳务派遣单位', width: 30, value: (b) => b.dispatchAgency?.name ?? '' },
  { header: '入职日期', value: (b) => b.startedOn },
  { header: '结束日期', value: (b) => b.endedOn ?? '' },
  { header: '状态', value: (b) => BINDING_STATUSES[b.status] ?? b.status },
  { header: '申请时间', width: 20, value: (b) => shanghaiTime(b.requestedAt) },
  { header: '处理时间', width: 20, value: (b) => shanghaiTime(b.decidedAt) },
  { header: '说明', width: 40, value: (b) => b.reason ?? '' },
];
