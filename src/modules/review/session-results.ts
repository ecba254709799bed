import type { Db } from '../../db/client';
import type { ApplicationRecord, ReviewSessionRecord } from '../../db/schema';
import type { Actor } from '../../domain/access/actor';
import { todayInShanghai } from '../../domain/calendar';
import { canonicalJson } from '../../domain/canonical-json';
import { type Level, levelName } from '../../domain/catalogue';
import { invalidInput } from '../../domain/errors';
import type { Pathway } from '../../domain/policy';
import { PATHWAY_NAMES } from '../../domain/policy/names';
import { passRateCapKey } from '../../domain/policy/parameter-registry';
import { optionalParameter, parameterValue } from '../../domain/policy/parameter-values';
import { combinedCapRate, JILIN_COMBINED_BONUSES } from '../../domain/review/pass-rate';
import { assertSessionAllows } from '../../domain/review/session-steps';
import { shareOfRatio } from '../../domain/review/share';
import { type TallyCandidate, tallySession } from '../../domain/review/vote-tally';
import { sm3Hex } from '../../platform/crypto';
import { issueCertificates } from '../certificates';
import { scheduleDeadline } from '../deadlines';
import { resolvedPolicy } from '../eligibility';
import { policyForPlace } from '../policy';
import { proposeFromConferredTitles, settleTitleDueDates } from '../posts';
import * as repo from './review.repository';
import type { ReviewDeps, WorkflowDeps } from './review-sessions.service';
import { advanceSession } from './session-advance';
import { loadManagedSession, loadSession } from './session-context';

interface StoredEffects {
  effects?: { passRateCap?: number | null; separateEvaluation?: boolean; directRecognition?: boolean };
}

/**
 * The pass-rate group of an application: its specialty group and level, and — for a pathway
 * evaluated separately with its own cap (e.g. Jilin's rural teachers, 100% / 60%) — the pathway.
 */
function capGroupOf(group: string, app: ApplicationRecord): { key: string; rate: number | null } {
  const effects = (app.eligibility as StoredEffects).effects ?? {};
  const separate = effects.separateEvaluation || effects.directRecognition;
  const parts = [group, levelName(app.level as Level)];
  if (separate) parts.push(PATHWAY_NAMES[app.pathway as Pathway] ?? app.pathway);
  return { key: parts.join('·'), rate: effects.passRateCap ?? null };
}

/** Tallies a closed session from the counters: who may vote on each item, and the caps. */
async function tallyOf(db: Db, session: ReviewSessionRecord, regionCode: string) {
  const [agenda, seats, recusals, tallies] = await Promise.all([
    repo.agendaOf(db, session.id),
    repo.seatsOf(db, session.id),
    repo.recusalsOf(db, session.id),
    repo.talliesOf(db, session.id),
  ]);
  const rules = policyForPlace(regionCode, session.heldOn);
  const countOf = new Map(tallies.map((t) => [t.applicationId, t]));
  const caps = new Map<
    string,
    { rate: number | null; citation: { document: string; clause: string } | null }
  >();
  const candidates: TallyCandidate[] = agenda.map(({ item, application }) => {
    const recused = new Set(
      recusals.filter((r) => r.applicationId === application.id).map((r) => r.expertId),
    );
    const attending = seats.filter(
      ({ seat }) =>
        seat.attendance === 'present' &&
        seat.greenChannel === item.greenChannel &&
        !recused.has(seat.expertId),
    ).length;
    const cap = capGroupOf(item.group, application);
    const policy = resolvedPolicy(application.policySet, session.heldOn);
    // The clause behind the cap: 评聘分开 (passRate.cap.*) or 评聘结合 (passRate.combinedCap.*).
    const level = application.level as Level;
    const citation =
      [false, true]
        .flatMap((combined) => [
          passRateCapKey(combined, level, application.series),
          passRateCapKey(combined, level),
        ])
        .map((key) => optionalParameter(policy, key))
        .find((p) => p?.value === cap.rate)?.citation ?? null;
    const known = caps.get(cap.key);
    // Within one group the strictest cap applies, so the group can never exceed any member's.
    if (!known || (cap.rate !== null && (known.rate === null || cap.rate < known.rate)))
      caps.set(cap.key, { rate: cap.rate, citation });
    const t = countOf.get(application.id);
    return {
      applicationId: application.id,
      capGroup: cap.key,
      counts: { agree: t?.agree ?? 0, disagree: t?.disagree ?? 0, abstain: t?.abstain ?? 0 },
      attending,
      greenChannel: item.greenChannel,
    };
  });
  // 评聘结合 bonuses the office applied (checked when set): the group's cap rises by the points.
  for (const adjustment of session.capAdjustments) {
    const cap = caps.get(adjustment.capGroup);
    const bonus = JILIN_COMBINED_BONUSES.find((b) => b.id === adjustment.bonusId);
    if (!cap || cap.rate === null || !bonus) continue;
    caps.set(adjustment.capGroup, {
      rate: combinedCapRate(cap.rate, adjustment.points, bonus.range),
      citation: bonus.citation,
    });
  }
  const outcome = tallySession(candidates, {
    passShare: shareOfRatio(parameterValue(rules, 'vote.passShare')),
    caps: [...caps].map(([capGroup, c]) => ({ capGroup, rate: c.rate, citation: c.citation })),
  });
  return { ...outcome, agenda };
}

/**
 * Results: the preview before they are fixed, fixing them (immutable, their digest sealed in
 * the audit chain, the result publicity started), filing within 20 working days, and the
 * announcement that confers the titles.
 */
export function createSessionResults(deps: ReviewDeps) {
  const { db, clock, audit } = deps;
  const { fireTransition } = deps.applications;
  /** Read before the transaction opens: the embedded database has one connection. */
  const workflowDeps = async (): Promise<WorkflowDeps> => ({
    audit,
    notifications: deps.notifications,
    calendar: await deps.calendar(),
  });

  /**
   * What a step that moves the session's applications on together (filing, the announcement)
   * reads before its transaction: the workflow, the instant and its day, and the applications
   * now in `state`.
   */
  async function moveOnReads(sessionId: string, state: ApplicationRecord['state']) {
    const workflow = await workflowDeps();
    const now = clock.now();
    const agenda = await repo.agendaOf(db, sessionId);
    const apps = agenda.map((a) => a.application).filter((a) => a.state === state);
    return { workflow, now, today: todayInShanghai(now), apps };
  }

  return {
    /**
     * 评聘结合 bonuses (jilin-2022 一(二)4): a Jilin university reviewing its senior titles within
     * its post structure may raise a group's pass ratio by the points its kind allows.
     */
    async setCapAdjustments(
      actor: Actor,
      id: string,
      adjustments: { capGroup: string; bonusId: string; points: number }[],
    ) {
      const { session } = await loadManagedSession(db, actor, id, 'cap-adjustments');
      const agenda = await repo.agendaOf(db, session.id);
      const groups = new Map<string, { rate: number | null; apps: ApplicationRecord[] }>();
      for (const { item, application } of agenda) {
        const cap = capGroupOf(item.group, application);
        const known = groups.get(cap.key) ?? { rate: cap.rate, apps: [] };
        known.apps.push(application);
        groups.set(cap.key, known);
      }
      const seen = new Set<string>();
      const problems = adjustments.flatMap((a, i) => {
        const path = `adjustments.${i}`;
        const bonus = JILIN_COMBINED_BONUSES.find((b) => b.id === a.bonusId);
        const group = groups.get(a.capGroup);
        if (seen.has(a.capGroup)) return [{ path, message: '同一通过率控制组只能设置一项加成' }];
        seen.add(a.capGroup);
        if (!bonus) return [{ path: `${path}.bonusId`, message: '加成类型不正确' }];
        if (!group) return [{ path: `${path}.capGroup`, message: '本次会议没有这一通过率控制组' }];
        const applies = group.apps.every(
          (app) =>
            app.policySet === bonus.citation.document &&
            app.series === 'higher-education-teacher' &&
            bonus.levels.includes(app.level as Level),
        );
        if (!applies || group.rate === null)
          return [
            {
              path,
              message: `${bonus.name}的加成仅适用于吉林省实行评聘结合的高等学校高级职称评审（jilin-2022 一(二)4）`,
            },
          ];
        try {
          combinedCapRate(group.rate, a.points, bonus.range);
          return [];
        } catch (error) {
          return [
            { path: `${path}.points`, message: error instanceof Error ? error.message : String(error) },
          ];
        }
      });
      if (problems.length > 0) throw invalidInput(problems, 'CAP_ADJUSTMENT_INVALID');
      return db.transaction(async (tx) => {
        await advanceSession(tx, actor, session, 'cap-adjustments', { capAdjustments: adjustments });
        await audit.record(tx, actor.userId, {
          action: 'session.cap-adjusted',
          entityType: 'review-session',
          entityId: session.id,
          data: { adjustments },
        });
        return { adjustments };
      });
    },

    /** What fixing would decide now, without storing anything. */
    async preview(actor: Actor, id: string) {
      const { session, committee } = await loadSession(db, actor, id);
      assertSessionAllows(session.status, 'preview');
      const { outcomes, groups, agenda } = await tallyOf(db, session, committee.regionCode);
      const codeOf = new Map(agenda.map((a) => [a.item.applicationId, a]));
      return {
        outcomes: outcomes.map((o) => ({
          ...o,
          code: codeOf.get(o.applicationId)?.item.code ?? '',
          number: codeOf.get(o.applicationId)?.application.number ?? '',
          personName: codeOf.get(o.applicationId)?.personName ?? '',
        })),
        groups,
      };
    },

    async fixResults(actor: Actor, id: string) {
      const { session, committee } = await loadManagedSession(db, actor, id, 'fix-results');
      const { outcomes, agenda } = await tallyOf(db, session, committee.regionCode);
      const appOf = new Map(agenda.map((a) => [a.application.id, a.application]));
      const workflow = await workflowDeps();
      const now = clock.now();
      const today = todayInShanghai(now);
      const rules = policyForPlace(committee.regionCode, today);
      const rows = outcomes.map((o) => ({
        sessionId: session.id,
        applicationId: o.applicationId,
        capGroup: o.capGroup,
        attending: o.attending,
        required: o.required,
        agree: o.counts.agree,
        disagree: o.counts.disagree,
        abstain: o.counts.abstain,
        rank: o.rank,
        outcome: o.outcome,
        passed: o.passed,
        reason: o.reason,
        citation: o.citation,
        fixedAt: now,
      }));
      const digest = resultsDigest(rows);
      const publicityEndsOn = workflow.calendar.addWorkingDays(
        today,
        parameterValue(rules, 'publicity.resultWorkdays'),
      );
      const filingDueOn = workflow.calendar.addWorkingDays(
        today,
        parameterValue(rules, 'review.filingWorkdays'),
      );
      return db.transaction(async (tx) => {
        await advanceSession(tx, actor, session, 'fix-results', {
          resultsFixedAt: now,
          resultsDigest: digest,
          resultPublicityEndsOn: publicityEndsOn,
          filingDueOn,
        });
        await repo.insertResults(tx, rows);
        await scheduleDeadline(tx, {
          kind: 'session-filing-due',
          dueOn: filingDueOn,
          subjectId: session.id,
          data: { name: session.name },
          createdAt: now,
        });
        await audit.record(tx, actor.userId, {
          action: 'session.results-fixed',
          entityType: 'review-session',
          entityId: session.id,
          data: {
            digest,
            results: rows.map((r) => [
              r.applicationId,
              r.outcome,
              r.agree,
              r.disagree,
              r.abstain,
              r.required,
            ]),
          },
        });
        for (const o of outcomes)
          await fireTransition(
            tx,
            workflow,
            actor,
            appOf.get(o.applicationId)!,
            { event: o.passed ? 'pass' : 'fail' },
            now,
            { session: { reviewOutcome: o.passed ? 'passed' : 'failed' } },
          );
        return {
          digest,
          passed: rows.filter((r) => r.passed).length,
          failed: rows.filter((r) => !r.passed).length,
          publicityEndsOn,
          filingDueOn,
        };
      });
    },

    /** 报送备案: after the result publicity, with every objection handled. */
    async file(actor: Actor, id: string) {
      const { session } = await loadManagedSession(db, actor, id, 'file');
      const { workflow, now, today, apps } = await moveOnReads(session.id, 'result-publicity');
      return db.transaction(async (tx) => {
        const filed = await advanceSession(tx, actor, session, 'file', {
          filedOn: today,
          filingOverdue:
            session.filingOverdue || (session.filingDueOn !== null && today > session.filingDueOn),
        });
        for (const app of apps)
          await fireTransition(tx, workflow, actor, app, { event: 'file' }, now, { session: {} });
        await audit.record(tx, actor.userId, {
          action: 'session.filed',
          entityType: 'review-session',
          entityId: session.id,
          data: { filedOn: today, dueOn: session.filingDueOn, applications: apps.length },
        });
        return { filedOn: today, applications: apps.length, overdue: filed.filingOverdue };
      });
    },

    /** 发文公布: the announcement number confers the titles of every filed application. */
    async announce(actor: Actor, id: string, input: { announcementNumber: string }) {
      const { session, committee } = await loadManagedSession(db, actor, id, 'announce');
      const number = input.announcementNumber.trim();
      if (number.length < 4)
        throw invalidInput([
          { path: 'announcementNumber', message: '须填写发文文号，如“辽人社〔2026〕88号”' },
        ]);
      const { workflow, now, today, apps } = await moveOnReads(session.id, 'filed');
      return db.transaction(async (tx) => {
        await advanceSession(tx, actor, session, 'announce', {
          announcementNumber: number,
          announcedOn: today,
        });
        for (const app of apps)
          await fireTransition(tx, workflow, actor, app, { event: 'announce' }, now, {
            session: { announcementNumber: number },
          });
        // Every title conferred becomes an electronic certificate at once (jilin-2022 五(一)).
        const issued = await issueCertificates(tx, { audit }, actor.userId, {
          committee,
          announcementNumber: number,
          issuedOn: today,
          applications: apps,
        });
        await settleTitleDueDates(
          tx,
          { audit },
          actor.userId,
          apps.map((a) => a.personId),
          now,
        );
        // The announcement is when the person holds the title, so a post effect or a 评聘结合
        // unit's appointment is proposed here, in the same transaction as the title itself.
        await proposeFromConferredTitles(tx, { audit }, actor.userId, {
          conferredOn: today,
          applications: apps,
        });
        await audit.record(tx, actor.userId, {
          action: 'session.announced',
          entityType: 'review-session',
          entityId: session.id,
          data: { announcementNumber: number, conferred: apps.length },
        });
        return {
          announcementNumber: number,
          conferred: apps.length,
          certificates: issued.map((c) => c.number),
        };
      });
    },
  };
}

/** SM3 over the results in a canonical form: what the audit chain seals when they are fixed. */
export function resultsDigest(
  rows: readonly {
    applicationId: string;
    capGroup: string;
    attending: number;
    required: number;
    agree: number;
    disagree: number;
    abstain: number;
    rank: number | null;
    outcome: string;
    passed: boolean;
  }[],
): string {
  const canonical = [...rows]
    .sort((a, b) => (a.applicationId < b.applicationId ? -1 : 1))
    .map((r) => [
      r.applicationId,
      r.capGroup,
      r.attending,
      r.required,
      r.agree,
      r.disagree,
      r.abstain,
      r.rank,
      r.outcome,
      r.passed,
    ]);
  return sm3Hex(canonicalJson(canonical));
}

export type SessionResults = ReturnType<typeof createSessionResults>;
