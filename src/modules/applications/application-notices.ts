import type { ApplicationRecord } from '../../db/schema';
import { targetTitle } from '../../domain/applications/target-title';
import { APPLICATION_STATES, type ApplicationState } from '../../domain/workflow/application-states';
import type { Notice } from '../notifications';

type Named = Pick<ApplicationRecord, 'id' | 'number' | 'series' | 'level' | 'specialty'>;

const link = (app: Named) => `/applications/${app.id}`;

/** The applicant's message on a step: the new state, and the reason if one was given. */
export function applicantNotice(
  app: Named,
  to: ApplicationState,
  reason: string | null,
  sms: boolean,
): Notice {
  return {
    title: `申报${APPLICATION_STATES[to]}`,
    body: `您的${targetTitle(app)}申报（${app.number}）${APPLICATION_STATES[to]}${reason ? `。理由：${reason}` : ''}`,
    link: link(app),
    sms,
  };
}

/** The message to whoever must act next on an application that reached `to`. */
export function pendingWorkNotice(app: Named, personName: string, to: ApplicationState): Notice {
  return {
    title: '新的待办申报',
    body: `${personName}的${targetTitle(app)}申报（${app.number}）${APPLICATION_STATES[to]}`,
    link: link(app),
  };
}

/** The unit's message when its applicant withdrew. */
export function withdrawnNotice(app: Named, personName: string): Notice {
  return {
    title: '申报已撤回',
    body: `${personName}撤回了${targetTitle(app)}申报（${app.number}）`,
    link: link(app),
  };
}
