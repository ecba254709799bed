import cluster from 'node:cluster';
import pino from 'pino';
import { announcePort } from '../db/data-dir-lock';
import type { DemoSummary } from '../modules/demo/demo.seed';
import { demoAccounts } from '../modules/demo/demo.seed';
import { buildDemoDataset } from '../modules/demo/demo-dataset';
import { systemClock } from '../platform/clock';
import { type AppConfig, loadConfig } from '../platform/config';
import { failureText } from '../platform/loggable-error';
import { loggerOptions } from '../platform/logger';
import { buildApp } from './app';
import { startBackgroundJobs } from './background-jobs';
import { type AppContext, openAppContext, seedDemoIfFresh } from './bootstrap';
import { createOperatorToken } from './operator-token';

/**
 * `npm start`: migrate, seed a fresh data directory with the demo, serve API and web UI.
 * On PostgreSQL this process supervises worker processes that serve the requests; on the
 * embedded PGlite, which belongs to one process, it does everything itself.
 */
async function main() {
  const config = loadConfig();
  if (cluster.isPrimary && config.databaseUrl) return supervise(config);
  if (!config.databaseUrl && config.workers > 1)
    throw new Error('多进程（ZHIPING_WORKERS>1）仅支持 PostgreSQL，请设置 DATABASE_URL');
  const context = await openAppContext(config);
  const demo = cluster.isPrimary ? await seedDemoIfFresh(context, config) : null;
  // Only a server that holds the embedded database needs one: on PostgreSQL the CLI opens the database itself.
  const operatorToken = context.database.kind === 'pglite' ? createOperatorToken() : null;
  const app = await buildApp({ config, services: context.services, operatorToken });

  // The background work runs in the supervisor when there is one.
  const stopJobs = cluster.isPrimary ? startBackgroundJobs(context.services, app.log) : async () => {};
  const shutdown = async () => {
    await stopJobs();
    // Imports in progress run to their end; were the process killed instead, committed batches stay
    // and a re-run of the same file imports only the rest.
    await context.services.titleImports.idle();
    await app.close();
    await context.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);

  await app.listen({ port: config.port, host: config.host });
  if (cluster.isPrimary) (await announce(config, context, demo, operatorToken))();
  // Every process that answers verifications says when it holds the ledger: on PostgreSQL
  // those are the workers (the supervisor keeps none).
  void context.services.certificates.verifier
    .loaded()
    .then((n) =>
      console.log(`证书查验：启动时已将 ${n} 张证书载入内存；此后签发或导入的证书在首次查验时载入。`),
    );
}

/** What a starting server tells whoever started it. */
async function announce(
  config: AppConfig,
  context: AppContext,
  demo: DemoSummary | null,
  operatorToken: string | null = null,
) {
  if (context.database.kind === 'pglite')
    announcePort(config.dataDir, config.port, operatorToken ?? undefined);
  const where = context.database.kind === 'pglite' ? `内嵌数据库 PGlite（${config.dataDir}）` : 'PostgreSQL';
  const accounts = config.production ? [] : await demoAccounts(context.database.db);
  return () => {
    console.log(`\n职评 zhiping 已启动：http://localhost:${config.port}  （${where}）`);
    console.log(`接口文档：http://localhost:${config.port}/docs`);
    if (demo) console.log(`\n已载入演示数据：${demo.organisations} 个机构，${demo.persons} 名专业技术人员。`);
    if (!config.production)
      console.log('短信验证码（注册、找回密码）未接入短信网关，开发模式下打印在本窗口的日志中。');
    if (accounts.length > 0) {
      console.log(`演示账号（密码均为 ${buildDemoDataset().password}）：`);
      for (const a of accounts)
        console.log(
          `  ${a.username.padEnd(18)} ${a.roleName}  ${a.displayName}${a.organisation ? `（${a.organisation}）` : ''}${a.phone ? `  手机 ${a.phone}` : ''}`,
        );
    }
  };
}

/**
 * On PostgreSQL: this process migrates and seeds once, runs the background jobs, and starts
 * ZHIPING_WORKERS processes (one by default) that serve requests on the one port; it replaces
 * a worker that dies and stops them all on SIGTERM. The jobs are kept out of the workers
 * because sealing the audit chain hashes every event again, about an eighth of a busy
 * server's CPU: here it runs on another core, and a long deadline sweep delays no request.
 */
async function supervise(config: AppConfig) {
  const context = await openAppContext({ ...config, workers: 1, databasePoolSize: 2 }, systemClock, {
    cacheCertificates: false,
  });
  const print = await announce(config, context, await seedDemoIfFresh(context, config));
  const stopJobs = startBackgroundJobs(context.services, pino(loggerOptions(config.logLevel)));
  let stopping = false;
  /** `replacing`: how many replacements of this worker have failed to start in a row (0 at first start). */
  const start = (index: number, replacing: number | null = null) => {
    const worker = cluster.fork();
    let served = false;
    worker.once('listening', () => {
      served = true;
    });
    worker.on('exit', (code) => {
      if (stopping) return;
      // A first start that fails (port taken, bad settings) would fail again: restarting would only loop.
      if (!served && replacing === null) {
        console.error(`工作进程 ${index} 启动失败（退出码 ${code}），服务停止`);
        stop(1);
        return;
      }
      if (served) {
        console.error(`工作进程 ${index} 意外退出（退出码 ${code}），正在重新启动`);
        start(index, 0);
        return;
      }
      // A replacement meets what its predecessor met, e.g. PostgreSQL restarting: it tries again,
      // waiting longer each time (up to 30 s), rather than stop a service that was serving.
      const wait = Math.min(30_000, 500 * 2 ** (replacing ?? 0));
      console.error(`工作进程 ${index} 重新启动失败（退出码 ${code}），${wait / 1000} 秒后再试`);
      setTimeout(() => {
        if (!stopping) start(index, (replacing ?? 0) + 1);
      }, wait);
    });
  };
  const running = () => Object.keys(cluster.workers ?? {}).length;
  const stop = (exitCode: number) => {
    stopping = true;
    const finish = async () => {
      await stopJobs();
      await context.close();
      process.exit(exitCode);
    };
    if (running() === 0) return void finish();
    cluster.on('exit', () => {
      if (running() === 0) void finish();
    });
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
  };
  process.once('SIGINT', () => stop(0));
  process.once('SIGTERM', () => stop(0));
  let listening = 0;
  cluster.on('listening', () => {
    listening += 1;
    if (listening !== config.workers) return;
    print();
    if (config.workers > 1) console.log(`（${config.workers} 个工作进程共用此端口）`);
  });
  for (let index = 0; index < config.workers; index++) start(index);
}

main().catch((error) => {
  // A failed statement's message would repeat its values: say what failed, not with what.
  console.error('启动失败：', failureText(error));
  process.exit(1);
});
