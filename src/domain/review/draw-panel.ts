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
  /**
   * The same pool grouped by specialty group, made once with `indexPoolByGroup` when the
   * snapshot is frozen (together with its hash), so that a draw touches only the groups it
   * draws from. Without it the draw groups `pool` itself; the result is the same.
   */
  poolIndex?: PoolIndex;
}

/** The pool by specialty group, each group in id order (UTF-16 code units). */
export type PoolIndex = ReadonlyMap<string, readonly PoolExpert[]>;

/** Groups a pool snapshot for drawing; refuses duplicate expert ids. */
export function indexPoolByGroup(pool: readonly PoolExpert[]): PoolIndex {
  const index = new Map<string, PoolExpert[]>();
  for (const expert of pool) {
    const list = index.get(expert.group);
    if (list) list.push(expert);
    else index.set(expert.group, [expert]);
  }
  for (const list of index.values()) {
    list.sort((a, b) => byCodeUnits(a.id, b.id));
    for (let i = 1; i < list.length; i++)
      if (list[i - 1]!.id === list[i]!.id)
        throw new AppError('invalid', 'POOL_DUPLICATE_EXPERT', `专家库中专家编号重复：${list[i]!.id}`);
  }
  return index;
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
  /** 1 = drawn and recused for a conflict with an applicant of the group, 2 = seated. */
  state: number[];
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
 * its parallel arrays, and refuses duplicate ids.
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
 * 3. For a stratum, the candidates are the group pool's experts, in id order, that are at
 *    or above its `minLevel` and neither recused nor seated by an earlier stratum. With m
 *    candidates and need = seats + alternates, for i = 0, 1, … while i < m and fewer than
 *    need are seated: j = i + R.nextInt(m − i); swap candidates i and j; candidate i is drawn
 *    (a partial Fisher–Yates shuffle). A drawn expert who conflicts with any applicant of the
 *    group (see `conflictsOf`) is recused: each conflict is recorded as a Recusal (in drawing
 *    order; per expert by applicant in input order, then reason), the expert is excluded
 *    from the group, and the draw moves on (顺延). Otherwise the expert is seated: the first
 *    `seats` seated are members, the rest alternates, each numbered from 1 in seating order.
 *    If fewer than need are seated, a shortfall {group, need, seated} is recorded.
 * Applicants of groups that no stratum names do not affect the draw.
 */
export function drawPanel(input: DrawInput): DrawResult {
  input.strata.forEach(validateStratum);
  const random = createDrawRandom(input.seed, input.poolHash, input.digest);
  const groups = prepareGroups(input);
  if (input.poolIndex) fromIndex(input.poolIndex, groups);
  else scanPool(input.pool, groups);
  for (const pool of groups.values()) if (!pool.inIdOrder) sortGroup(pool);
  const recusals: Recusal[] = [];
  const panel: PanelSeat[] = [];
  const shortfalls: DrawResult['shortfalls'] = [];
  for (const stratum of input.strata) {
    drawStratum(stratum, groups.get(stratum.group)!, random, panel, recusals, shortfalls);
  }
  return { panel, recusals, shortfalls };
}

/** One empty group pool per distinct group of the strata, with a checker for its applicants. */
function prepareGroups(input: DrawInput): Map<string, GroupPool> {
  const groups = new Map<string, GroupPool>();
  for (const s of input.strata) {
    if (groups.has(s.group)) continue;
    const applicants = input.applicants.filter((a) => a.group === s.group);
    groups.set(s.group, {
      experts: [],
      ranks: [],
      state: [],
      checker:
        applicants.length > 0 ? new ConflictChecker(applicants, input.asOf, input.lookBackYears) : null,
      inIdOrder: true,
    });
  }
  return groups;
}

/** Each drawn group's experts from a pool already grouped (and sorted) at snapshot time. */
function fromIndex(index: PoolIndex, groups: Map<string, GroupPool>): void {
  for (const [group, pool] of groups) {
    const experts = index.get(group) ?? [];
    pool.experts = experts.slice();
    pool.ranks = experts.map((e) => levelRank(e.level));
    pool.state = experts.map(() => 0);
  }
}

/** The one pass over the whole pool: each drawn group's experts, with their level ranks. */
function scanPool(all: readonly PoolExpert[], groups: Map<string, GroupPool>): void {
  // A draw names a handful of groups: comparing against a short list beats hashing each expert's.
  const names = [...groups.keys()];
  const pools = [...groups.values()];
  for (let i = 0, n = all.length; i < n; i++) {
    const expert = all[i]!;
    const group = expert.group;
    let pool: GroupPool | undefined;
    for (let k = 0; k < names.length; k++)
      if (names[k] === group) {
        pool = pools[k];
        break;
      }
    if (pool === undefined) continue;
    const count = pool.experts.length;
    if (count > 0 && pool.inIdOrder && !(pool.experts[count - 1]!.id < expert.id)) pool.inIdOrder = false;
    pool.experts.push(expert);
    pool.ranks.push(levelRank(expert.level));
    pool.state.push(0);
  }
}

/**
 * Step 4 of the algorithm: a partial Fisher–Yates shuffle over the stratum's candidates; a
 * drawn expert who conflicts with an applicant of the group is recused (回避) and the draw
 * moves on to the next (顺延), as a committee office does when a drawn expert must step aside.
 */
function drawStratum(
  stratum: Stratum,
  pool: GroupPool,
  random: DrawRandom,
  panel: PanelSeat[],
  recusals: Recusal[],
  shortfalls: DrawResult['shortfalls'],
): void {
  const minRank = stratum.minLevel ? levelRank(stratum.minLevel) : 0;
  const candidates: number[] = [];
  for (let i = 0; i < pool.state.length; i++) {
    if (pool.state[i] === 0 && pool.ranks[i]! >= minRank) candidates.push(i);
  }
  const need = stratum.seats + stratum.alternates;
  const m = candidates.length;
  let seated = 0;
  for (let i = 0; i < m && seated < need; i++) {
    const j = i + random.nextInt(m - i);
    const drawn = candidates[j]!;
    candidates[j] = candidates[i]!;
    candidates[i] = drawn;
    const conflicts = pool.checker?.check(pool.experts[drawn]!) ?? null;
    if (conflicts !== null) {
      pool.state[drawn] = EXCLUDED;
      for (const r of conflicts) recusals.push(r);
      continue;
    }
    pool.state[drawn] = SEATED;
    const member = seated < stratum.seats;
    seated += 1;
    panel.push({
      expertId: pool.experts[drawn]!.id,
      group: stratum.group,
      role: member ? 'member' : 'alternate',
      order: member ? seated : seated - stratum.seats,
    });
  }
  if (seated < need) shortfalls.push({ group: stratum.group, needed: need, found: seated });
}
