import { type Level, levelRank } from '../catalogue';
import { AppError } from '../errors';
import { ConflictChecker } from './conflict-checker';
import { createDrawRandom, type Digest, type DrawRandom } from './draw-random';
import type { PoolExpert } from './pool-snapshot';
import type { DrawApplicant, Recusal } from './recusal';

/** Seats to fill from one specialty group (专业组). */
export interface Stratum {
  group: string;
  seats: number;
  alternates: number;
  /** Lowest title level an expert needs to sit for this stratum (e.g. 正高级 for a senior committee). */
  minLevel?: Level;
}

/** Everything a draw depends on; an auditor holding the same input gets the same result. */
export interface DrawInput {
  /** Published at the draw, after the pool hash. */
  seed: string;
  /** Hash of `canonicalPoolSnapshot(pool)`, published before the seed. */
  poolHash: string;
  pool: readonly PoolExpert[];
  applicants: readonly DrawApplicant[];
  strata: readonly Stratum[];
  asOf: string;
  lookBackYears: number;
  digest: Digest;
}

/** One drawn expert: a member or an alternate (候补) of a group, in drawing order. */
export interface PanelSeat {
  expertId: string;
  group: string;
  role: 'member' | 'alternate';
  /** 1-based within the group and role. */
  order: number;
}

export interface DrawResult {
  panel: PanelSeat[];
  recusals: Recusal[];
  /** Strata that could not be filled: `needed` = seats + alternates, `found` = experts drawn. */
  shortfalls: { group: string; needed: number; found: number }[];
}

/** The pool experts of one specialty group, in id order once the scan is done, with what the draw learned. */
interface GroupPool {
  experts: PoolExpert[];
  /** Level rank of each expert, so that choosing candidates does not touch the experts again. */
  ranks: number[];
  /** 1 = conflicts with an applicant of the group (excluded), 2 = seated by an earlier stratum. */
  state: number[];
  recusals: Recusal[];
  /** Loosest level bound among the strata of this group: experts below it are never candidates. */
  minRank: number;
  checker: ConflictChecker | null;
  /** Whether the pool listed this group's experts in id order (then no sort is needed). */
  inIdOrder: boolean;
}

const EXCLUDED = 1;
const SEATED = 2;

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function validateStratum(s: Stratum, index: number): void {
  const ok = (n: number) => Number.isInteger(n) && n >= 0;
  if (s.group.length === 0 || !ok(s.seats) || !ok(s.alternates)) {
    throw new AppError(
      'invalid',
      'DRAW_STRATUM_INVALID',
      `第${index + 1}个抽取分组不合法：专业组不能为空，席位数和候补数必须是非负整数`,
    );
  }
}

/**
 * Puts a group the pool did not list in id order into id order (UTF-16 code units), with
 * its parallel arrays and its recusals, and refuses duplicate ids.
 */
function sortGroup(pool: GroupPool): void {
  const order = pool.experts
    .map((_, i) => i)
    .sort((a, b) => byCodeUnits(pool.experts[a]!.id, pool.experts[b]!.id));
  pool.experts = order.map((i) => pool.experts[i]!);
  pool.ranks = order.map((i) => pool.ranks[i]!);
  pool.state = order.map((i) => pool.state[i]!);
  for (let i = 1; i < pool.experts.length; i++) {
    if (pool.experts[i - 1]!.id === pool.experts[i]!.id) {
      throw new AppError('invalid', 'POOL_DUPLICATE_EXPERT', `专家库中专家编号重复：${pool.experts[i]!.id}`);
    }
  }
  // Stable: each expert's recusals keep their applicant-then-reason order.
  pool.recusals.sort((a, b) => byCodeUnits(a.expertId, b.expertId));
}

/**
 * Draws a review panel (抽取评审专家) at random from the pool, by specialty group, with
 * alternates and recusals — replayable by anyone holding the published seed, the pool
 * snapshot whose hash was published before it, and the applicants.
 *
 * The algorithm, precisely enough to re-implement it:
 * 1. One stream R = createDrawRandom(seed, poolHash, digest) serves the whole draw.
 * 2. The strata are handled in the given order. The pool experts of a stratum's group form
 *    the group pool, sorted by id in UTF-16 code-unit order.
 * 3. Every expert of a group pool whose level is at least the lowest `minLevel` among the
 *    strata of that group (all, if one stratum has none) is checked against every applicant
 *    of the group (see `conflictsOf`); an expert with any conflict is excluded from the
 *    group, and each conflict is recorded as a Recusal. Recusals are listed by group (in
 *    order of first appearance among the strata), expert id, applicant (input order), reason.
 * 4. For a stratum, the candidates are the group pool's experts, in id order, that are at
 *    or above its `minLevel`, not excluded and not seated by an earlier stratum. With m
 *    candidates and need = seats + alternates, for i = 0, 1, … while i < min(need, m):
 *    j = i + R.nextInt(m − i); swap candidates i and j; candidate i is drawn (a partial
 *    Fisher–Yates shuffle). The first `seats` drawn are members, the rest alternates, each
 *    numbered from 1 in drawing order. If m < need, a shortfall {group, need, m} is recorded.
 * Applicants of groups that no stratum names do not affect the draw.
 */
export function drawPanel(input: DrawInput): DrawResult {
  input.strata.forEach(validateStratum);
  const random = createDrawRandom(input.seed, input.poolHash, input.digest);
  const groups = prepareGroups(input);
  scanPool(input.pool, groups);
  const recusals: Recusal[] = [];
  for (const pool of groups.values()) {
    if (!pool.inIdOrder) sortGroup(pool);
    for (const r of pool.recusals) recusals.push(r);
  }
  const panel: PanelSeat[] = [];
  const shortfalls: DrawResult['shortfalls'] = [];
  for (const stratum of input.strata) {
    drawStratum(stratum, groups.get(stratum.group)!, random, panel, shortfalls);
  }
  return { panel, recusals, shortfalls };
}

/** One empty group pool per distinct group of the strata, with a checker for its applicants. */
function prepareGroups(input: DrawInput): Map<string, GroupPool> {
  const groups = new Map<string, GroupPool>();
  for (const s of input.strata) {
    const rank = s.minLevel ? levelRank(s.minLevel) : 0;
    const known = groups.get(s.group);
    if (known) {
      known.minRank = Math.min(known.minRank, rank);
      continue;
    }
    const applicants = input.applicants.filter((a) => a.group === s.group);
    groups.set(s.group, {
      experts: [],
      ranks: [],
      state: [],
      recusals: [],
      minRank: rank,
      checker:
        applicants.length > 0 ? new ConflictChecker(applicants, input.asOf, input.lookBackYears) : null,
      inIdOrder: true,
    });
  }
  return groups;
}

/**
 * The one pass over the whole pool. An expert of a drawn group is checked for conflicts
 * while it is at hand, so that nothing later needs to come back to it.
 */
function scanPool(all: readonly PoolExpert[], groups: Map<string, GroupPool>): void {
  for (let i = 0, n = all.length; i < n; i++) {
    const expert = all[i]!;
    const pool = groups.get(expert.group);
    if (pool === undefined) continue;
    const count = pool.experts.length;
    if (count > 0 && pool.inIdOrder && !(pool.experts[count - 1]!.id < expert.id)) pool.inIdOrder = false;
    const rank = levelRank(expert.level);
    let state = 0;
    if (pool.checker !== null && rank >= pool.minRank) {
      const found = pool.checker.check(expert);
      if (found !== null) {
        state = EXCLUDED;
        for (const r of found) pool.recusals.push(r);
      }
    }
    pool.experts.push(expert);
    pool.ranks.push(rank);
    pool.state.push(state);
  }
}

/** Step 4 of the algorithm: a partial Fisher–Yates shuffle over the stratum's candidates. */
function drawStratum(
  stratum: Stratum,
  pool: GroupPool,
  random: DrawRandom,
  panel: PanelSeat[],
  shortfalls: DrawResult['shortfalls'],
): void {
  const minRank = stratum.minLevel ? levelRank(stratum.minLevel) : 0;
  const candidates: number[] = [];
  for (let i = 0; i < pool.state.length; i++) {
    if (pool.state[i] === 0 && pool.ranks[i]! >= minRank) candidates.push(i);
  }
  const need = stratum.seats + stratum.alternates;
  const m = candidates.length;
  const take = Math.min(need, m);
  for (let i = 0; i < take; i++) {
    const j = i + random.nextInt(m - i);
    const drawn = candidates[j]!;
    candidates[j] = candidates[i]!;
    candidates[i] = drawn;
    pool.state[drawn] = SEATED;
    const member = i < stratum.seats;
    panel.push({
      expertId: pool.experts[drawn]!.id,
      group: stratum.group,
      role: member ? 'member' : 'alternate',
      order: member ? i + 1 : i - stratum.seats + 1,
    });
  }
  if (m < need) shortfalls.push({ group: stratum.group, needed: need, found: m });
}
