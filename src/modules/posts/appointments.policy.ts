import type { AppointmentRecord } from '../../db/schema';
import type { RecordPolicy } from '../../domain/access/record-policy';
import {
  APPOINTMENT_STATE_NAMES,
  type AppointmentEvent,
  type AppointmentState,
  appointmentEvents,
  appointmentPartyTakes,
} from '../../domain/posts/appointment-workflow';
import { type PlanScope, type PostUnit, partiesOf, postPlanPolicy, workflowRefusals } from './posts.policy';

export type AppointmentPolicyRecord = PostUnit & { appointment: Pick<AppointmentRecord, 'state'> };

/**
 * An appointment is its unit's, its department's once proposed, and the HR bureaus' of its
 * region once proposed (the parties of posts.policy.ts); what each may do is the workflow
 * table's answer. Anyone else is told it does not exist.
 */
export const appointmentPolicy: RecordPolicy<AppointmentPolicyRecord, AppointmentEvent, PlanScope> = {
  scopeOf: postPlanPolicy.scopeOf,
  abilitiesOf(actor, record) {
    const parties = partiesOf(actor, record);
    if (parties.length === 0 || (!parties.includes('unit') && record.appointment.state === 'draft'))
      return null;
    return appointmentEvents(record.appointment.state as AppointmentState, parties, {
      hasDepartment: record.unit.departmentId !== null,
    });
  },
};

const EVENT_NAMES: Readonly<Record<AppointmentEvent, string>> = {
  edit: '修改',
  propose: '提交公示',
  review: '审核',
  return: '退回',
  file: '备案',
};

export const appointmentRefusals = workflowRefusals<AppointmentPolicyRecord, AppointmentEvent>({
  what: '聘用记录',
  notFoundCode: 'APPOINTMENT_NOT_FOUND',
  stateCode: 'APPOINTMENT_STATE',
  stateName: (r) => APPOINTMENT_STATE_NAMES[r.appointment.state as AppointmentState] ?? r.appointment.state,
  eventNames: EVENT_NAMES,
  takes: appointmentPartyTakes,
});
