import crypto from 'node:crypto';
import { performance } from 'node:perf_hooks';
import {
  canonicalPoolSnapshot,
  type DrawResult,
  drawPanel,
  indexPoolByGroup,
  type PoolExpert,
} from '../src/domain/review';
import { buildDrawFixtures, xorshift32 } from './draw-fixtures';

const WARM_UP = 30;
const ROUNDS = 200;
const PANEL_SIZE = 50; // 25 members + 25 alternates, as the fixtures' strata ask

const sm3 = (input: string): Uint8Array => crypto.createHash('sm3').update(input, 'utf8').digest();

/**
 * The baseline: what a draw costs without recusal, strata or replayability — copy the pool,
 * shuffle all of it with a plain xorshift32 (full Fisher–Yates) and take the first 50.
 */
function baselineDraw(pool: readonly PoolExpert[], seed: number): PoolExpert[] {
  const random = xorshift32(seed);
  const copy = pool.slice();
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = copy[i]!;
    copy[i] = copy[j]!;
    copy[j] = t;
  }
  return copy.slice(0, PANEL_SIZE);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export default async function drawBench(): Promise<void> {
  const fixtures = buildDrawFixtures();
  const hashStart = performance.now();
  // The office freezes the pool — its SM3 and its grouping by specialty group — and publishes
  // the hash before the seed exists (步骤“公布抽取种子”), so neither is part of the draw's cost.
  const poolHash = crypto
    .createHash('sm3')
    .update(canonicalPoolSnapshot(fixtures.pool), 'utf8')
    .digest('hex');
  const hashMs = performance.now() - hashStart;
  const indexStart = performance.now();
  const poolIndex = indexPoolByGroup(fixtures.pool);
  const indexMs = performance.now() - indexStart;
  const input = (seed: string) => ({ ...fixtures, seed, poolHash, poolIndex, digest: sm3 });
  const unindexed = drawPanel({ ...fixtures, seed: 'check', poolHash, digest: sm3 });
  if (JSON.stringify(unindexed) !== JSON.stringify(drawPanel(input('check'))))
    throw new Error('the grouped snapshot draws a different panel');

  const first: DrawResult = drawPanel(input('2025-11-20 公开种子 0'));
  const again = drawPanel(input('2025-11-20 公开种子 0'));
  if (JSON.stringify(first) !== JSON.stringify(again)) throw new Error('drawPanel is not deterministic');
  const reasons = new Map<string, number>();
  for (const r of first.recusals) reasons.set(r.reason, (reasons.get(r.reason) ?? 0) + 1);
  const recusedExperts = new Set(first.recusals.map((r) => r.expertId)).size;
  const members = first.panel.filter((s) => s.role === 'member').length;
  console.log(
    `pool: ${fixtures.pool.length} experts, ${new Set(fixtures.pool.map((e) => e.group)).size} groups; applicants: ${fixtures.applicants.length}; pool hash ${poolHash.slice(0, 16)}… (${hashMs.toFixed(0)} ms) and grouping (${indexMs.toFixed(0)} ms), both once when the snapshot is frozen`,
  );
  console.log(
    `recusals: ${first.recusals.length} (${[...reasons].map(([k, v]) => `${k} ${v}`).join(', ')}), drawn experts recused (顺延): ${recusedExperts}`,
  );
  console.log(
    `panel: ${first.panel.length} seats (${members} members, ${first.panel.length - members} alternates), shortfalls: ${first.shortfalls.length}`,
  );

  let sink = 0;
  for (let i = 0; i < WARM_UP; i++) {
    sink += drawPanel(input(`warm-up ${i}`)).panel.length;
    sink += baselineDraw(fixtures.pool, i + 1).length;
  }
  // Interleave the two so that a busy moment on the machine weighs on both alike.
  const ours: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const seed = `2025-11-20 公开种子 ${i}`;
    let start = performance.now();
    sink += drawPanel(input(seed)).panel.length;
    ours.push(performance.now() - start);
    start = performance.now();
    sink += baselineDraw(fixtures.pool, i + 1).length;
    baseline.push(performance.now() - start);
  }
  // For the record: the same draw grouping the pool itself, i.e. without the frozen snapshot's grouping.
  const plain: number[] = [];
  for (let i = 0; i < 50; i++) {
    const start = performance.now();
    sink += drawPanel({ ...fixtures, seed: `plain ${i}`, poolHash, digest: sm3 }).panel.length;
    plain.push(performance.now() - start);
  }
  console.log(
    `without the snapshot's grouping a draw takes ${median(plain).toFixed(2)} ms (one pass over the pool)`,
  );
  if (sink === 0) console.log('');
  const x = median(ours);
  const y = median(baseline);
  console.log(`draw: ratio ${(y / x).toFixed(2)} (ours ${x.toFixed(2)} ms, baseline ${y.toFixed(2)} ms)`);
}
