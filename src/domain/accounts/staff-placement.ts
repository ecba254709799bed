/**
 * What a unit's bulk registration does with one valid row, given what the system already
 * knows: a new person, a known person bound to the unit, a person already on its staff, or a
 * row that contradicts the record. Pure, so the preview and the import decide alike.
 */
import type { StaffRow, StaffRowProblem } from './staff-row';

/** What became of a row in the report: 登记成功, 已存在并绑定, 已是本单位人员, 错误. */
export const STAFF_ROW_STATUSES = {
  created: '登记成功',
  bound: '已存在并绑定',
  unchanged: '已是本单位人员',
  invalid: '错误',
} as const;
export type StaffRowStatus = keyof typeof STAFF_ROW_STATUSES;

/** A row's registration invitation: to be sent (a check), sent, or refused by the SMS adapter. */
export const INVITATION_STATES = { planned: '待发送', sent: '已发送', failed: '发送失败' } as const;
export type InvitationState = keyof typeof INVITATION_STATES;

/** The person an ID number already belongs to, with their account and open bindings. */
export interface KnownPerson {
  id: string;
  name: string;
  hasAccount: boolean;
  /** The current employer's binding. */
  confirmed: { organisationId: string; startedOn: string } | null;
  /** The person's own open request to bind to a unit. */
  pending: { id: string; organisationId: string } | null;
}

/** The organisation a row's dispatch agency credit code names, if any. */
export interface KnownAgency {
  id: string;
  kind: string;
  status: string;
}

export type StaffPlacement =
  | { kind: 'invalid'; problems: StaffRowProblem[] }
  /** Already confirmed at this unit: nothing changes. */
  | { kind: 'unchanged'; personId: string }
  /** No person with this ID number: create one, bound to the unit. */
  | { kind: 'create'; agencyId: string | null }
  | {
      kind: 'bind';
      personId: string;
      agencyId: string | null;
      hasAccount: boolean;
      /** The person's own pending request to this unit, which the import confirms. */
      confirmsPending: string | null;
      /** They have an open request to another unit, left for that unit to decide. */
      pendingElsewhere: boolean;
    };

const AGENCY_COLUMN = '劳务派遣单位统一社会信用代码';

export const OTHER_UNIT_MESSAGE =
  '该人员当前为其他单位人员，不能批量登记；请本人在“我的单位”中申请变更到本单位，由本单位确认';

function agencyProblem(code: string, agency: KnownAgency | undefined): string | null {
  if (!agency) return `统一社会信用代码为${code}的劳务派遣单位未在系统中注册`;
  if (agency.kind !== 'dispatch-agency') return `统一社会信用代码为${code}的单位不是劳务派遣单位`;
  if (agency.status !== 'approved') return `统一社会信用代码为${code}的劳务派遣单位尚未通过人社部门审核`;
  return null;
}

/**
 * Decides one valid row for the unit `unitId`. `agency` is the organisation the row's agency
 * credit code names (undefined when unknown or when the row names none).
 */
export function decideStaffPlacement(
  record: StaffRow,
  unitId: string,
  person: KnownPerson | undefined,
  agency: KnownAgency | undefined,
): StaffPlacement {
  const problems: StaffRowProblem[] = [];
  if (record.agencyCreditCode !== null) {
    const problem = agencyProblem(record.agencyCreditCode, agency);
    if (problem) problems.push({ column: AGENCY_COLUMN, message: problem });
  }
  if (person && person.name !== record.name)
    problems.push({ column: '姓名', message: '姓名与身份证号码登记的不一致，请核对' });
  const atThisUnit = person?.confirmed?.organisationId === unitId;
  // A unit never takes a person from another unit: a change of employer is the person's own
  // request, which the new unit confirms (DOMAIN §14). The other unit is not named.
  if (person?.confirmed && !atThisUnit) problems.push({ column: '身份证号码', message: OTHER_UNIT_MESSAGE });
  if (problems.length > 0) return { kind: 'invalid', problems };

  const agencyId = record.agencyCreditCode !== null ? agency!.id : null;
  if (!person) return { kind: 'create', agencyId };
  if (atThisUnit) return { kind: 'unchanged', personId: person.id };
  const pendingHere = person.pending?.organisationId === unitId ? person.pending.id : null;
  return {
    kind: 'bind',
    personId: person.id,
    agencyId,
    hasAccount: person.hasAccount,
    confirmsPending: pendingHere,
    pendingElsewhere: person.pending !== null && pendingHere === null,
  };
}

/** What the report says of a row the import writes or leaves, in Chinese. */
export function placementMessage(placement: Exclude<StaffPlacement, { kind: 'invalid' }>): string {
  if (placement.kind === 'unchanged') return '已是本单位人员，未作变更';
  if (placement.kind === 'create') return '新建人员档案，确认为本单位人员；发送注册邀请短信';
  const parts = ['系统中已有该人员，确认为本单位人员'];
  if (placement.confirmsPending) parts.push('本人提交的绑定申请一并确认');
  if (placement.pendingElsewhere) parts.push('本人另有向其他单位提交的绑定申请，仍待该单位处理');
  parts.push(placement.hasAccount ? '本人已有账号，发送站内通知' : '发送注册邀请短信');
  return parts.join('；');
}
