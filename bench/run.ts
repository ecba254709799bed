/**
 * `npm run bench -- NAME`: runs one benchmark, which compares us against a baseline in the
 * same run and ends with the line `NAME: ratio R (ours X unit, baseline Y unit)` — except
 * `crash`, a durability check, which ends with `crash: lost N, doubled N (acknowledged A)`.
 */
const BENCHES: Record<string, () => Promise<{ default: () => Promise<void> }>> = {
  crash: () => import('./crash.bench'),
  draw: () => import('./draw.bench'),
  eligibility: () => import('./eligibility.bench'),
  import: () => import('./import.bench'),
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
const bench = await load();
await bench.default();

export {};
