import type { Db } from '../../db/client';
import type { PendingInsert } from '../../db/insert-together';
import type { ApplicationRecord } from '../../db/schema';
import type { Actor } from '../../domain/access/actor';
import { COMMITMENT_TEXTS, type CommitmentKind } from '../../domain/applications/commitment-texts';
import { routeToCommittee } from '../../domain/applications/committee-routing';
import { targetTitle } from '../../domain/applications/target-title';
import type { WorkingDayCalendar } from '../../domain/calendar';
import type { Level } from '../../domain/catalogue';
import { AppError, notFound } from '../../domain/errors';
import { maskPersonName } from '../../domain/identifiers';
import { parameterValue } from '../../domain/policy/parameter-values';
import {
  type ActingOrganisation,
  type AfterDecisionKind,
  type ApplicationEffect,
  type BeforeDecisionKind,
  type EffectKind,
  type EffectOf,
  isBeforeDecision,
  NEXT_ACTORS,
  PUBLICITIES,
  type PublicityKind,
} from '../../domain/workflow/application-effects';
import type { ApplicationState } from '../../domain/workflow/application-states';
import { sm3Hex } from '../../platform/crypto';
import { findCommittee, listCommittees } from '../committees';
import { cancelDeadlines, type NewDeadline, scheduleDeadline } from '../deadlines';
import { resolvedPolicy } from '../eligibility';
import type { Notice, NotificationsService, Recipient } from '../notifications';
import { competentHrBureau } from '../organisations';
import { insertNotice } from '../publicity';
import { applicantNotice, pendingWorkNotice, withdrawnNotice } from './application-notices';
import type { TransitionCommand } from './application-transition';
import * as repo from './applications.repository';

/**
 * The interpreter of the workflow's effects (domain/workflow/application-effects.ts): one case
 * per kind of effect, each turning a descriptor into the columns to store with the new state
 * and the writes to make. It plans and does not write, so that a single step writes its plan
 * at once (`writePlanned`) and filing in batches writes the plans of many submissions as one
 * multi-row insert per kind (`batchedWrites`) — the same effects, planned by the same cases.
 */

/** What an effect run before the decision may read: the step asked for, inside its transaction. */
interface DecisionContext {
  tx: Db;
  app: ApplicationRecord;
  command: TransitionCommand;
  today: string;
  /**
   * Judges a resubmitted application's eligibility again. Given by the applications service,
   * which owns the reads of other modules (profile, employer, integrity archive) it needs.
   */
  reassessEligibility: (tx: Db, app: ApplicationRecord) => Promise<Partial<ApplicationRecord>>;
}

/** What an effect of a decided step may read. */
interface EffectContext {
  tx: Db;
  /** The application as the step found it, with what the effects before the decision set. */
  app: ApplicationRecord;
  actor: Actor;
  to: ApplicationState;
  reason: string | null;
  personName: string;
  employerName: string;
  today: string;
  now: Date;
  /** Null where none was loaded (filing in batches): only a publicity needs it. */
  calendar: WorkingDayCalendar | null;
}

/** The row recording a commitment signed now: which text (version and SM3), by whom, when. */
function commitmentRow(applicationId: string, kind: CommitmentKind, actor: Actor, at: Date) {
  const text = COMMITMENT_TEXTS[kind];
  return {
    applicationId,
    kind,
    textVersion: text.version,
    textSm3: sm3Hex(text.text),
    signedBy: actor.userId,
    organisationId: kind === 'unit' ? actor.organisationId : null,
    signedAt: at,
  };
}

/** A write an effect asks for; made one by one for a step, or grouped by kind for a batch. */
type PlannedWrite =
  | { write: 'commitment'; row: ReturnType<typeof commitmentRow> }
  | { write: 'publicity'; notice: Parameters<typeof insertNotice>[1]; deadline: NewDeadline }
  | { write: 'cancel-deadlines'; subjectId: string; at: Date }
  | { write: 'notice'; recipients: Recipient[]; notice: Notice };

export interface EffectPlan {
  /** Stored with the new state. */
  columns: Partial<ApplicationRecord>;
  /** In the order the effects are declared. */
  writes: PlannedWrite[];
}

type Planned = Partial<EffectPlan>;
type Interpreters<K extends EffectKind, C> = {
  [P in K]: (ctx: C, effect: EffectOf<P>) => Promise<Planned>;
};

/**
 * The committee an HR bureau sends the application to: the one it names, if its registered
 * scope covers the application (or, entrusted review, any active committee of the series and
 * level, with HR's reason recorded); otherwise the first the routing rules give.
 */
async function chosenCommittee(tx: Db, app: ApplicationRecord, command: TransitionCommand, today: string) {
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

/** The organisation playing a part for this application, if it has one. */
async function organisationOf(tx: Db, app: ApplicationRecord, part: ActingOrganisation) {
  switch (part) {
    case 'employer':
      return app.employerId;
    case 'dispatch-agency':
      return app.dispatchAgencyId;
    case 'department':
      return app.departmentId;
    case 'competent-hr-bureau':
      return (await competentHrBureau(tx, app.jurisdictionCode))?.id ?? null;
    case 'committee-office':
      return (await repo.committeeOfficeOf(tx, app.committeeId))?.officeId ?? null;
  }
}

/** Where each publicity's last day is kept: the guards of the steps after it compare it with today. */
const ENDS_ON = {
  unit: 'unitPublicityEndsOn',
  dispatch: 'dispatchPublicityEndsOn',
  result: 'resultPublicityEndsOn',
} as const satisfies Record<PublicityKind, keyof ApplicationRecord>;

const BEFORE_DECISION: Interpreters<BeforeDecisionKind, DecisionContext> = {
  async 'route-to-committee'({ tx, app, command, today }) {
    const { committee, entrusted } = await chosenCommittee(tx, app, command, today);
    if (entrusted && !(command.reason && command.reason.trim().length >= 2))
      throw new AppError('unprocessable', 'ENTRUSTED_REASON_REQUIRED', '委托评审须写明经批准的理由', [
        { path: 'reason', message: '须写明理由' },
      ]);
    return { columns: { committeeId: committee?.id ?? null, entrusted } };
  },

  async 'reassess-eligibility'({ tx, app, reassessEligibility }) {
    return { columns: await reassessEligibility(tx, app) };
  },
};

const AFTER_DECISION: Interpreters<AfterDecisionKind, EffectContext> = {
  async 'sign-commitment'({ app, actor, now }, { commitment }) {
    return { writes: [{ write: 'commitment', row: commitmentRow(app.id, commitment, actor, now) }] };
  },

  async 'record-submission-time'({ now }) {
    return { columns: { submittedAt: now } };
  },

  /**
   * A publicity of N working days from today (DOMAIN §12): the public notice, and the deadline
   * the sweeper handles when it ends. Without its publisher (no agency, no committee) none starts.
   */
  async 'start-publicity'(ctx, { publicity }) {
    const { tx, app, today, now } = ctx;
    const { publisher, workdaysParameter } = PUBLICITIES[publicity];
    const organisationId = await organisationOf(tx, app, publisher);
    if (!organisationId) return {};
    if (!ctx.calendar) throw new Error(`a ${publicity} publicity needs the working-day calendar`);
    const workdays = parameterValue(resolvedPolicy(app.policySet, today), workdaysParameter);
    const endsOn = ctx.calendar.addWorkingDays(today, workdays);
    const notice = {
      applicationId: app.id,
      kind: publicity,
      organisationId,
      maskedName: maskPersonName(ctx.personName),
      unitName: ctx.employerName,
      targetTitle: targetTitle(app),
      startsOn: today,
      endsOn,
      createdAt: now,
    };
    const deadline: NewDeadline = {
      kind: `${publicity}-publicity-end`,
      dueOn: endsOn,
      subjectId: app.id,
      data: { number: app.number },
      createdAt: now,
    };
    return { columns: { [ENDS_ON[publicity]]: endsOn }, writes: [{ write: 'publicity', notice, deadline }] };
  },

  async 'cancel-deadlines'({ app, now }) {
    return { writes: [{ write: 'cancel-deadlines', subjectId: app.id, at: now }] };
  },

  async 'record-reason'({ reason }) {
    return { columns: { lastReason: reason } };
  },

  async 'mark-committee-return'() {
    return { columns: { returnedByCommittee: true } };
  },

  async 'notify-applicant'({ app, to, reason }, { sms }) {
    const notice = applicantNotice(app, to, reason, sms);
    return { writes: [{ write: 'notice', recipients: [{ personId: app.personId }], notice }] };
  },

  async 'notify-next-actors'({ tx, app, to, personName }) {
    const rule = NEXT_ACTORS[to];
    const organisationId = rule ? await organisationOf(tx, app, rule.organisation) : null;
    if (!rule || !organisationId) return {};
    const recipients = [{ organisationId, role: rule.role }];
    return { writes: [{ write: 'notice', recipients, notice: pendingWorkNotice(app, personName, to) }] };
  },

  async 'notify-employer-withdrawn'({ app, personName }) {
    const recipients = [{ organisationId: app.employerId, role: 'employer' as const }];
    return { writes: [{ write: 'notice', recipients, notice: withdrawnNotice(app, personName) }] };
  },
};

/** Every kind's case, by when it runs (the effects test asks that none is missing). */
export const EFFECT_INTERPRETERS = {
  'before-decision': BEFORE_DECISION,
  'after-decision': AFTER_DECISION,
} as const;

async function plan<K extends EffectKind, C>(
  cases: Interpreters<K, C>,
  ctx: C,
  effects: readonly EffectOf<K>[],
): Promise<EffectPlan> {
  const planned: EffectPlan = { columns: {}, writes: [] };
  for (const effect of effects) {
    // The table is keyed by kind, so the case found takes this very descriptor.
    const run = cases[effect.kind as K] as (ctx: C, effect: EffectOf<K>) => Promise<Planned>;
    const { columns, writes } = await run(ctx, effect);
    Object.assign(planned.columns, columns);
    planned.writes.push(...(writes ?? []));
  }
  return planned;
}

/** Runs the effects that come before the decision; what they find is part of the facts. */
export async function planBeforeDecision(
  ctx: DecisionContext,
  effects: readonly EffectOf<BeforeDecisionKind>[],
): Promise<Partial<ApplicationRecord>> {
  return (await plan(BEFORE_DECISION, ctx, effects)).columns;
}

/** Plans a decided transition's effects (those before the decision have run already). */
export function planEffects(ctx: EffectContext, effects: readonly ApplicationEffect[]): Promise<EffectPlan> {
  const decided = effects.filter((e): e is EffectOf<AfterDecisionKind> => !isBeforeDecision(e));
  return plan(AFTER_DECISION, ctx, decided);
}

/** Makes one step's planned writes, in order, in its transaction. */
export async function writePlanned(
  tx: Db,
  notifications: Pick<NotificationsService, 'notify'>,
  writes: readonly PlannedWrite[],
) {
  for (const planned of writes) {
    switch (planned.write) {
      case 'commitment':
        await repo.insertCommitments(tx, [planned.row]);
        break;
      case 'publicity':
        await insertNotice(tx, planned.notice);
        await scheduleDeadline(tx, planned.deadline);
        break;
      case 'cancel-deadlines':
        await cancelDeadlines(tx, planned.subjectId, planned.at);
        break;
      case 'notice':
        await notifications.notify(tx, planned.recipients, planned.notice);
        break;
    }
  }
}

/**
 * The planned writes of many steps as inserts not yet run, one per kind (see insertTogether):
 * how filing in batches writes what its submissions bring. Filing starts no publicity and
 * cancels nothing; a plan asking for that is a workflow the batch was not built for.
 */
export async function batchedWrites(
  tx: Db,
  notifications: Pick<NotificationsService, 'prepareAll'>,
  writes: readonly PlannedWrite[],
): Promise<PendingInsert[]> {
  const commitments: ReturnType<typeof commitmentRow>[] = [];
  const notices: { recipients: Recipient[]; notice: Notice }[] = [];
  for (const planned of writes) {
    if (planned.write === 'commitment') commitments.push(planned.row);
    else if (planned.write === 'notice') notices.push(planned);
    else throw new Error(`filing in batches cannot write a ${planned.write}`);
  }
  return [repo.commitmentsInsert(tx, commitments), ...(await notifications.prepareAll(tx, notices))];
}
