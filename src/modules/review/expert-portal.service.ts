import type { Db } from '../../db/client';
import type { ExpertRecord } from '../../db/schema';
import type { Actor } from '../../domain/access/actor';
import { AppError, invalidInput, notFound } from '../../domain/errors';
import type { Applicant } from '../../domain/policy';
import type { BallotChoice } from '../../domain/review/sealed-ballot';
import { SESSION_STATES, type SessionState } from '../../domain/review/session-states';
import { assertSessionAllows, sessionAllows } from '../../domain/review/session-steps';
import { findProfiles } from '../profile';
import { createBallotBox } from './ballot-box';
import { blindItem } from './blind-view';
import * as repo from './review.repository';
import type { ReviewDeps } from './review-sessions.service';

export type { BallotChoice };

/**
 * The expert's side of a session (专家端): the items to review under their anonymous codes,
 * the score with comments, a declared conflict, and one ballot per item. The ballot's choice
 * goes only into the counters; the participation row and the audit event say that the expert
 * voted, never how.
 */
export function createExpertPortal(deps: Pick<ReviewDeps, 'db' | 'clock' | 'audit' | 'cipher'>) {
  const { db, clock, audit } = deps;
  const ballotBox = createBallotBox(deps);

  async function expertOf(actor: Actor): Promise<ExpertRecord> {
    const expert = actor.roles.includes('expert') ? await repo.expertOfUser(db, actor.userId) : undefined;
    if (!expert) throw new AppError('forbidden', 'NOT_AN_EXPERT', '当前账号未登记为评审专家');
    return expert;
  }

  /** The expert's seat and the session; "not found" for a session the expert does not sit on. */
  async function seatIn(actor: Actor, sessionId: string) {
    const expert = await expertOf(actor);
    const seat = (await repo.seatsOfExpert(db, expert.id)).find((held) => held.session.id === sessionId);
    if (!seat) throw notFound('评审会议', 'SESSION_NOT_FOUND');
    return { expert, ...seat };
  }

  /** The items this expert may act on, by code: in their stratum, not recused. */
  async function itemsFor(
    sessionId: string,
    expertId: string,
    seat: { group: string; greenChannel: boolean },
    stage: 'review' | 'vote',
  ) {
    const [agenda, recusals] = await Promise.all([
      repo.agendaOf(db, sessionId),
      repo.recusalsOf(db, sessionId),
    ]);
    const recused = new Set(recusals.filter((r) => r.expertId === expertId).map((r) => r.applicationId));
    return agenda.filter(
      ({ item }) =>
        !recused.has(item.applicationId) &&
        item.greenChannel === seat.greenChannel &&
        // The initial review is by specialty group; the whole panel votes.
        (stage === 'vote' || seat.greenChannel || item.group === seat.group),
    );
  }

  async function itemByCode(
    sessionId: string,
    expertId: string,
    seat: { group: string; greenChannel: boolean },
    code: string,
    stage: 'review' | 'vote',
  ) {
    const found = (await itemsFor(sessionId, expertId, seat, stage)).find((a) => a.item.code === code);
    if (!found) throw notFound('评审事项', 'ITEM_NOT_FOUND');
    return found;
  }

  /**
   * Writes the expert's act on item `code` in one transaction with its audit event on the
   * session. The event names the item by its anonymous code and states the act's facts
   * (a score, never a ballot's choice); the answer repeats them.
   */
  function actOnItem<Facts extends Record<string, unknown>>(
    actor: Actor,
    sessionId: string,
    code: string,
    act: { write: (tx: Db) => Promise<unknown>; action: string; facts: Facts },
  ): Promise<{ code: string } & Facts> {
    return db.transaction(async (tx) => {
      await act.write(tx);
      const answer = { code, ...act.facts };
      await audit.record(tx, actor.userId, {
        action: act.action,
        entityType: 'review-session',
        entityId: sessionId,
        data: answer,
      });
      return answer;
    });
  }

  return {
    async mySessions(actor: Actor) {
      const expert = await expertOf(actor);
      return (await repo.seatsOfExpert(db, expert.id)).map(({ seat, session, committeeName }) => ({
        sessionId: session.id,
        name: session.name,
        committeeName,
        heldOn: session.heldOn,
        place: session.place,
        status: session.status,
        statusName: SESSION_STATES[session.status as SessionState] ?? session.status,
        group: seat.group,
        role: seat.role,
        greenChannel: seat.greenChannel,
        attendance: seat.attendance,
      }));
    },

    /** The blind items: what to review (by code) with the expert's own score and whether they voted. */
    async items(actor: Actor, sessionId: string) {
      const { expert, seat, session } = await seatIn(actor, sessionId);
      const stage = sessionAllows(session.status, 'score') ? 'review' : 'vote';
      const items = await itemsFor(sessionId, expert.id, seat, stage);
      const personIds = items.map((i) => i.application.personId);
      const [profiles, scores, participation] = await Promise.all([
        findProfiles(db, personIds),
        repo.scoresOf(db, sessionId),
        repo.participationOf(db, sessionId),
      ]);
      const profileOf = new Map(profiles.map((p) => [p.personId, p.data as Applicant]));
      return {
        session: {
          id: session.id,
          name: session.name,
          heldOn: session.heldOn,
          status: session.status,
          statusName: SESSION_STATES[session.status as SessionState] ?? session.status,
          canScore: sessionAllows(session.status, 'score'),
          canVote: sessionAllows(session.status, 'vote') && seat.attendance === 'present',
        },
        items: items.map(({ item, application }) => {
          const mine = scores.find(
            (score) => score.applicationId === application.id && score.expertId === expert.id,
          );
          return {
            ...blindItem({
              code: item.code,
              group: item.group,
              greenChannel: item.greenChannel,
              application,
              profile: profileOf.get(application.personId) ?? null,
            }),
            myScore: mine ? { score: mine.score, comment: mine.comment } : null,
            voted: participation.some((p) => p.applicationId === application.id && p.expertId === expert.id),
          };
        }),
      };
    },

    async score(actor: Actor, sessionId: string, code: string, input: { score: number; comment: string }) {
      const { expert, seat, session } = await seatIn(actor, sessionId);
      assertSessionAllows(session.status, 'score');
      if (!Number.isInteger(input.score) || input.score < 0 || input.score > 100)
        throw invalidInput([{ path: 'score', message: '评分须为0至100的整数' }]);
      if (input.comment.trim().length < 2)
        throw invalidInput([{ path: 'comment', message: '请填写评审意见' }]);
      const { item } = await itemByCode(sessionId, expert.id, seat, code, 'review');
      const now = clock.now();
      return actOnItem(actor, sessionId, code, {
        write: (tx) =>
          repo.upsertScore(tx, {
            sessionId,
            applicationId: item.applicationId,
            expertId: expert.id,
            score: input.score,
            comment: input.comment.trim(),
            submittedAt: now,
          }),
        action: 'review.scored',
        facts: { score: input.score },
      });
    },

    /** 申请回避: the expert declares a conflict with an item and no longer sees or votes on it. */
    async declareConflict(actor: Actor, sessionId: string, code: string, input: { detail: string }) {
      const { expert, seat, session } = await seatIn(actor, sessionId);
      assertSessionAllows(session.status, 'declare-conflict');
      if (input.detail.trim().length < 2) throw invalidInput([{ path: 'detail', message: '请说明回避理由' }]);
      const { item } = await itemByCode(sessionId, expert.id, seat, code, 'vote');
      const now = clock.now();
      const done = await actOnItem(actor, sessionId, code, {
        write: (tx) =>
          repo.insertRecusals(tx, [
            {
              sessionId,
              expertId: expert.id,
              applicationId: item.applicationId,
              reason: 'declared-conflict',
              detail: input.detail.trim(),
              source: 'expert',
              recordedAt: now,
            },
          ]),
        action: 'review.recusal-declared',
        facts: {},
      });
      return { ...done, recused: true };
    },

    /**
     * One ballot, single round, no proxy. The participation row (whose key refuses a second
     * ballot) and the sealed ballot are written in one transaction that holds the session
     * row, so a ballot never commits after voting closed; what the ballot says is sealed and
     * counted only at the close, so nothing stored pairs the expert with the choice.
     */
    async castBallot(actor: Actor, sessionId: string, code: string, choice: BallotChoice) {
      const { expert, seat, session } = await seatIn(actor, sessionId);
      // Checked here to answer before any work; the ballot box checks again inside the ballot's transaction.
      assertSessionAllows(session.status, 'vote');
      if (seat.attendance !== 'present')
        throw new AppError('forbidden', 'NOT_PRESENT', '未到会的专家不能投票，也不得委托他人投票');
      const { item } = await itemByCode(sessionId, expert.id, seat, code, 'vote');
      const done = await actOnItem(actor, sessionId, code, {
        write: (tx) =>
          ballotBox.cast(tx, { sessionId, applicationId: item.applicationId, expertId: expert.id, choice }),
        action: 'review.ballot-cast',
        facts: {},
      });
      return { ...done, recorded: true };
    },
  };
}

export type ExpertPortal = ReturnType<typeof createExpertPortal>;
