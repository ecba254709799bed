import type { ApplicationRecord } from '../../db/schema';
import type { Actor } from '../../domain/access/actor';
import type { Role } from '../../domain/access/roles';
import type { WorkingDayCalendar } from '../../domain/calendar';
import type { TransitionFacts } from '../../domain/workflow/application-guards';
import type { AuditEntry, AuditLog } from '../audit';
import type { NotificationsService } from '../notifications';

/**
 * One step on one application, apart from its effects: what the actor asks for, what the
 * guards look at, and the timeline entry and audit event the step leaves.
 */
export interface TransitionCommand {
  event: string;
  reason?: string | null;
  personalCommitment?: boolean;
  unitCommitment?: boolean;
  committeeId?: string | null;
  entrusted?: boolean;
  /** The version the actor saw; a stale one is refused rather than silently applied. */
  expectedVersion?: number;
}

/** What a review session's use case adds when it fires a step of its own (`bySession`). */
export interface SessionStep {
  reviewOutcome?: 'passed' | 'failed';
  announcementNumber?: string;
}

export interface TransitionDeps {
  audit: AuditLog;
  notifications: Pick<NotificationsService, 'notify'>;
  /** Loaded before the transaction opens: the embedded database has one connection. */
  calendar: WorkingDayCalendar;
}

/** What the workflow's guards look at, from the application, the command and what was read for them. */
export function transitionFacts(
  app: Pick<
    ApplicationRecord,
    | 'dispatchAgencyId'
    | 'departmentId'
    | 'unitPublicityEndsOn'
    | 'dispatchPublicityEndsOn'
    | 'returnedByCommittee'
    | 'resultPublicityEndsOn'
  >,
  command: TransitionCommand,
  today: string,
  read: {
    openObjections: number;
    committeeAssigned: boolean;
    session?: SessionStep;
    combinedPostProblem?: string | null;
  },
): TransitionFacts {
  return {
    today,
    personalCommitment: command.personalCommitment === true,
    unitCommitment: command.unitCommitment === true,
    reason: command.reason?.trim() || null,
    dispatched: app.dispatchAgencyId !== null,
    hasDepartment: app.departmentId !== null,
    unitPublicityEndsOn: app.unitPublicityEndsOn,
    dispatchPublicityEndsOn: app.dispatchPublicityEndsOn,
    openObjections: read.openObjections,
    committeeAssigned: read.committeeAssigned,
    returnedByCommitteeBefore: app.returnedByCommittee,
    reviewOutcome: read.session?.reviewOutcome ?? null,
    resultPublicityEndsOn: app.resultPublicityEndsOn,
    announcementNumber: read.session?.announcementNumber ?? null,
    combinedPostProblem: read.combinedPostProblem ?? null,
  };
}

/** The application's timeline entry for a step just taken (`app` as it is after the step). */
export function timelineEntry(
  app: ApplicationRecord,
  event: string,
  from: string,
  actor: Actor,
  role: Role,
  reason: string | null,
  at: Date,
) {
  return {
    applicationId: app.id,
    event,
    fromState: from,
    toState: app.state,
    actorUserId: actor.userId,
    actorRole: role,
    actorOrganisationId: role === 'applicant' ? null : actor.organisationId,
    reason,
    occurredAt: at,
  };
}

/** The audit event of a step just taken (`app` as it is after the step). */
export function transitionAudit(
  app: ApplicationRecord,
  event: string,
  from: string,
  reason: string | null,
): AuditEntry {
  return {
    action: `application.${event}`,
    entityType: 'application',
    entityId: app.id,
    data: { number: app.number, from, to: app.state, reason, committeeId: app.committeeId },
  };
}
