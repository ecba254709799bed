import type { AppointmentRecord } from '../../db/schema';
import type { Actor } from '../../domain/access/actor';
import type { RecordPolicy } from '../../domain/access/record-policy';
import { AppError, notFound } from '../../domain/errors';
import {
  APPOINTMENT_STATE_NAMES,
  type AppointmentEvent,
  type AppointmentState,
  appointmentEvents,
  appointmentPartyTakes,
} from '../../domain/posts/appointment-workflow';
import { type PlanScope, type PostUnit, partiesOf, postPlanPolicy } from './posts.policy';

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

/** "Not found" to a stranger; a conflict of state to a party that takes the step elsewhen; forbidden otherwise. */
export function appointmentRefusals(
  actor: Actor,
  record: AppointmentPolicyRecord | undefined,
  event: AppointmentEvent,
) {
  return {
    hidden: () => notFound('聘用记录', 'APPOINTMENT_NOT_FOUND'),
    refused: () =>
      record && appointmentPartyTakes(event, partiesOf(actor, record))
        ? new AppError(
            'conflict',
            'APPOINTMENT_STATE',
            `聘用记录当前为「${APPOINTMENT_STATE_NAMES[record.appointment.state as AppointmentState] ?? record.appointment.state}」，不能${EVENT_NAMES[event]}`,
          )
        : new AppError('forbidden', 'FORBIDDEN', `无权${EVENT_NAMES[event]}该聘用记录`),
  };
}
