/**
 * How a person is employed by the unit that holds their personnel (labour) relationship
 * (DOMAIN §14). A dispatched person names the agency that employs them: its publicity and
 * recommendation step comes before the unit's in the chain (DOMAIN §4).
 */
export const EMPLOYMENT_RELATIONS = {
  staff: '在编',
  contract: '合同制',
  dispatch: '劳务派遣',
} as const;

export type EmploymentRelation = keyof typeof EMPLOYMENT_RELATIONS;

/** The life of a binding: the person asks, the unit decides; a confirmed one ends or is corrected. */
export const BINDING_STATUSES = {
  pending: '待单位确认',
  confirmed: '已确认',
  refused: '单位已拒绝',
  withdrawn: '本人已撤回',
  ended: '已解除（更换单位）',
  unlinked: '管理员已解除',
} as const;

export type BindingStatus = keyof typeof BINDING_STATUSES;

/** Where a binding came from. */
export type BindingSource = 'person' | 'unit-import' | 'migrated';

/** The review states of a unit's self-registration (单位注册). */
export const UNIT_STATUSES = {
  pending: '待审核',
  approved: '已通过',
  returned: '已退回',
} as const;

export type UnitStatus = keyof typeof UNIT_STATUSES;
