import crypto from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Engine, type RuleProperties } from 'json-rules-engine';
import { openDatabase } from '../src/db/client';
import type { EligibilityRequest } from '../src/domain/policy';
import { degreeRank } from '../src/domain/policy/profile-facts';
import { checkEligibility } from '../src/modules/eligibility/eligibility.service';
import { systemClock } from '../src/platform/clock';
import { loadConfig } from '../src/platform/config';
import { createFieldCipher } from '../src/platform/crypto';
import { buildApp } from '../src/server/app';
import { createServices } from '../src/server/services';
import { generateRequests } from './eligibility-profiles';

const PROFILES = 2000;

/**
 * The baseline: json-rules-engine encoding the same conditions of the regular pathway for
 * 高级工程师 (general rules + the engineering basic standard), one rule per condition so
 * that it too reports every unmet condition.
 */
function baselineEngine(): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  const profile = (almanac: { factValue: (k: string) => Promise<unknown> }) =>
    almanac.factValue('request') as Promise<EligibilityRequest>;
  engine.addFact('retired', async (_p, a) => (await profile(a)).applicant.retired);
  engine.addFact('banned', async (_p, a) => {
    const r = await profile(a);
    return r.applicant.integrity.bannedUntil !== null && r.applicant.integrity.bannedUntil >= r.asOf;
  });
  engine.addFact('hasEmployer', async (_p, a) => {
    const r = await profile(a);
    return r.applicant.work.some((w) => w.from <= r.asOf && (w.to === null || w.to >= r.asOf));
  });
  engine.addFact('residence', async (_p, a) => (await profile(a)).applicant.residence);
  engine.addFact('degreeRank', async (_p, a) => {
    const r = await profile(a);
    return Math.max(
      0,
      ...r.applicant.education
        .filter((e) => !e.graduatedOn || e.graduatedOn <= r.asOf)
        .map((e) => degreeRank(e.degree)),
    );
  });
  engine.addFact('intermediateYears', async (_p, a) => {
    const r = await profile(a);
    const held = r.applicant.titles
      .filter((t) => t.series === 'engineering' && t.level === 'intermediate' && t.obtainedOn <= r.asOf)
      .sort((x, y) => (x.obtainedOn < y.obtainedOn ? -1 : 1))[0];
    return held ? Number(r.asOf.slice(0, 4)) - Number(held.obtainedOn.slice(0, 4)) : -1;
  });
  const rule = (name: string, conditions: RuleProperties['conditions']): RuleProperties => ({
    name,
    conditions,
    event: { type: name },
  });
  engine.addRule(rule('not-retired', { all: [{ fact: 'retired', operator: 'equal', value: false }] }));
  engine.addRule(rule('not-banned', { all: [{ fact: 'banned', operator: 'equal', value: false }] }));
  engine.addRule(rule('has-employer', { all: [{ fact: 'hasEmployer', operator: 'equal', value: true }] }));
  engine.addRule(
    rule('residence', {
      all: [{ fact: 'residence', operator: 'in', value: ['mainland', 'hk', 'mo', 'tw'] }],
    }),
  );
  engine.addRule(
    rule('education', { all: [{ fact: 'degreeRank', operator: 'greaterThanInclusive', value: 3 }] }),
  );
  engine.addRule(
    rule('title', { all: [{ fact: 'intermediateYears', operator: 'greaterThanInclusive', value: 0 }] }),
  );
  engine.addRule(
    rule('seniority', {
      any: [
        {
          all: [
            { fact: 'degreeRank', operator: 'greaterThanInclusive', value: 6 },
            { fact: 'intermediateYears', operator: 'greaterThanInclusive', value: 2 },
          ],
        },
        {
          all: [
            { fact: 'degreeRank', operator: 'lessThan', value: 6 },
            { fact: 'intermediateYears', operator: 'greaterThanInclusive', value: 5 },
          ],
        },
      ],
    }),
  );
  return engine;
}

/** Evaluations per second of `run` over all requests, repeated for at least `ms`. */
async function throughput(
  requests: EligibilityRequest[],
  run: (r: EligibilityRequest) => unknown,
  ms: number,
): Promise<number> {
  for (const r of requests.slice(0, 200)) await run(r); // warm-up
  let done = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    for (const r of requests) await run(r);
    done += requests.length;
  }
  return done / ((performance.now() - start) / 1000);
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function httpLatency(requests: EligibilityRequest[]): Promise<{ p50: number; p99: number }> {
  const database = await openDatabase({ kind: 'pglite', dataDir: null });
  await database.migrate();
  const config = { ...loadConfig({ NODE_ENV: 'test' }), logLevel: 'silent' };
  const services = createServices({
    db: database.db,
    clock: systemClock,
    config,
    cipher: createFieldCipher(crypto.randomBytes(32)),
  });
  const app = await buildApp({ config, services });
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  const times: number[] = [];
  try {
    for (let i = 0; i < 1000; i++) {
      const body = JSON.stringify(requests[i % requests.length]);
      const start = performance.now();
      const response = await fetch(`${base}/api/v1/eligibility/check`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      await response.arrayBuffer();
      if (i >= 100) times.push(performance.now() - start);
    }
  } finally {
    await app.close();
    await database.close();
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

export default async function eligibilityBench(): Promise<void> {
  const requests = generateRequests(PROFILES);
  const engine = baselineEngine();

  // Both must say the same thing before their speed means anything.
  let agree = 0;
  for (const request of requests) {
    const ours = checkEligibility(request).eligible;
    const { failureResults } = await engine.run({ request });
    if (ours === (failureResults.length === 0)) agree += 1;
  }
  console.log(
    `profiles: ${requests.length}; verdicts agreeing with the baseline: ${agree}/${requests.length}`,
  );

  // Alternate short rounds and compare medians, so a busy moment on the machine weighs on
  // both sides alike instead of on whichever happened to run then.
  const oursRounds: number[] = [];
  const baselineRounds: number[] = [];
  for (let round = 0; round < 7; round++) {
    oursRounds.push(await throughput(requests, (r) => checkEligibility(r).unmet, 700));
    baselineRounds.push(
      await throughput(requests, async (r) => (await engine.run({ request: r })).failureResults, 700),
    );
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const ours = median(oursRounds);
  const baseline = median(baselineRounds);
  const latency = await httpLatency(requests);
  console.log(
    `HTTP POST /api/v1/eligibility/check latency: p50 ${latency.p50.toFixed(2)} ms, p99 ${latency.p99.toFixed(2)} ms`,
  );
  console.log(
    `eligibility: ratio ${(ours / baseline).toFixed(1)} (ours ${Math.round(ours)} evals/s, baseline ${Math.round(baseline)} evals/s)`,
  );
}
