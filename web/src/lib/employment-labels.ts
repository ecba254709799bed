// Names come from the domain's vocabulary, so the UI and the server's messages word them alike.
import { BINDING_STATUSES, EMPLOYMENT_RELATIONS } from '../../../src/domain/accounts/employment-relation';
import type { BindingSource, BindingStatus, EmploymentRelation } from '../api/employment';
import { optionsOf } from './labels';

export const relationNames: Record<EmploymentRelation, string> = EMPLOYMENT_RELATIONS;

export const relationOptions = optionsOf(relationNames);

export const bindingStatusNames: Record<BindingStatus, string> = BINDING_STATUSES;

export const bindingStatusOptions = optionsOf(bindingStatusNames);

/** Tag colours: waiting is blue, current green, refused red, the rest (closed) grey. */
export const bindingStatusColors: Record<BindingStatus, string> = {
  pending: 'processing',
  confirmed: 'success',
  refused: 'error',
  withdrawn: 'default',
  ended: 'default',
  unlinked: 'warning',
};

export const bindingSourceNames: Record<BindingSource, string> = {
  person: '本人申请',
  'unit-import': '单位登记',
  migrated: '历史数据',
};
