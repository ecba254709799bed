import type { Db } from '../../db/client';
import type { ApplicationRecord } from '../../db/schema';
import { targetTitle } from '../../domain/applications/target-title';
import type { WorkingDayCalendar } from '../../domain/calendar';
import { maskPersonName } from '../../domain/identifiers';
import { APPLICATION_STATES, type ApplicationState } from '../../domain/workflow/application-states';
import { findCommittee } from '../committees/committees.repository';
import { cancelDeadlines, scheduleDeadline } from '../deadlines/deadlines.repository';
import type { NotificationsService, Recipient } from '../notifications/notifications.service';
import { competentHrBureau } from '../organisations/organisations.repository';
import { insertNotice } from '../publicity/publicity.repository';

export interface EffectContext {
  tx: Db;
  app: ApplicationRecord;
  personName: string;
  employerName: string;
  today: string;
  now: Date;
  calendar: WorkingDayCalendar;
  publicityWorkdays: number;
  notifications: Pick<NotificationsService, 'notify'>;
}

const link = (app: ApplicationRecord) => `/applications/${app.id}`;

/**
 * Starts a publicity period of N working days from today (DOMAIN §12) and stores both the
 * public notice and the deadline that the sweeper processes when it ends.
 */
async function startPublicity(
  ctx: EffectContext,
  kind: 'unit' | 'dispatch' | 'result',
  organisationId: string,
) {
  const endsOn = ctx.calendar.addWorkingDays(ctx.today, ctx.publicityWorkdays);
  await insertNotice(ctx.tx, {
    applicationId: ctx.app.id,
    kind,
    organisationId,
    maskedName: maskPersonName(ctx.personName),
    unitName: ctx.employerName,
    targetTitle: targetTitle(ctx.app),
    startsOn: ctx.today,
    endsOn,
    createdAt: ctx.now,
  });
  await scheduleDeadline(ctx.tx, {
    kind: `${kind}-publicity-end`,
    dueOn: endsOn,
    subjectId: ctx.app.id,
    data: { number: ctx.app.number },
    createdAt: ctx.now,
  });
  return endsOn;
}

/** Who acts next once an application reaches `state`. */
export async function nextActors(
  tx: Db,
  app: ApplicationRecord,
  state: ApplicationState,
): Promise<Recipient[]> {
  switch (state) {
    case 'submitted':
    case 'unit-publicity':
      return [{ organisationId: app.employerId, role: 'employer' }];
    case 'dispatch-review':
    case 'dispatch-publicity':
      return app.dispatchAgencyId ? [{ organisationId: app.dispatchAgencyId, role: 'dispatcher' }] : [];
    case 'department-review':
      return app.departmentId ? [{ organisationId: app.departmentId, role: 'department' }] : [];
    case 'hr-review': {
      const bureau = await competentHrBureau(tx, app.jurisdictionCode);
      return bureau ? [{ organisationId: bureau.id, role: 'hr' }] : [];
    }
    case 'committee-review': {
      const committee = app.committeeId ? await findCommittee(tx, app.committeeId) : undefined;
      return committee ? [{ organisationId: committee.officeOrganisationId, role: 'committee-office' }] : [];
    }
    default:
      return [];
  }
}

/** The message to whoever must act next on an application that reached `to`. */
export function pendingWorkNotice(app: ApplicationRecord, personName: string, to: ApplicationState) {
  return {
    title: '新的待办申报',
    body: `${personName}的${targetTitle(app)}申报（${app.number}）${APPLICATION_STATES[to]}`,
    link: link(app),
  };
}

/**
 * What a transition does besides changing the state, in the same transaction: publicity
 * notices with their deadlines, and messages to whoever must act next or should know.
 * Returns the columns to store with the new state.
 */
export async function applyEffects(
  ctx: EffectContext,
  event: string,
  to: ApplicationState,
  reason: string | null,
): Promise<Partial<ApplicationRecord>> {
  const patch: Partial<ApplicationRecord> = {};
  const { app, tx } = ctx;
  const title = targetTitle(app);
  if (event === 'start-unit-publicity')
    patch.unitPublicityEndsOn = await startPublicity(ctx, 'unit', app.employerId);
  if (event === 'start-dispatch-publicity' && app.dispatchAgencyId)
    patch.dispatchPublicityEndsOn = await startPublicity(ctx, 'dispatch', app.dispatchAgencyId);
  if (event === 'pass') {
    // The result is publicised by the committee office for ≥5 working days (人社部令第40号 第26条).
    const committee = app.committeeId ? await findCommittee(tx, app.committeeId) : undefined;
    if (committee)
      patch.resultPublicityEndsOn = await startPublicity(ctx, 'result', committee.officeOrganisationId);
  }
  if (to === 'withdrawn' || to === 'not-recommended' || to === 'returned' || to === 'revoked')
    await cancelDeadlines(tx, app.id, ctx.now);
  if (to === 'returned' || to === 'not-recommended' || to === 'revoked') patch.lastReason = reason;
  if (event === 'committee-return') patch.returnedByCommittee = true;

  const applicant: Recipient = { personId: app.personId };
  const applicantNotice = {
    title: `申报${APPLICATION_STATES[to]}`,
    body: `您的${title}申报（${app.number}）${APPLICATION_STATES[to]}${reason ? `。理由：${reason}` : ''}`,
    link: link(app),
    // What the person must act on or would not want to miss also goes out by SMS.
    sms: [
      'returned',
      'not-recommended',
      'accepted',
      'result-publicity',
      'not-passed',
      'revoked',
      'conferred',
    ].includes(to),
  };
  if (event !== 'submit') await ctx.notifications.notify(tx, [applicant], applicantNotice);
  const next = await nextActors(tx, app, to);
  if (next.length > 0 && to !== 'withdrawn')
    await ctx.notifications.notify(tx, next, pendingWorkNotice(app, ctx.personName, to));
  if (to === 'withdrawn')
    await ctx.notifications.notify(tx, [{ organisationId: app.employerId, role: 'employer' }], {
      title: '申报已撤回',
      body: `${ctx.personName}撤回了${title}申报（${app.number}）`,
      link: link(app),
    });
  return patch;
}
