import type { Db } from '../../db/client';
import type { ApplicationRecord } from '../../db/schema';
import type { Actor } from '../../domain/access/actor';
import type { Role } from '../../domain/access/roles';
import { routeToCommittee } from '../../domain/applications/committee-routing';
import { todayInShanghai, type WorkingDayCalendar } from '../../domain/calendar';
import type { Level } from '../../domain/catalogue';
import { AppError, notFound } from '../../domain/errors';
import { parameterValue } from '../../domain/policy/parameter-values';
import type { TransitionFacts } from '../../domain/workflow/application-guards';
import type { ApplicationState } from '../../domain/workflow/application-states';
import { APPLICATION_TRANSITIONS } from '../../domain/workflow/application-transitions';
import { decideTransition } from '../../domain/workflow/application-workflow';
import type { AuditEntry, AuditLog } from '../audit/audit.service';
import { findCommittee, listCommittees } from '../committees/committees.repository';
import { resolvedPolicy } from '../eligibility/eligibility.service';
import type { NotificationsService } from '../notifications/notifications.service';
import { findOrganisation } from '../organisations/organisations.repository';
import { findPerson } from '../people/people.repository';
import { personIdOfUser } from '../profile/profile.repository';
import { applyEffects } from './application-effects';
import { signCommitment } from './application-submission';
import { rolesOnRecord } from './applications.policy';
import * as repo from './applications.repository';

/** Events whose guards ask whether publicity objections are still open (read from the workflow). */
const OBJECTION_GUARDED = new Set(
  APPLICATION_TRANSITIONS.filter((t) => t.guards.includes('no-open-objections')).map((t) => t.event),
);

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

/**
 * The committee an HR bureau sends the application to: the one it names, if its registered
 * scope covers the application (or, entrusted review, any active committee of the series and
 * level, with HR's reason recorded); otherwise the first the routing rules give.
 */
async function committeeFor(tx: Db, app: ApplicationRecord, command: TransitionCommand, today: string) {
  const policy = resolvedPolicy(app.policySet, today);
  const all = await listCommittees(tx);
  const target = { series: app.series, level: app.level as Level, specialty: app.specialty };
  const routed = routeToCommittee(target, app.jurisdictionCode, today, policy.routing, all);
  if (!command.committeeId) return { committee: routed.committees[0] ?? null, entrusted: false };
  const chosen = await findCommittee(tx, command.committeeId);
  if (!chosen) throw notFound('评委会', 'COMMITTEE_NOT_FOUND');
  if (routed.committees.some((c) => c.id === chosen.id)) return { committee: chosen, entrusted: false };
  const canReview =
    chosen.status === 'active' &&
    chosen.series === app.series &&
    chosen.levels.includes(app.level) &&
    chosen.approvedOn <= today &&
    today <= chosen.validUntil;
  if (command.entrusted && canReview) return { committee: chosen, entrusted: true };
  const rule = routed.rule
    ? `（按${routed.rule.citation.document} ${routed.rule.citation.clause}应由省级评委会评审）`
    : '';
  throw new AppError(
    'unprocessable',
    'COMMITTEE_OUT_OF_SCOPE',
    canReview
      ? `所选评委会不在该申报的评审范围内${rule}；如经批准委托代评，请选择“委托评审”并写明理由`
      : '所选评委会未在有效期内或不能评审该系列、层级',
    [{ path: 'committeeId', message: '不在评审范围内' }],
  );
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
  read: { openObjections: number; committeeAssigned: boolean; session?: SessionStep },
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
  };
}

/**
 * Fires one workflow event on one application inside the caller's transaction: decides it
 * from the data-defined workflow with the actor's roles on this record, applies its effects,
 * stores the new state with a compare-and-set on the version, and writes the timeline entry
 * and the audit event.
 */
export async function fireTransition(
  tx: Db,
  deps: TransitionDeps,
  actor: Actor,
  app: ApplicationRecord,
  command: TransitionCommand,
  now: Date,
  options: {
    /** Columns the use case changes together with the state (e.g. a re-evaluated eligibility). */
    extra?: Partial<ApplicationRecord>;
    /** Audit events of the same use case that precede this transition (e.g. the creation). */
    precedingAudit?: AuditEntry[];
    /** Set only by the review session's use cases; their steps are refused otherwise. */
    session?: SessionStep;
  } = {},
): Promise<ApplicationRecord> {
  const extra = options.extra ?? {};
  if (command.expectedVersion !== undefined && command.expectedVersion !== app.version)
    throw new AppError('conflict', 'STALE_VERSION', '申报已被他人处理，请刷新后重试');
  const today = todayInShanghai(now);
  const office = await repo.committeeOfficeOf(tx, app.committeeId);
  const roles = rolesOnRecord(actor, app, {
    personId: actor.roles.includes('applicant') ? await personIdOfUser(tx, actor.userId) : null,
    committeeOfficeId: office?.officeId ?? null,
  });
  if (roles.length === 0) throw notFound('申报', 'APPLICATION_NOT_FOUND');

  let committeeId = app.committeeId;
  let entrusted = app.entrusted;
  if (command.event === 'hr-approve') {
    const routed = await committeeFor(tx, app, command, today);
    committeeId = routed.committee?.id ?? null;
    entrusted = routed.entrusted;
    if (entrusted && !(command.reason && command.reason.trim().length >= 2))
      throw new AppError('unprocessable', 'ENTRUSTED_REASON_REQUIRED', '委托评审须写明经批准的理由', [
        { path: 'reason', message: '须写明理由' },
      ]);
  }
  const reason = command.reason?.trim() || null;
  const facts = transitionFacts(app, command, today, {
    // Only the steps after a publicity look at objections.
    openObjections: OBJECTION_GUARDED.has(command.event) ? await repo.openObjectionCount(tx, app.id) : 0,
    committeeAssigned: committeeId !== null,
    session: options.session,
  });
  const outcome = decideTransition(app.state as ApplicationState, command.event, roles, facts);
  if (!outcome.ok) throw outcome.error;
  const { transition } = outcome;
  if (transition.bySession && !options.session)
    throw new AppError(
      'conflict',
      'SESSION_STEP',
      `「${transition.name}」须在评审会议中办理（会议控制台），不能对单个申报直接执行`,
    );
  const role = roles.find((r) => transition.roles.includes(r))!;

  if (transition.event === 'submit') await signCommitment(tx, app.id, 'personal', actor, now);
  if (transition.event === 'recommend') await signCommitment(tx, app.id, 'unit', actor, now);
  const [person, employer] = await Promise.all([
    findPerson(tx, app.personId),
    findOrganisation(tx, app.employerId),
  ]);
  const patch = await applyEffects(
    {
      tx,
      app: { ...app, committeeId },
      personName: person?.name ?? '',
      employerName: employer?.name ?? '',
      today,
      now,
      calendar: deps.calendar,
      publicityWorkdays: parameterValue(
        resolvedPolicy(app.policySet, today),
        transition.event === 'pass' ? 'publicity.resultWorkdays' : 'publicity.unitWorkdays',
      ),
      notifications: deps.notifications,
    },
    transition.event,
    transition.to,
    reason,
  );
  const updated = await repo.updateApplication(tx, app.id, app.version, {
    ...extra,
    ...patch,
    state: transition.to,
    committeeId,
    entrusted,
    ...(transition.event === 'submit' ? { submittedAt: now } : {}),
    updatedAt: now,
  });
  if (!updated) throw new AppError('conflict', 'CONCURRENT_UPDATE', '申报已被他人处理，请刷新后重试');
  await repo.insertEvents(tx, [
    timelineEntry(updated, transition.event, app.state, actor, role, reason, now),
  ]);
  await deps.audit.recordAll(
    tx,
    [...(options.precedingAudit ?? []), transitionAudit(updated, transition.event, app.state, reason)].map(
      (entry) => ({ actorUserId: actor.userId, entry }),
    ),
  );
  return updated;
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
