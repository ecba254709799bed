import type { Db } from '../../db/client';
import type { ReviewSessionRecord } from '../../db/schema';
import type { Actor } from '../../domain/access/actor';
import { presentAll } from '../../domain/access/record-policy';
import { todayInShanghai, type WorkingDayCalendar } from '../../domain/calendar';
import type { Level } from '../../domain/catalogue';
import { AppError, invalidInput } from '../../domain/errors';
import { parameterValue } from '../../domain/policy/parameter-values';
import { committeeMaySit, panelSizeProblems, sessionDateProblems } from '../../domain/review/committee-rules';
import { citeSuffix } from '../../domain/review/review-citations';
import { SESSION_STATES, type SessionState } from '../../domain/review/session-states';
import { capBonusApplies } from '../../domain/review/session-steps';
import {
  sessionDeadlineFor,
  throughTrainAgendaProblem,
  throughTrainCitation,
  throughTrainClauses,
} from '../../domain/review/through-train';
import type { Clock } from '../../platform/clock';
import type { FieldCipher } from '../../platform/crypto';
import type { ApplicationsService } from '../applications';
import type { AuditLog } from '../audit';
import { findCommittee, listCommittees } from '../committees';
import { resolvedPolicy } from '../eligibility';
import type { NotificationsService } from '../notifications';
import { policyForPlace } from '../policy';
import { groupOfSpecialty } from './draw-inputs';
import { renderEvaluationForm } from './evaluation-form-pdf';
import { type SessionAccessRecord, sessionAccess, sessionPolicy } from './review.policy';
import * as repo from './review.repository';
import { advanceSession } from './session-advance';
import { loadManagedSession, loadSession } from './session-context';
import { sessionDetail } from './session-view';

export interface ReviewDeps {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  notifications: Pick<NotificationsService, 'notify'>;
  calendar: () => Promise<WorkingDayCalendar>;
  /** Seals ballots under a key of the voting round (see ballot-box.ts). */
  cipher: FieldCipher;
  /** Moves the applications of the agenda through their workflow, in the session's transaction. */
  applications: Pick<ApplicationsService, 'fireTransition'>;
}

/** What an application's transition needs besides its transaction (see ApplicationsService). */
export type WorkflowDeps = Parameters<ApplicationsService['fireTransition']>[1];

export interface Stratum {
  group: string;
  seats: number;
  alternates: number;
  /** The green channel's 3 senior experts (2025-draft 9) vote only on green-channel applications. */
  greenChannel?: boolean;
}

export interface NewSession {
  committeeId: string;
  name: string;
  heldOn: string;
  place: string;
  strata: Stratum[];
  /** 民营企业直通车专场: only through-train applications, any day of the year, several a year. */
  throughTrain?: boolean;
}

const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

/**
 * Review sessions as the committee office runs them: create (by the end of November — a
 * through-train session any day of the year — never across years, only by a committee within
 * its approval and validity), put accepted applications on the agenda grouped by specialty,
 * and read the console.
 */
export function createReviewSessionsService(deps: ReviewDeps) {
  const { db, clock, audit } = deps;

  return {
    async list(actor: Actor) {
      const committees = (await listCommittees(db)).filter(sessionPolicy.scopeOf(actor));
      const byId = new Map(committees.map((c) => [c.id, c]));
      const sessions = await repo.sessionsOfCommittees(db, [...byId.keys()]);
      const agendas = await repo.agendaPoliciesOf(
        db,
        sessions.map((s) => s.id),
      );
      const records: (SessionAccessRecord & { session: ReviewSessionRecord })[] = sessions.map((session) => ({
        session,
        status: session.status,
        committee: byId.get(session.committeeId)!,
        capAdjustable: capBonusApplies(agendas.filter((a) => a.sessionId === session.id)),
      }));
      return presentAll(sessionPolicy, actor, records, ({ session }: (typeof records)[number]) => ({
        id: session.id,
        name: session.name,
        committeeId: session.committeeId,
        committeeName: byId.get(session.committeeId)!.name,
        year: session.year,
        heldOn: session.heldOn,
        place: session.place,
        status: session.status,
        statusName: SESSION_STATES[session.status as SessionState] ?? session.status,
        seats: session.strata.reduce((n, g) => n + g.seats, 0),
        throughTrain: session.throughTrain,
      }));
    },

    async get(actor: Actor, id: string) {
      return sessionDetail(db, await loadSession(db, actor, id));
    },

    /** The 评定表 in three copies, once the results are fixed. */
    async evaluationForm(actor: Actor, id: string, applicationId: string) {
      return renderEvaluationForm(db, await loadSession(db, actor, id), applicationId);
    },

    async create(actor: Actor, input: NewSession) {
      const committee = await findCommittee(db, input.committeeId);
      if (!committee || sessionAccess(actor, committee) === null)
        throw new AppError('not-found', 'COMMITTEE_NOT_FOUND', '评委会不存在');
      if (sessionAccess(actor, committee) !== 'manage')
        throw new AppError('forbidden', 'SESSION_READ_ONLY', '只有该评委会办事机构可以组织评审会议');
      const year = Number(input.heldOn.slice(0, 4));
      const rules = policyForPlace(committee.regionCode, input.heldOn);
      const topLevel = (['senior', 'associate-senior', 'intermediate', 'assistant', 'entry'] as Level[]).find(
        (l) => committee.levels.includes(l),
      )!;
      const members = input.strata
        .filter((stratum) => !stratum.greenChannel)
        .reduce((n, stratum) => n + stratum.seats, 0);
      const throughTrain = input.throughTrain ?? false;
      const problems = [
        ...committeeMaySit(committee, { date: input.heldOn, series: committee.series, level: topLevel }).map(
          (message) => ({ path: 'committeeId', message }),
        ),
        ...sessionDateProblems(
          input.heldOn,
          year,
          sessionDeadlineFor(throughTrain, parameterValue(rules, 'review.sessionDeadline')),
        ).map((message) => ({ path: 'heldOn', message })),
        ...panelSizeProblems(topLevel, committee.organisedBy as 'series' | 'specialty', members, {
          bySeries: parameterValue(rules, 'committee.seniorMinBySeries'),
          bySpecialty: parameterValue(rules, 'committee.seniorMinBySpecialty'),
        }).map((message) => ({ path: 'strata', message })),
      ];
      const groups = new Set<string>();
      input.strata.forEach((stratum, i) => {
        const key = `${stratum.greenChannel ? 'green:' : ''}${stratum.group}`;
        if (groups.has(key)) problems.push({ path: `strata.${i}.group`, message: '专业组重复' });
        groups.add(key);
        if (stratum.greenChannel && stratum.seats !== 3)
          problems.push({
            path: `strata.${i}.seats`,
            message: '绿色通道须由3名正高级专家评议（2025-draft 9）',
          });
        // A through-train session reviews through-train applications only, so a green-channel group would never sit.
        if (stratum.greenChannel && throughTrain)
          problems.push({
            path: `strata.${i}.greenChannel`,
            message: `直通车专场单独评价民营企业直通车申报，不设绿色通道专家组${citeSuffix(
              throughTrainClauses(throughTrainCitation(rules.pathways)),
            )}`,
          });
      });
      if (problems.length > 0) throw invalidInput(problems, 'SESSION_INVALID');
      const now = clock.now();
      return db.transaction(async (tx) => {
        const session = await repo.insertSession(tx, {
          committeeId: committee.id,
          year,
          name: input.name,
          heldOn: input.heldOn,
          place: input.place,
          status: 'planned',
          strata: input.strata,
          throughTrain,
          lookBackYears: parameterValue(rules, 'recusal.lookBackYears'),
          createdBy: actor.userId,
          createdAt: now,
        });
        await audit.record(tx, actor.userId, {
          action: 'session.created',
          entityType: 'review-session',
          entityId: session.id,
          data: { committeeId: committee.id, heldOn: input.heldOn, strata: input.strata, throughTrain },
        });
        return { id: session.id };
      });
    },

    /**
     * Puts accepted applications of this committee and year on the agenda, each in its
     * specialty group under an anonymous code, and moves them into review.
     */
    async addToAgenda(actor: Actor, id: string, applicationIds: string[]) {
      const { session, committee } = await loadManagedSession(db, actor, id, 'agenda');
      const calendar = await deps.calendar();
      const now = clock.now();
      const unique = [...new Set(applicationIds)];
      const apps = await repo.applicationsByIds(db, unique);
      const byId = new Map(apps.map((a) => [a.id, a]));
      const strataGroups = new Set(session.strata.map((stratum) => stratum.group));
      const problems = unique.flatMap((appId, i) => {
        const app = byId.get(appId);
        const path = `applicationIds.${i}`;
        if (!app || app.committeeId !== committee.id) return [{ path, message: '不是本评委会受理的申报' }];
        if (app.state !== 'accepted') return [{ path, message: `申报${app.number}尚未受理或已在评审中` }];
        const policy = resolvedPolicy(app.policySet, session.heldOn);
        // 单独评价: through-train applications in their own sessions only, cited from the applicant's own document.
        const separate = throughTrainAgendaProblem(
          { number: app.number, throughTrain: app.pathway === 'through-train' },
          session.throughTrain,
          throughTrainCitation(policy.pathways),
        );
        if (separate) return [{ path, message: separate }];
        // The applicant's own policy set says by when its year's review must be held (anshan-2023 九:
        // 11月底前); a through-train session only keeps to the year (随时申报、一年多评).
        const late = sessionDateProblems(
          session.heldOn,
          app.year,
          sessionDeadlineFor(session.throughTrain, parameterValue(policy, 'review.sessionDeadline')),
        );
        if (late.length > 0)
          return late.map((message) => ({ path, message: `申报${app.number}：${message}` }));
        const group = groupOfSpecialty(committee, app.specialty);
        if (!strataGroups.has(group))
          return [{ path, message: `会议未设置“${group}”专业组，不能评审申报${app.number}` }];
        return [];
      });
      if (unique.length === 0) problems.push({ path: 'applicationIds', message: '请选择申报' });
      if (problems.length > 0) throw invalidInput(problems, 'AGENDA_INVALID');
      return db.transaction(async (tx) => {
        // The agenda is an input of the draw: moving the version on refuses a seed published from an older one.
        await advanceSession(tx, actor, session, 'agenda', {});
        const existing = await repo.agendaOf(tx, session.id);
        const used = existing.length;
        const groupIndex = [...strataGroups];
        const rows = unique.map((appId, i) => {
          const app = byId.get(appId)!;
          const group = groupOfSpecialty(committee, app.specialty);
          const letter = LETTERS[groupIndex.indexOf(group) % LETTERS.length];
          return {
            sessionId: session.id,
            applicationId: app.id,
            group,
            code: `${letter}${String(used + i + 1).padStart(3, '0')}`,
            position: used + i + 1,
            greenChannel: app.pathway === 'green-channel',
          };
        });
        await repo.insertAgenda(tx, rows);
        for (const app of unique.map((a) => byId.get(a)!))
          await deps.applications.fireTransition(
            tx,
            { audit, notifications: deps.notifications, calendar },
            actor,
            app,
            { event: 'schedule' },
            now,
            { session: {} },
          );
        await audit.record(tx, actor.userId, {
          action: 'session.agenda-added',
          entityType: 'review-session',
          entityId: session.id,
          data: { applications: rows.map((r) => ({ applicationId: r.applicationId, code: r.code })) },
        });
        return { added: rows.length };
      });
    },

    /** The minutes (会议纪要) and per-application deliberation notes, until the results are fixed. */
    async record(
      actor: Actor,
      id: string,
      input: { minutes?: string; notes?: { applicationId: string; note: string }[] },
    ) {
      const { session } = await loadManagedSession(db, actor, id, 'minutes');
      return db.transaction(async (tx) => {
        await advanceSession(tx, actor, session, 'minutes', {
          ...(input.minutes !== undefined ? { minutes: input.minutes } : {}),
        });
        for (const n of input.notes ?? []) {
          const rows = await repo.updateAgendaItem(tx, session.id, n.applicationId, {
            deliberationNote: n.note,
          });
          if (rows.length === 0) throw invalidInput([{ path: 'notes', message: '申报不在本次会议议程中' }]);
        }
        await audit.record(tx, actor.userId, {
          action: 'session.minutes-recorded',
          entityType: 'review-session',
          entityId: session.id,
          data: { notes: (input.notes ?? []).length, minutes: input.minutes !== undefined },
        });
        return { ok: true as const };
      });
    },

    /** 答辩 scheduling: when and where an applicant defends, told to the applicant. */
    async scheduleDefence(
      actor: Actor,
      id: string,
      input: { applicationId: string; at: string; place: string },
    ) {
      const { session } = await loadManagedSession(db, actor, id, 'schedule-defence');
      const at = new Date(input.at);
      if (Number.isNaN(at.getTime())) throw invalidInput([{ path: 'at', message: '答辩时间格式不正确' }]);
      if (todayInShanghai(at) > session.heldOn)
        throw invalidInput([{ path: 'at', message: `答辩须在会议（${session.heldOn}）之前或当天` }]);
      return db.transaction(async (tx) => {
        await advanceSession(tx, actor, session, 'schedule-defence');
        const [item] = await repo.updateAgendaItem(tx, session.id, input.applicationId, {
          defenceAt: at,
          defencePlace: input.place,
        });
        if (!item) throw invalidInput([{ path: 'applicationId', message: '申报不在本次会议议程中' }]);
        const [app] = await repo.applicationsByIds(tx, [input.applicationId]);
        await deps.notifications.notify(tx, [{ personId: app!.personId }], {
          title: '答辩安排',
          body: `您的申报（${app!.number}）答辩时间：${at.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}，地点：${input.place}`,
          link: `/applications/${app!.id}`,
          sms: true,
        });
        await audit.record(tx, actor.userId, {
          action: 'session.defence-scheduled',
          entityType: 'review-session',
          entityId: session.id,
          data: { applicationId: input.applicationId, at: at.toISOString(), place: input.place },
        });
        return { applicationId: input.applicationId, defenceAt: at.toISOString(), defencePlace: input.place };
      });
    },
  };
}

export type ReviewSessionsService = ReturnType<typeof createReviewSessionsService>;
