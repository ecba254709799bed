import { stopAll, stopOwnedOnExit } from './owned-processes';

/**
 * `npm run bench -- NAME`: runs one benchmark, which compares us against a baseline in the
 * same run and ends with the line `NAME: ratio R (ours X unit, baseline Y unit)` — except
 * `crash`, a durability check, which ends with `crash: lost N, doubled N (acknowledged A)`. Whatever it
 * started (servers, PostgreSQL clusters) is stopped before this process ends — on success, on
 * failure and on a signal — and the process then exits with the benchmark's status.
 */
const BENCHES: Record<string, () => Promise<{ default: () => Promise<void> }>> = {
  crash: () => import('./crash.bench'),
  draw: () => import('./draw.bench'),
  eligibility: () => import('./eligibility.bench'),
  import: () => import('./import.bench'),
  posts: () => import('./posts.bench'),
  sign: () => import('./sign.bench'),
  submission: () => import('./submission.bench'),
  verify: () => import('./verify.bench'),
};

const benchName = process.argv[2];
const load = benchName ? BENCHES[benchName] : undefined;
if (!load) {
  console.error(`用法：npm run bench -- <${Object.keys(BENCHES).join('|')}>`);
  process.exit(2);
}
stopOwnedOnExit();
let failed = false;
try {
  const bench = await load();
  await bench.default();
} catch (error) {
  failed = true;
  console.error(
    `基准测试 ${benchName} 失败：`,
    error instanceof Error ? (error.stack ?? error.message) : error,
  );
} finally {
  await stopAll();
}
// Exit now rather than when the last handle closes: a client left open (a pool, a keep-alive
// socket) must not keep a finished run waiting, nor let it end by an unsettled await (status 13).
process.exit(failed ? 1 : (process.exitCode ?? 0));
