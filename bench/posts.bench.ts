import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import pg from 'pg';
import { openDatabase } from '../src/db/client';
import type { Actor } from '../src/domain/access/actor';
import { permissionsOf } from '../src/domain/access/permissions';
import { todayInShanghai } from '../src/domain/calendar';
import { createPostMonitoring } from '../src/modules/posts/post-monitoring.service';
import { rebuildBoardSummary } from '../src/modules/posts/post-statistics.repository';
import { systemClock } from '../src/platform/clock';
import { baselineMonitoring, type MonitoringFigures } from './posts-baseline';
import { generateProvince } from './posts-fixtures';
import { throwawayPostgres } from './throwaway-postgres';

const UNITS = Number(process.env.POSTS_BENCH_UNITS ?? 20_000);
const APPOINTMENTS_PER_UNIT = Number(process.env.POSTS_BENCH_PER_UNIT ?? 50);
const ROUNDS = 7;

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Milliseconds `run` takes. */
async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}

/**
 * `npm run bench -- posts`: a province (辽宁) of POSTS_BENCH_UNITS public institutions (default
 * 20,000) in its 14 cities and their first districts, each with an approved post plan (some
 * with a superseded version, some whose next version starts next month) and POSTS_BENCH_PER_UNIT
 * appointments each (default 50, so 1,000,000: filed, ended, starting later, ending later,
 * borrowed and special), written by INSERT … SELECT generate_series, the summary then brought
 * to its valid state by the product's own `rebuildBoardSummary`. Ours: the province's monitoring
 * view as the service function answers it (`createPostMonitoring(...).overview`, no HTTP). The
 * baseline: the same figures by plain GROUP BY over appointments ⋈ post_plan_grades in the same
 * run. Rounds alternate; medians compared; the figures must be identical or the bench fails.
 */
export default async function postsBench(): Promise<void> {
  const server = await throwawayPostgres();
  const database = await openDatabase({ kind: 'postgres', url: server.url, poolSize: 4 });
  const client = new pg.Client({ connectionString: server.url });
  try {
    await database.migrate();
    await client.connect();
    const today = todayInShanghai(systemClock.now());
    let started = performance.now();
    const generated = await generateProvince(client, { units: UNITS, perUnit: APPOINTMENTS_PER_UNIT, today });
    console.log(
      `生成 ${generated.units} 个单位（${generated.withoutPlan} 个无方案）、${generated.plans} 版方案、${generated.appointments} 条聘用（${seconds(started)} 秒）`,
    );
    started = performance.now();
    await rebuildBoardSummary(database.db, today);
    await client.query('analyze');
    console.log(`产品重建汇总 rebuildBoardSummary（${seconds(started)} 秒）`);

    const actor: Actor = {
      userId: generated.userId,
      roles: ['hr'],
      permissions: permissionsOf(['hr']),
      organisationId: null,
      jurisdictionCode: '210000',
    };
    const monitoring = createPostMonitoring({ db: database.db, clock: systemClock });
    const ours = async (): Promise<MonitoringFigures> => {
      const view = await monitoring.overview(actor, { regionCode: '210000' });
      if (view.source !== 'summary') throw new Error(`监测未读取汇总：${view.source}`);
      return {
        totals: view.totals,
        levels: view.levels.map(({ levelName: _n, ...l }) => l),
        subRegions: view.subRegions.map(({ name: _n, ...r }) => r),
        lists: Object.fromEntries(
          Object.entries(view.lists).map(([name, page]) => [
            name,
            { total: page.total, items: page.items.map((i) => [i.unitId, i.level, i.grade, i.figure]) },
          ]),
        ),
      };
    };
    const baseline = () => baselineMonitoring(client, today);

    // Both must say the same thing before their speed means anything.
    const [first, reference] = [await ours(), await baseline()];
    if (!isDeepStrictEqual(first, reference)) {
      for (const key of Object.keys(first) as (keyof MonitoringFigures)[])
        if (!isDeepStrictEqual(first[key], reference[key]))
          console.error(
            key,
            JSON.stringify(first[key]).slice(0, 1500),
            '\n≠',
            JSON.stringify(reference[key]).slice(0, 1500),
          );
      throw new Error('监测数字与 GROUP BY 重新统计的结果不一致');
    }
    console.log(
      `figures identical: ${first.totals.unitsWithPlan} units with a plan, quota ${first.totals.quota}, occupied ${first.totals.occupied}, over-quota rows ${first.lists.overQuota!.total}, idle vacancies ${first.lists.idleVacancies!.total}`,
    );

    const oursRounds: number[] = [];
    const baselineRounds: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const a = await timed(ours);
      const b = await timed(baseline);
      if (!isDeepStrictEqual(a.value, b.value)) throw new Error(`第 ${round + 1} 轮数字不一致`);
      oursRounds.push(a.ms);
      baselineRounds.push(b.ms);
    }
    console.log(`ours ms: ${oursRounds.map((m) => m.toFixed(0)).join(', ')}`);
    console.log(`baseline ms: ${baselineRounds.map((m) => m.toFixed(0)).join(', ')}`);
    const x = median(oursRounds);
    const y = median(baselineRounds);
    console.log(`posts: ratio ${(y / x).toFixed(1)} (ours ${x.toFixed(0)} ms, baseline ${y.toFixed(0)} ms)`);
  } finally {
    await client.end().catch(() => {});
    await database.close();
    await server.stop();
  }
}
