/**
 * The appointment's workflow as data (DESIGN rule 5), like the plan's: its states and who moves
 * it from which state to which. The service asks this table for every "may this be done now"
 * and the API's `actions` come from the same answer.
 */
import { type WorkflowTransition, workflowOf } from './workflow-table';

export const APPOINTMENT_STATES = ['draft', 'publicised', 'reviewed', 'returned', 'filed', 'ended'] as const;
export type AppointmentState = (typeof APPOINTMENT_STATES)[number];

export const APPOINTMENT_STATE_NAMES: Readonly<Record<AppointmentState, string>> = {
  draft: '草稿',
  publicised: '单位公示中',
  reviewed: '待人社部门备案',
  returned: '已退回',
  filed: '已备案（聘用中）',
  ended: '已终止',
};

/** The steps; `edit` keeps the state (a draft or a returned proposal is corrected). */
export type AppointmentEvent = 'edit' | 'propose' | 'review' | 'return' | 'file';

export interface AppointmentTransition extends WorkflowTransition<AppointmentState, AppointmentEvent> {
  /** The step waits for the unit's publicity to end. */
  readonly afterPublicity?: boolean;
}

export const APPOINTMENT_TRANSITIONS: readonly AppointmentTransition[] = [
  { event: 'edit', from: ['draft', 'returned'], to: null, party: 'unit', audit: 'appointment.edited' },
  {
    event: 'propose',
    from: ['draft', 'returned'],
    to: 'publicised',
    party: 'unit',
    audit: 'appointment.proposed',
  },
  {
    event: 'review',
    from: ['publicised'],
    to: 'reviewed',
    party: 'department',
    when: 'has-department',
    afterPublicity: true,
    audit: 'appointment.reviewed',
  },
  {
    event: 'return',
    from: ['publicised'],
    to: 'returned',
    party: 'department',
    when: 'has-department',
    audit: 'appointment.returned',
  },
  { event: 'return', from: ['reviewed'], to: 'returned', party: 'approver', audit: 'appointment.returned' },
  // Without a competent department the HR bureau takes the proposal from the publicity itself.
  {
    event: 'return',
    from: ['publicised'],
    to: 'returned',
    party: 'approver',
    when: 'no-department',
    audit: 'appointment.returned',
  },
  { event: 'file', from: ['reviewed'], to: 'filed', party: 'approver', audit: 'appointment.filed' },
  {
    event: 'file',
    from: ['publicised'],
    to: 'filed',
    party: 'approver',
    when: 'no-department',
    afterPublicity: true,
    audit: 'appointment.filed',
  },
];

const appointmentWorkflow = workflowOf<AppointmentState, AppointmentEvent, AppointmentTransition>(
  APPOINTMENT_TRANSITIONS,
);

/** The transition `event` takes from `state` for one of the actor's parties, if any. */
export const appointmentTransition = appointmentWorkflow.transition;
/** Every step the actor's parties may take on an appointment in `state` now, each once. */
export const appointmentEvents = appointmentWorkflow.events;
/** Whether a party ever takes `event`: a refusal is then a conflict of state, not of right. */
export const appointmentPartyTakes = appointmentWorkflow.partyTakes;
