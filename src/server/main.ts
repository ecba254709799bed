import { announcePort } from '../db/data-dir-lock';
import { demoAccounts } from '../modules/demo/demo.seed';
import { buildDemoDataset } from '../modules/demo/demo-dataset';
import { loadConfig } from '../platform/config';
import { buildApp } from './app';
import { startBackgroundJobs } from './background-jobs';
import { openAppContext, seedDemoIfFresh } from './bootstrap';

/** `npm start`: migrate, seed a fresh data directory with the demo, serve API and web UI. */
async function main() {
  const config = loadConfig();
  const context = await openAppContext(config);
  const demo = await seedDemoIfFresh(context, config);
  const app = await buildApp({ config, services: context.services });

  const stopJobs = startBackgroundJobs(context.services, app.log);
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
  if (context.database.kind === 'pglite') announcePort(config.dataDir, config.port);
  const where = context.database.kind === 'pglite' ? `内嵌数据库 PGlite（${config.dataDir}）` : 'PostgreSQL';
  console.log(`\n职评 zhiping 已启动：http://localhost:${config.port}  （${where}）`);
  console.log(`接口文档：http://localhost:${config.port}/docs`);
  void context.services.certificates.verifier
    .loaded()
    .then((n) =>
      console.log(`证书查验：启动时已将 ${n} 张证书载入内存；此后签发或导入的证书在首次查验时载入。`),
    );
  if (demo) console.log(`\n已载入演示数据：${demo.organisations} 个机构，${demo.persons} 名专业技术人员。`);
  const accounts = config.production ? [] : await demoAccounts(context.database.db);
  if (accounts.length > 0) {
    console.log(`演示账号（密码均为 ${buildDemoDataset().password}）：`);
    for (const a of accounts)
      console.log(
        `  ${a.username.padEnd(18)} ${a.roleName}  ${a.displayName}${a.organisation ? `（${a.organisation}）` : ''}`,
      );
  }
}

main().catch((error) => {
  console.error('启动失败：', error instanceof Error ? error.message : error);
  process.exit(1);
});
