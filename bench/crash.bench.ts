import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/db/client';
import { countLostAndDoubled, fileThroughCrash, filingsFor } from './crash-load';
import { clusterControl, serverUnderTest } from './crash-targets';
import { own, ownTempDir } from './owned-processes';
import { benchApplicants } from './submission-fixtures';
import { throwawayPostgres } from './throwaway-postgres';

/** Filings per scenario: every applicant files once (plus retries of what got no answer). */
const PEOPLE = Number(process.env.CRASH_PEOPLE ?? 1500);
const CLIENTS = Number(process.env.CRASH_CLIENTS ?? 48);
/** A crash comes each time this share of a scenario's filings has been acknowledged. */
const CRASH_AT = [0.25, 0.5, 0.75];
/** Retry rounds after the recovery; a filing not acknowledged by then is reported as such. */
const ROUNDS = 5;
/** The whole run is stopped after this long, whatever it is doing. */
const DEADLINE_SECONDS = Number(process.env.CRASH_DEADLINE_SECONDS ?? 900);
const WORKERS = Number(process.env.ZHIPING_WORKERS || 1);

const line = (counts: { lost: number; doubled: number; acknowledged: number }) =>
  `crash: lost ${counts.lost}, doubled ${counts.doubled} (acknowledged ${counts.acknowledged})`;

/**
 * `npm run bench -- crash` (issue 17): are acknowledged filings durable, and do retries with the
 * same Idempotency-Key never double them, when the server is killed (SIGKILL, every process of
 * it) or PostgreSQL stops dead (`pg_ctl -m immediate stop`) in the middle of a filing rush?
 * For each scenario: applicants file concurrently (multipart, each with its own PDF); three
 * times mid-way (a quarter, half, three quarters acknowledged) the crash comes and the crashed
 * party is restarted; every filing that got no acknowledgement is sent again with its key, by its
 * client as it goes and in rounds at the end; then the database is counted. Prints `crash: lost N, doubled N
 * (acknowledged A)` per scenario and in total; exit status 1 unless all are 0 and every filing
 * was acknowledged in the end. Stops every process it started, on success, failure or signal.
 */
export default async function crashBench() {
  // Everything started here is registered (owned-processes.ts): bench/run.ts stops it on a
  // signal or whatever a failure leaves behind, and kills it should this process exit first.
  const pgServer = await throwawayPostgres();
  const files = ownTempDir('zhiping-crash-files-');
  const secret = crypto.randomBytes(32).toString('hex');
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const server = serverUnderTest({
    url: pgServer.url,
    port,
    secret,
    attachmentsDir: files.dir,
    workers: WORKERS,
  });
  const stopServer = own({
    name: `被测服务（端口 ${port}）`,
    stop: () => server.stop(),
    kill: server.killNow,
  });
  const cluster = pgServer.pid ? await clusterControl(pgServer.url) : null;
  let database = await openDatabase({ kind: 'postgres', url: pgServer.url, poolSize: 4 });
  // Bounded in time: past the deadline, the run stops as on Ctrl-C (bench/run.ts stops what runs).
  const deadline = setTimeout(() => {
    console.error(`超过 ${DEADLINE_SECONDS} 秒，停止`);
    process.kill(process.pid, 'SIGTERM');
  }, DEADLINE_SECONDS * 1000);
  deadline.unref();
  try {
    await database.migrate();
    const scenarios = [
      {
        name: `服务进程被 SIGKILL（${WORKERS} 个工作进程连同主进程）后重启`,
        crash: () => server.crash(),
        recover: () => server.start(),
      },
      ...(cluster
        ? [
            {
              name: 'PostgreSQL 立即停止（pg_ctl -m immediate stop）后重启，服务不停',
              crash: async () => cluster.crash(),
              recover: async () => {
                await new Promise((r) => setTimeout(r, 1000));
                cluster.restart();
              },
            },
          ]
        : []),
    ];
    if (!cluster) console.log('（DATABASE_URL 指向的不是本次启动的集群：不制造 PostgreSQL 故障）');
    console.log(`准备 ${PEOPLE * scenarios.length} 名申报人（账号、档案、会话）…`);
    const people = await benchApplicants(database.db, secret, PEOPLE * scenarios.length);
    await database.db.execute(sql`vacuum analyze`);
    // The pool that loaded them goes now: a PostgreSQL crash would only break its connections.
    await database.close();
    database = await openDatabase({ kind: 'postgres', url: pgServer.url, poolSize: 4 });
    await server.start();

    const total = { lost: 0, doubled: 0, acknowledged: 0 };
    let incomplete = 0;
    for (const [i, scenario] of scenarios.entries()) {
      console.log(
        `\n场景${i + 1}：${scenario.name}；${PEOPLE} 份申报，${CLIENTS} 个并发客户端，故障 ${CRASH_AT.length} 次`,
      );
      const filings = filingsFor(people.slice(i * PEOPLE, (i + 1) * PEOPLE));
      const run = await fileThroughCrash({
        baseUrl: server.baseUrl,
        filings,
        clients: CLIENTS,
        crashAt: CRASH_AT.map((share) => Math.floor(PEOPLE * share)),
        crash: scenario.crash,
        recover: scenario.recover,
        rounds: ROUNDS,
        log: (l) => console.log(`  ${l}`),
      });
      const counts = await countLostAndDoubled(database.db, filings, files.dir);
      console.log(
        `  故障 ${run.crashes} 次；应答：确认 ${run.tally.acknowledged}，无应答 ${run.tally.noAnswer}，5xx ${run.tally.serverError}${run.tally.lastServerError ? `（例如 ${run.tally.lastServerError}）` : ''}；` +
          `同一 Idempotency-Key 重发 ${run.tally.retries} 次，其中 ${run.tally.replayed} 次答以已存的申报（200：原请求已写入、应答丢失）；最终未获确认 ${counts.unacknowledged}（其中库中已有 ${counts.unacknowledgedButStored}），被拒 ${counts.refused.length}${counts.refused[0] ? `（例如 ${counts.refused[0]}）` : ''}`,
      );
      console.log(line(counts));
      total.lost += counts.lost;
      total.doubled += counts.doubled;
      total.acknowledged += counts.acknowledged;
      incomplete += counts.unacknowledged;
    }
    console.log(`\n合计（${WORKERS} 个工作进程）：`);
    console.log(line(total));
    if (total.lost > 0 || total.doubled > 0 || incomplete > 0) process.exitCode = 1;
  } finally {
    clearTimeout(deadline);
    await stopServer();
    await database.close().catch(() => {});
    await pgServer.stop();
    await files.remove();
  }
}
