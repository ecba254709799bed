import crypto from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { canonicalPoolSnapshot, type DrawResult, drawPanel, type PoolExpert } from '../src/domain/review';
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
  // The office publishes the pool hash before the seed exists, so it is not part of the draw's cost.
  const poolHash = crypto
    .createHash('sm3')
    .update(canonicalPoolSnapshot(fixtures.pool), 'utf8')
    .digest('hex');
  const hashMs = performance.now() - hashStart;
  const input = (seed: string) => ({ ...fixtures, seed, poolHash, digest: sm3 });

  const first: DrawResult = drawPanel(input('2025-11-20 公开种子 0'));
  const again = drawPanel(input('2025-11-20 公开种子 0'));
  if (JSON.stringify(first) !== JSON.stringify(again)) throw new Error('drawPanel is not deterministic');
  const reasons = new Map<string, number>();
  for (const r of first.recusals) reasons.set(r.reason, (reasons.get(r.reason) ?? 0) + 1);
  const recusedExperts = new Set(first.recusals.map((r) => r.expertId)).size;
  const members = first.panel.filter((s) => s.role === 'member').length;
  console.log(
    `pool: ${fixtures.pool.length} experts, ${new Set(fixtures.pool.map((e) => e.group)).size} groups; applicants: ${fixtures.applicants.length}; pool hash ${poolHash.slice(0, 16)}… (${hashMs.toFixed(0)} ms, before the draw)`,
  );
  console.log(
    `recusals: ${first.recusals.length} (${[...reasons].map(([k, v]) => `${k} ${v}`).join(', ')}), experts excluded: ${recusedExperts}`,
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
  if (sink === 0) console.log('');
  const x = median(ours);
  const y = median(baseline);
  console.log(`draw: ratio ${(y / x).toFixed(2)} (ours ${x.toFixed(2)} ms, baseline ${y.toFixed(2)} ms)`);
}
