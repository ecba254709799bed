import crypto from 'node:crypto';
import type { ReviewSessionRecord } from '../../db/schema';
import { canonicalJson } from '../../domain/canonical-json';
import { AppError } from '../../domain/errors';
import { type DrawResult, drawPanel, type PanelSeat } from '../../domain/review/draw-panel';
import { canonicalPoolSnapshot, type PoolExpert } from '../../domain/review/pool-snapshot';
import type { DrawApplicant } from '../../domain/review/recusal';
import { sm3Hex } from '../../platform/crypto';

const sm3Digest = (input: string) => crypto.createHash('sm3').update(input).digest();

/**
 * A session's draw as an auditor receives it (GET …/pool-snapshot): the public inputs frozen
 * when the seed was published — pool, applicants' recusal inputs, strata, date, seed and the
 * SM3 digests published with it — and the panel that was drawn. Everything `replaySnapshot`
 * needs, and nothing else: the applicants appear by id and by the materials text the
 * named-in-materials check reads, never by name or ID number.
 */
export interface DrawSnapshot {
  sessionId: string;
  heldOn: string;
  lookBackYears: number;
  strata: ReviewSessionRecord['strata'];
  seed: string;
  seedPublishedAt: string | null;
  /** SM3 of `canonicalPoolSnapshot(pool)`, published with the seed. */
  poolHash: string;
  /** SM3 of `canonicalJson(applicants)`, published with the seed. */
  inputsHash: string;
  pool: PoolExpert[];
  applicants: DrawApplicant[];
  /** The stored panel; empty before the draw. */
  panel: PanelSeat[];
}

/** The snapshot of a session whose seed is published; before that there is nothing to replay. */
export function drawSnapshotOf(
  session: ReviewSessionRecord,
  seats: readonly { expertId: string; group: string; role: string; seatOrder: number }[],
): DrawSnapshot {
  if (
    !session.seed ||
    !session.poolSnapshot ||
    !session.drawInputs ||
    !session.poolHash ||
    !session.inputsHash
  )
    throw new AppError('conflict', 'SEED_NOT_PUBLISHED', '尚未公布抽取种子，不能抽取或复现');
  return {
    sessionId: session.id,
    heldOn: session.heldOn,
    lookBackYears: session.lookBackYears,
    strata: session.strata,
    seed: session.seed,
    seedPublishedAt: session.seedPublishedAt?.toISOString() ?? null,
    poolHash: session.poolHash,
    inputsHash: session.inputsHash,
    pool: JSON.parse(session.poolSnapshot) as PoolExpert[],
    applicants: JSON.parse(session.drawInputs) as DrawApplicant[],
    panel: seats.map((seat) => ({
      expertId: seat.expertId,
      group: seat.group,
      role: seat.role as PanelSeat['role'],
      order: seat.seatOrder,
    })),
  };
}

/** Where the frozen inputs no longer match the digests published with the seed. */
export function snapshotProblems(
  snapshot: Pick<DrawSnapshot, 'pool' | 'applicants' | 'poolHash' | 'inputsHash'>,
) {
  const problems: string[] = [];
  if (sm3Hex(canonicalPoolSnapshot(snapshot.pool)) !== snapshot.poolHash)
    problems.push('专家库快照与公布的摘要不符');
  if (sm3Hex(canonicalJson(snapshot.applicants)) !== snapshot.inputsHash)
    problems.push('回避依据与公布的摘要不符');
  return problems;
}

/** Runs the draw exactly as it was (or will be) run, from the frozen public inputs. */
export function runDraw(snapshot: DrawSnapshot): DrawResult {
  return drawPanel({
    seed: snapshot.seed,
    poolHash: snapshot.poolHash,
    pool: snapshot.pool,
    applicants: snapshot.applicants,
    strata: snapshot.strata.map((stratum) => ({
      group: stratum.group,
      seats: stratum.seats,
      alternates: stratum.alternates,
      ...(stratum.greenChannel ? { minLevel: 'senior' as const } : {}),
    })),
    asOf: snapshot.heldOn,
    lookBackYears: snapshot.lookBackYears,
    digest: sm3Digest,
  });
}

/**
 * Replays a draw from its snapshot — in the server's process or in an auditor's, from the
 * snapshot the server hands out — and compares the result with the stored panel: the digests
 * are recomputed, not trusted, so a snapshot edited after publication is named as such.
 */
export function replaySnapshot(snapshot: DrawSnapshot) {
  const problems = snapshotProblems(snapshot);
  const replayed = runDraw(snapshot);
  const key = (seat: PanelSeat) => `${seat.group}|${seat.role}|${seat.order}|${seat.expertId}`;
  const stored = new Set(snapshot.panel.map(key));
  const matches =
    problems.length === 0 &&
    snapshot.panel.length === replayed.panel.length &&
    replayed.panel.every((seat) => stored.has(key(seat)));
  const names = new Map(snapshot.pool.map((e) => [e.id, e.name]));
  return {
    sessionId: snapshot.sessionId,
    seed: snapshot.seed,
    poolHash: snapshot.poolHash,
    inputsHash: snapshot.inputsHash,
    poolSize: snapshot.pool.length,
    problems,
    drawn: snapshot.panel.length > 0,
    matches,
    panel: replayed.panel.map((p) => ({ ...p, name: names.get(p.expertId) ?? '' })),
    recusals: replayed.recusals.length,
  };
}

export type DrawReplay = ReturnType<typeof replaySnapshot>;
