import type { ApplicationAction, ApplicationSummary } from '../../api/applications';
import { isSetback } from '../../lib/application-labels';

/**
 * The steps a reviewer could take in bulk on the selected applications: every step the server offers on
 * at least one of them (each row carries its own `actions`). The server still judges each application on
 * its own and reports each outcome.
 */
export function bulkEvents(selected: readonly Pick<ApplicationSummary, 'actions'>[]): ApplicationAction[] {
  const byEvent = new Map<string, ApplicationAction>();
  for (const row of selected)
    for (const action of row.actions ?? []) if (!byEvent.has(action.event)) byEvent.set(action.event, action);
  const events = [...byEvent.values()];
  // Steps forward first, then those that send back or stop, as on the detail page.
  return [...events.filter((e) => !isSetback(e.event)), ...events.filter((e) => isSetback(e.event))];
}
