import { APPLICATION_TRANSITIONS } from '../../../../src/domain/workflow/application-transitions';
import type { ApplicationAction, ApplicationState } from '../../api/applications';
import type { Role } from '../../api/auth';
import { isSetback } from '../../lib/application-labels';

/**
 * The steps a reviewer could take on all of the selected applications at once: those of the workflow
 * table open to one of their roles from a state a selected application is in. Read from the same table
 * the server decides with; the server still judges each application on its own and reports each outcome.
 */
export function bulkEvents(roles: readonly Role[], states: readonly ApplicationState[]): ApplicationAction[] {
  const seen = new Set<string>();
  const events: ApplicationAction[] = [];
  for (const transition of APPLICATION_TRANSITIONS) {
    if (seen.has(transition.event)) continue;
    if (transition.roles.includes('applicant')) continue;
    if (!transition.roles.some((role) => roles.includes(role))) continue;
    if (!transition.from.some((state) => states.includes(state))) continue;
    seen.add(transition.event);
    events.push({ event: transition.event, name: transition.name });
  }
  // Steps forward first, then those that send back or stop, as on the detail page.
  return [...events.filter((e) => !isSetback(e.event)), ...events.filter((e) => isSetback(e.event))];
}
