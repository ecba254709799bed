import type { Db } from '../../db/client';
import type { ApplicationRecord, PersonRecord } from '../../db/schema';
import type { Actor } from '../../domain/access/actor';
import { requireAbility } from '../../domain/access/record-policy';
import { quotaClaims } from '../../domain/applications/recommender-quotas';
import { todayInShanghai, type WorkingDayCalendar } from '../../domain/calendar';
import type { Level } from '../../domain/catalogue';
import { AppError, notFound } from '../../domain/errors';
import type { Applicant, Pathway } from '../../domain/policy';
import type { ApplicationState } from '../../domain/workflow/application-states';
import { APPLICATION_TRANSITIONS } from '../../domain/workflow/application-transitions';
import {
  decideTransition,
  effectsBeforeDecision,
  refusalOf,
} from '../../domain/workflow/application-workflow';
import type { Clock } from '../../platform/clock';
import { POLICY_LAYERS } from '../../policies';
import type { KeptFile } from '../attachments';
import type { AuditLog } from '../audit';
import { archiveBanOf } from '../integrity';
import type { NotificationsService } from '../notifications';
import { findOrganisation } from '../organisations';
import { findPerson } from '../people';
import { combinedRecommendationRefusal, recordedPostsOf } from '../posts';
import { findProfile, personIdOfUser, personOfUser } from '../profile';
import { planBeforeDecision, planEffects, writePlanned } from './application-effects';
import { type CreateOptions, createApplicationFiler } from './application-filing';
import {
  type SessionStep,
  type TransitionCommand,
  type TransitionDeps,
  timelineEntry,
  transitionAudit,
  transitionFacts,
} from './application-transition';
import { type ApplicationAccessRecord, applicationPolicy, rolesOnRecord } from './applications.policy';
import * as repo from './applications.repository';
import { type ApplicationDraft, assessFacts } from './filing-assessment';

// What other modules use of applications: review sessions fire the steps that are theirs.
export type { SessionStep, TransitionCommand, TransitionDeps };

/** The person the acting account belongs to; read only for an applicant, the one role that needs it. */
export async function actorPersonIdOf(db: Db, actor: Actor): Promise<string | null> {
  return actor.roles.includes('applicant') ? personIdOfUser(db, actor.userId) : null;
}

/** The application with the facts its policy judges it by for this actor (applicationPolicy). */
async function accessRecordOf(
  db: Db,
  actor: Actor,
  app: ApplicationRecord,
): Promise<ApplicationAccessRecord> {
  const [actorPersonId, office] = await Promise.all([
    actorPersonIdOf(db, actor),
    repo.committeeOfficeOf(db, app.committeeId),
  ]);
  return { ...app, actorPersonId, committeeOfficeId: office?.officeId ?? null };
}

/** The professional the acting account belongs to (one query). */
async function applicantOf(db: Db, actor: Actor) {
  const person = await personOfUser(db, actor.userId);
  if (!person) throw notFound('与当前账号关联的专业技术人员档案', 'PROFILE_NOT_FOUND');
  return person;
}

/** What filing judges a person by, read one by one (a batch reads them for all at once). */
async function filingFactsOf(
  db: Db,
  person: PersonRecord,
  employerId: string | null,
  year: number,
  today: string,
) {
  const [profile, employer, live, archiveBan, posts] = await Promise.all([
    findProfile(db, person.id),
    employerId ? findOrganisation(db, employerId) : Promise.resolve(undefined),
    repo.liveApplicationsOf(db, person.id, year),
    archiveBanOf(db, person.idNumberHash, today),
    recordedPostsOf(db, [person.id], today),
  ]);
  return { profile, employer, live, archiveBan, recordedPosts: posts.get(person.id) ?? [] };
}

/** `assessFacts` for one person, reading the facts first. */
async function assessApplication(
  db: Db,
  person: PersonRecord,
  draft: Pick<ApplicationDraft, 'target' | 'pathway'>,
  now: Date,
) {
  const today = todayInShanghai(now);
  const year = Number(today.slice(0, 4));
  const { profile, employer, live, archiveBan, recordedPosts } = await filingFactsOf(
    db,
    person,
    person.organisationId,
    year,
    today,
  );
  const claims = quotaClaims((profile?.data as Applicant | undefined)?.achievements ?? []);
  const claimsInUse = await repo.claimsInUse(db, claims, year);
  return assessFacts(
    { person, profile, employer, liveThisYear: live, claimsInUse, archiveBan, recordedPosts },
    draft,
    now,
  );
}

/**
 * The eligibility of a returned application, judged again on resubmission with today's
 * profile (the `reassess-eligibility` effect): the columns to store with it.
 */
async function reassessedEligibility(
  tx: Db,
  app: ApplicationRecord,
  now: Date,
): Promise<Partial<ApplicationRecord>> {
  const today = todayInShanghai(now);
  const person = await findPerson(tx, app.personId);
  if (!person) return {};
  const { profile, employer, live, archiveBan, recordedPosts } = await filingFactsOf(
    tx,
    person,
    app.employerId,
    app.year,
    today,
  );
  if (!profile || !employer) return {};
  // The person's other applications still count for eligibility (a policy may allow one a
  // year); quotas were judged at filing, on the claims stored with the application.
  const { problems, choice, eligibility } = assessFacts(
    {
      person,
      profile,
      employer,
      liveThisYear: live.filter((a) => a.id !== app.id),
      claimsInUse: [],
      archiveBan,
      recordedPosts,
    },
    {
      target: { series: app.series, level: app.level as Level, specialty: app.specialty },
      pathway: app.pathway as Pathway,
    },
    now,
  );
  // The unit, retirement and the year's one application were judged at filing; a ban since
  // then stops a resubmission as it stops filing: the same rule, the same words.
  const banned = problems.find((p) => p.code === 'BANNED');
  if (banned)
    throw new AppError('unprocessable', banned.code, `不能重新提交：${banned.message}`, [
      {
        path: 'applicant',
        message: `${banned.message}（${banned.citation.document} ${banned.citation.clause}）`,
      },
    ]);
  return {
    eligibility,
    eligible: eligibility.eligible,
    policySet: choice.policySet,
    policyNote: choice.note,
  };
}

/** Events whose guards ask whether publicity objections are still open (read from the workflow). */
const OBJECTION_GUARDED = new Set(
  APPLICATION_TRANSITIONS.filter((t) => t.guards.includes('no-open-objections')).map((t) => t.event),
);

/**
 * Fires one workflow event on one application inside the caller's transaction: loads what the
 * step is judged on (the actor's roles on this record, what the effects before the decision
 * find, the facts the guards read), decides it from the data-defined workflow, runs the
 * transition's effects (application-effects.ts), stores the new state with a compare-and-set
 * on the version, and writes the timeline entry and the audit event.
 */
export async function fireTransition(
  tx: Db,
  deps: TransitionDeps,
  actor: Actor,
  app: ApplicationRecord,
  command: TransitionCommand,
  now: Date,
  options: {
    /** Set only by the review session's use cases; their steps are refused otherwise. */
    session?: SessionStep;
  } = {},
): Promise<ApplicationRecord> {
  if (command.expectedVersion !== undefined && command.expectedVersion !== app.version)
    throw new AppError('conflict', 'STALE_VERSION', '申报已被他人处理，请刷新后重试');
  const today = todayInShanghai(now);
  const state = app.state as ApplicationState;
  const record = await accessRecordOf(tx, actor, app);
  const roles = rolesOnRecord(actor, record);
  const abilities = applicationPolicy.abilitiesOf(actor, record);
  const hidden = () => notFound('申报', 'APPLICATION_NOT_FOUND');
  // Refused through the abilities the record shows as buttons. A session's steps are the
  // console's, not the record's: the session's use case has checked its step, and the
  // decision below checks the office's role on the record.
  if (options.session) {
    if (abilities === null) throw hidden();
  } else
    requireAbility(abilities?.map((a) => a.event) ?? null, command.event, {
      hidden,
      refused: () => refusalOf(state, command.event, roles),
    });

  const found = await planBeforeDecision(
    {
      tx,
      app,
      command,
      today,
      reassessEligibility: (db, current) => reassessedEligibility(db, current, now),
    },
    effectsBeforeDecision(state, command.event),
  );
  const prospective = { ...app, ...found };
  const facts = transitionFacts(prospective, command, today, {
    // Only the steps after a publicity look at objections.
    openObjections: OBJECTION_GUARDED.has(command.event) ? await repo.openObjectionCount(tx, app.id) : 0,
    committeeAssigned: prospective.committeeId !== null,
    session: options.session,
    combinedPostProblem:
      command.event === 'recommend' ? await combinedRecommendationRefusal(tx, prospective, today) : null,
  });
  const outcome = decideTransition(state, command.event, roles, facts);
  if (!outcome.ok) throw outcome.error;
  const { transition } = outcome;
  const role = roles.find((r) => transition.roles.includes(r))!;

  const reason = command.reason?.trim() || null;
  const [person, employer] = await Promise.all([
    findPerson(tx, app.personId),
    findOrganisation(tx, app.employerId),
  ]);
  const planned = await planEffects(
    {
      tx,
      app: prospective,
      actor,
      to: transition.to,
      reason,
      personName: person?.name ?? '',
      employerName: employer?.name ?? '',
      today,
      now,
      calendar: deps.calendar,
    },
    transition.effects,
  );
  await writePlanned(tx, deps.notifications, planned.writes);
  const updated = await repo.updateApplication(tx, app.id, app.version, {
    ...found,
    ...planned.columns,
    state: transition.to,
    updatedAt: now,
  });
  if (!updated) throw new AppError('conflict', 'CONCURRENT_UPDATE', '申报已被他人处理，请刷新后重试');
  await repo.insertEvents(tx, [
    timelineEntry(updated, transition.event, app.state, actor, role, reason, now),
  ]);
  await deps.audit.recordAll(tx, [
    { actorUserId: actor.userId, entry: transitionAudit(updated, transition.event, app.state, reason) },
  ]);
  return updated;
}

/**
 * Applications (申报): filing with an idempotency key, and every step of the pre-review
 * workflow by the role whose turn it is. One transaction per use case, audit event included.
 */
export function createApplicationsService(deps: {
  audit: AuditLog;
  notifications: Pick<NotificationsService, 'notify' | 'prepareAll'>;
  db: Db;
  clock: Clock;
  calendar: () => Promise<WorkingDayCalendar>;
}) {
  const { db, clock } = deps;
  const fileInBatches = createApplicationFiler(deps);
  /** What a transition needs besides its transaction; read before the transaction opens. */
  const loadTransitionDeps = async (): Promise<TransitionDeps> => ({
    audit: deps.audit,
    notifications: deps.notifications,
    calendar: await deps.calendar(),
  });

  /** The application if the actor may see it; otherwise "not found", never "forbidden". */
  async function visible(actor: Actor, id: string): Promise<ApplicationRecord> {
    const scope = applicationPolicy.scopeOf(actor);
    const app = scope ? await repo.findApplication(db, id, scope) : undefined;
    if (!app) throw notFound('申报', 'APPLICATION_NOT_FOUND');
    return app;
  }

  /** One event on one visible application, in its own transaction (read again inside it). */
  async function transitionVisible(
    actor: Actor,
    id: string,
    command: TransitionCommand,
    transitionDeps: TransitionDeps,
  ) {
    const now = clock.now();
    return db.transaction(async (tx) => {
      const current = (await repo.findApplication(tx, id))!;
      return fireTransition(tx, transitionDeps, actor, current, command, now);
    });
  }

  return {
    visible,

    /**
     * One event on one application inside another module's transaction: how a review
     * session moves the applications of its agenda (its steps are refused to anyone else).
     */
    fireTransition,

    /** What filing would find now (policy set, eligibility, blocking problems), writing nothing. */
    async preview(actor: Actor, draft: Pick<ApplicationDraft, 'target' | 'pathway'>) {
      const person = await applicantOf(db, actor);
      const { today, choice, eligibility, problems } = await assessApplication(
        db,
        person,
        draft,
        clock.now(),
      );
      return {
        today,
        policy: {
          id: choice.policySet,
          name: POLICY_LAYERS.get(choice.policySet)?.name ?? choice.policySet,
          note: choice.note,
        },
        eligibility,
        problems,
      };
    },

    /**
     * Files an application. The same idempotency key always yields the same application, so
     * a double click or a retry after a lost response never creates a second one; `created`
     * tells the two apart. Filings arriving together are written together (group commit).
     * Files sent with the filing (checked and stored) get their rows in its transaction.
     */
    create(actor: Actor, draft: ApplicationDraft, options: CreateOptions, files: KeptFile[] = []) {
      return fileInBatches({ actor, draft, options, files });
    },

    /** One event on one application, in one transaction. */
    async transition(actor: Actor, id: string, command: TransitionCommand) {
      const app = await visible(actor, id);
      return transitionVisible(actor, app.id, command, await loadTransitionDeps());
    },

    /**
     * Bulk actions (批量操作): the ids the actor may see are found in one query (the others
     * are "not found", as one by one); then the same event on each, each in its own
     * transaction, so one refusal does not undo the others; every outcome is reported.
     */
    async transitionMany(actor: Actor, ids: string[], command: Omit<TransitionCommand, 'expectedVersion'>) {
      const scope = applicationPolicy.scopeOf(actor);
      const inScope = scope ? await repo.idsInScope(db, ids, scope) : new Set<string>();
      const transitionDeps = await loadTransitionDeps();
      const results: { id: string; ok: boolean; state?: ApplicationState; message?: string }[] = [];
      for (const id of ids) {
        try {
          if (!inScope.has(id)) throw notFound('申报', 'APPLICATION_NOT_FOUND');
          const app = await transitionVisible(actor, id, command, transitionDeps);
          results.push({ id, ok: true, state: app.state as ApplicationState });
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          results.push({ id, ok: false, message: error.message });
        }
      }
      return {
        succeeded: results.filter((r) => r.ok).length,
        failed: results.filter((r) => !r.ok).length,
        results,
      };
    },
  };
}

export type ApplicationsService = ReturnType<typeof createApplicationsService>;
