// Names and colours for the application workflow. States and events come from the domain's workflow
// table, so the UI never words a step differently from the server.
import { APPLICATION_STATES } from '../../../src/domain/workflow/application-states';
import { APPLICATION_TRANSITIONS } from '../../../src/domain/workflow/application-transitions';
import type { ApplicationState, ObjectionStatus } from '../api/applications';
import { optionsOf, statusTable } from './labels';

export const stateNames: Record<ApplicationState, string> = APPLICATION_STATES;

export const stateOptions = optionsOf(stateNames);

/** Tag colours: waiting on a reviewer is blue, publicity gold, done green, sent back or stopped red. */
const stateColours: Record<ApplicationState, string> = {
  draft: 'default',
  submitted: 'processing',
  'unit-publicity': 'gold',
  'dispatch-review': 'processing',
  'dispatch-publicity': 'gold',
  'department-review': 'processing',
  'hr-review': 'processing',
  'committee-review': 'geekblue',
  accepted: 'success',
  'in-review': 'geekblue',
  'result-publicity': 'gold',
  'not-passed': 'error',
  revoked: 'error',
  filed: 'cyan',
  conferred: 'success',
  returned: 'error',
  'not-recommended': 'error',
  withdrawn: 'default',
};

export function stateColour(state: string): string {
  return stateColours[state as ApplicationState] ?? 'default';
}

/** `recommend` → 推荐上报: the name of each workflow event, for the timeline. */
export const eventNames: Record<string, string> = Object.fromEntries(
  APPLICATION_TRANSITIONS.map((transition) => [transition.event, transition.name]),
);

/** Returns and refusals must say why (the server's `reason-given` guard). */
export function needsReason(event: string): boolean {
  return event.endsWith('return') || event.endsWith('decline') || event === 'revoke';
}

/** Events that send an application back or stop it: their buttons are danger buttons. */
export function isSetback(event: string): boolean {
  return needsReason(event) || event === 'withdraw';
}

/** An objection: open waits (orange), upheld stops the application (red), dismissed clears it (green). */
export const { names: objectionStatusNames, colours: objectionStatusColours } = statusTable<ObjectionStatus>({
  open: ['待核实处理', 'warning'],
  upheld: ['异议成立', 'error'],
  dismissed: ['异议不成立', 'success'],
});

export const publicityKindNames: Record<'unit' | 'dispatch' | 'result', string> = {
  unit: '用人单位公示',
  dispatch: '劳务派遣单位公示',
  result: '评审结果公示',
};
