import type { Db } from '../../db/client';
import { present } from '../../domain/access/record-policy';
import { targetTitle } from '../../domain/applications/target-title';
import { notFound } from '../../domain/errors';
import type { Pathway } from '../../domain/policy';
import { PATHWAY_NAMES } from '../../domain/policy/names';
import { RECUSAL_REASON_NAMES } from '../../domain/review/recusal-reasons';
import { SESSION_STATES, type SessionState } from '../../domain/review/session-states';
import { capBonusApplies, consoleSteps } from '../../domain/review/session-steps';
import { APPLICATION_STATES, type ApplicationState } from '../../domain/workflow/application-states';
import { type SessionAccessRecord, sessionPolicy } from './review.policy';
import * as repo from './review.repository';
import type { SessionContext } from './session-context';

/** The draw's reasons, and those recorded later in the session. */
const REASON_NAMES: Record<string, string> = {
  ...RECUSAL_REASON_NAMES,
  'declared-conflict': '专家本人申请回避',
  'office-ordered': '办事机构决定回避',
};

/** Where the ballots stand: counts are shown only once voting has closed. */
const TALLY_VISIBLE: readonly SessionState[] = ['voting-closed', 'results-fixed', 'filed', 'announced'];

/**
 * The session console's read model for the committee office (and, read-only, the HR bureau
 * and the supervisor): agenda with names, panel, recusals, progress of scoring and voting,
 * and the fixed results. Experts never receive this.
 */
export async function sessionDetail(db: Db, ctx: SessionContext) {
  const { session, committee, access, actor } = ctx;
  const [agenda, seats, recusals, scores, participation, tallies, results] = await Promise.all([
    repo.agendaOf(db, session.id),
    repo.seatsOf(db, session.id),
    repo.recusalsOf(db, session.id),
    repo.scoresOf(db, session.id),
    repo.participationOf(db, session.id),
    repo.talliesOf(db, session.id),
    repo.resultsOf(db, session.id),
  ]);
  const status = session.status as SessionState;
  const tallyOf = new Map(tallies.map((t) => [t.applicationId, t]));
  const resultOf = new Map(results.map((r) => [r.applicationId, r]));
  // Recused experts include those the draw passed over, who hold no seat.
  const expertName = new Map(
    (await repo.expertNames(db, [...new Set(recusals.map((r) => r.expertId))])).map((e) => [e.id, e.name]),
  );
  for (const { expert } of seats) expertName.set(expert.id, expert.name);
  const codeOf = new Map(agenda.map((a) => [a.item.applicationId, a.item.code]));
  const record: SessionAccessRecord = {
    status,
    committee,
    capAdjustable: capBonusApplies(agenda.map((a) => a.application)),
  };
  const presented = present(sessionPolicy, actor, record, () => ({
    id: session.id,
    name: session.name,
    committeeId: committee.id,
    committeeName: committee.name,
    year: session.year,
    heldOn: session.heldOn,
    place: session.place,
    status,
    statusName: SESSION_STATES[status] ?? status,
    throughTrain: session.throughTrain,
    version: session.version,
    // The console's buttons; `actions` adds what the office does elsewhere on the page (the minutes).
    steps: access === 'manage' ? consoleSteps(status, record.capAdjustable) : [],
    strata: session.strata,
    capAdjustments: session.capAdjustments,
    specialtyGroups: committee.specialtyGroups,
    draw: {
      seed: session.seed,
      seedPublishedAt: session.seedPublishedAt?.toISOString() ?? null,
      poolHash: session.poolHash,
      inputsHash: session.inputsHash,
      drawnAt: session.drawnAt?.toISOString() ?? null,
    },
    agenda: agenda.map(({ item, application, personName, employerName }) => {
      const mine = scores.filter((score) => score.applicationId === application.id);
      const tally = tallyOf.get(application.id);
      return {
        applicationId: application.id,
        number: application.number,
        code: item.code,
        group: item.group,
        greenChannel: item.greenChannel,
        personName,
        employerName,
        title: targetTitle(application),
        pathwayName: PATHWAY_NAMES[application.pathway as Pathway] ?? application.pathway,
        state: application.state,
        stateName: APPLICATION_STATES[application.state as ApplicationState] ?? application.state,
        defenceAt: item.defenceAt?.toISOString() ?? null,
        defencePlace: item.defencePlace,
        deliberationNote: item.deliberationNote,
        scoreCount: mine.length,
        averageScore: mine.length
          ? Math.round((mine.reduce((n, score) => n + score.score, 0) / mine.length) * 10) / 10
          : null,
        comments: mine.map((score) => ({
          expertName: expertName.get(score.expertId) ?? '',
          score: score.score,
          comment: score.comment,
        })),
        ballotsCast: participation.filter((p) => p.applicationId === application.id).length,
        tally:
          TALLY_VISIBLE.includes(status) && tally
            ? { agree: tally.agree, disagree: tally.disagree, abstain: tally.abstain }
            : null,
        result: resultOf.has(application.id)
          ? (({ sessionId: _s, applicationId: _a, fixedAt, ...r }) => ({
              ...r,
              fixedAt: fixedAt.toISOString(),
            }))(resultOf.get(application.id)!)
          : null,
      };
    }),
    seats: seats.map(({ seat, expert }) => ({
      expertId: expert.id,
      name: expert.name,
      unitName: expert.unitName,
      level: expert.level,
      specialty: expert.specialty,
      privateSector: expert.privateSector,
      group: seat.group,
      role: seat.role,
      order: seat.seatOrder,
      greenChannel: seat.greenChannel,
      attendance: seat.attendance,
    })),
    recusals: recusals.map((r) => ({
      expertId: r.expertId,
      expertName: expertName.get(r.expertId) ?? null,
      applicationId: r.applicationId,
      code: codeOf.get(r.applicationId) ?? null,
      reason: r.reason,
      reasonName: REASON_NAMES[r.reason] ?? r.reason,
      detail: r.detail,
      source: r.source,
    })),
    voting: {
      quorumRequired: session.quorumRequired,
      attending: session.attending,
      openedAt: session.votingOpenedAt?.toISOString() ?? null,
      closedAt: session.votingClosedAt?.toISOString() ?? null,
    },
    results: {
      fixedAt: session.resultsFixedAt?.toISOString() ?? null,
      digest: session.resultsDigest,
      publicityEndsOn: session.resultPublicityEndsOn,
      filingDueOn: session.filingDueOn,
      filedOn: session.filedOn,
      filingOverdue: session.filingOverdue,
      announcementNumber: session.announcementNumber,
      announcedOn: session.announcedOn,
    },
    minutes: session.minutes,
  }));
  // Loaded for this actor by `loadSession`, which asks the same policy.
  if (!presented) throw notFound('评审会议', 'SESSION_NOT_FOUND');
  return presented;
}

export type SessionDetail = Awaited<ReturnType<typeof sessionDetail>>;
