import crypto from 'node:crypto';
import type { Db } from '../../db/client';
import type { ReviewSessionRecord } from '../../db/schema';
import type { Actor } from '../../domain/access/actor';
import { canonicalJson } from '../../domain/canonical-json';
import { AppError } from '../../domain/errors';
import type { DrawResult } from '../../domain/review/draw-panel';
import { canonicalPoolSnapshot } from '../../domain/review/pool-snapshot';
import { conflictsOf, type Recusal } from '../../domain/review/recusal';
import { sm3Hex } from '../../platform/crypto';
import { loadDrawApplicants, loadPool } from './draw-inputs';
import { drawSnapshotOf, replaySnapshot, runDraw, snapshotProblems } from './draw-replay';
import * as repo from './review.repository';
import type { ReviewDeps } from './review-sessions.service';
import { advanceSession } from './session-advance';
import { loadManagedSession } from './session-context';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** Recusal details name units by id in the domain; the record names them as people read them. */
async function withUnitNames(db: Db, recusals: Recusal[]): Promise<Recusal[]> {
  const ids = [...new Set(recusals.flatMap((r) => r.detail.match(UUID) ?? []))];
  if (ids.length === 0) return recusals;
  const names = new Map((await repo.organisationNames(db, ids)).map((o) => [o.id, `“${o.name}”`]));
  return recusals.map((r) => ({ ...r, detail: r.detail.replace(UUID, (id) => names.get(id) ?? id) }));
}

/**
 * Which drawn seats belong to a green-channel stratum. The draw lists each stratum's seats
 * together, in the order of the strata (members, then alternates), so a full draw maps back.
 */
function greenChannelSeats(strata: ReviewSessionRecord['strata'], result: DrawResult): boolean[] {
  return strata
    .flatMap((stratum) =>
      Array<boolean>(stratum.seats + stratum.alternates).fill(stratum.greenChannel === true),
    )
    .slice(0, result.panel.length);
}

/**
 * The draw (抽取专家) in two public steps: first the pool snapshot and the applicants' recusal
 * inputs are frozen and their SM3 published with the seed; then the panel is drawn from
 * exactly those inputs, so `bin/zhiping review replay-draw` reproduces it for any auditor.
 */
export function createSessionDraw(deps: Pick<ReviewDeps, 'db' | 'clock' | 'audit'>) {
  const { db, clock, audit } = deps;
  return {
    async publishSeed(actor: Actor, id: string, input: { seed?: string }) {
      const { session, committee } = await loadManagedSession(db, actor, id, 'publish-seed');
      const seed = input.seed?.trim() || crypto.randomBytes(16).toString('hex');
      if (!/^[0-9A-Za-z-]{8,128}$/.test(seed))
        throw new AppError('invalid', 'SEED_INVALID', '种子须为8至128位字母、数字或连字符', [
          { path: 'seed', message: '格式不正确' },
        ]);
      const pool = await loadPool(db, committee.id, session.year, session.heldOn);
      const applicants = await loadDrawApplicants(db, committee, session.id);
      if (applicants.length === 0)
        throw new AppError('unprocessable', 'AGENDA_EMPTY', '议程为空：请先将已受理的申报列入会议');
      const poolText = canonicalPoolSnapshot(pool);
      const poolHash = sm3Hex(poolText);
      const inputsHash = sm3Hex(canonicalJson(applicants));
      const now = clock.now();
      return db.transaction(async (tx) => {
        await advanceSession(tx, actor, session, 'publish-seed', {
          seed,
          seedPublishedAt: now,
          poolHash,
          inputsHash,
          poolSnapshot: JSON.stringify(pool),
          drawInputs: JSON.stringify(applicants),
        });
        await audit.record(tx, actor.userId, {
          action: 'session.seed-published',
          entityType: 'review-session',
          entityId: session.id,
          data: { seed, poolHash, inputsHash, poolSize: pool.length, applicants: applicants.length },
        });
        return { seed, poolHash, inputsHash, poolSize: pool.length };
      });
    },

    async draw(actor: Actor, id: string) {
      const { session, committee } = await loadManagedSession(db, actor, id, 'draw');
      const snapshot = drawSnapshotOf(session, []);
      const { pool, applicants } = snapshot;
      const problems = snapshotProblems(snapshot);
      if (problems.length > 0) throw new AppError('conflict', 'DRAW_INPUTS_CHANGED', problems.join('；'));
      const result = runDraw(snapshot);
      if (result.shortfalls.length > 0)
        throw new AppError(
          'unprocessable',
          'POOL_TOO_SMALL',
          `专家库人数不足，不能组成评审专家组：${result.shortfalls
            .map((shortfall) => `${shortfall.group}需${shortfall.needed}人，回避后仅有${shortfall.found}人`)
            .join('；')}`,
        );
      // Seated experts are also checked against the applicants of the other groups, on whom they vote.
      const seated = new Set(result.panel.map((p) => p.expertId));
      const known = new Set(result.recusals.map((r) => `${r.expertId}|${r.applicationId}`));
      const extra = pool
        .filter((e) => seated.has(e.id))
        .flatMap((e) =>
          applicants.flatMap((a) =>
            a.group === e.group ? [] : conflictsOf(e, a, session.heldOn, session.lookBackYears),
          ),
        )
        .filter((r) => !known.has(`${r.expertId}|${r.applicationId}`));
      const recorded = await withUnitNames(db, [...result.recusals, ...extra]);
      const now = clock.now();
      return db.transaction(async (tx) => {
        await advanceSession(tx, actor, session, 'draw', { drawnAt: now });
        const green = greenChannelSeats(session.strata, result);
        await repo.insertSeats(
          tx,
          result.panel.map((p, i) => ({
            sessionId: session.id,
            expertId: p.expertId,
            group: p.group,
            role: p.role,
            seatOrder: p.order,
            greenChannel: green[i]!,
          })),
        );
        await repo.insertRecusals(
          tx,
          recorded.map((r) => ({
            sessionId: session.id,
            expertId: r.expertId,
            applicationId: r.applicationId,
            reason: r.reason,
            detail: r.detail,
            source: 'draw',
            recordedAt: now,
          })),
        );
        await audit.record(tx, actor.userId, {
          action: 'session.drawn',
          entityType: 'review-session',
          entityId: session.id,
          data: {
            committeeId: committee.id,
            seed: session.seed,
            poolHash: session.poolHash,
            panel: result.panel.map((p) => [p.group, p.role, p.order, p.expertId]),
            recusals: result.recusals.length + extra.length,
          },
        });
        return { seats: result.panel.length, recusals: result.recusals.length + extra.length };
      });
    },
  };
}

/**
 * Replays a session's draw from its stored public inputs and compares it with the stored
 * panel: what an auditor runs (`bin/zhiping review replay-draw SESSION`).
 */
export async function replayDraw(db: Db, sessionId: string) {
  const session = await repo.findSession(db, sessionId);
  if (!session) throw new AppError('not-found', 'SESSION_NOT_FOUND', '评审会议不存在');
  const seats = (await repo.seatsOf(db, session.id)).map(({ seat }) => seat);
  return replaySnapshot(drawSnapshotOf(session, seats));
}

export type SessionDraw = ReturnType<typeof createSessionDraw>;
