import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../../src/platform/config';
import { buildApp } from '../../src/server/app';
import { type AppContext, openAppContext, seedDemoIfFresh } from '../../src/server/bootstrap';

/**
 * The product as `npm start` runs it — embedded database in a fresh data directory,
 * migrated and seeded with the demo — listening on a random loopback port.
 */
export async function startProduct(): Promise<{
  baseUrl: string;
  context: AppContext;
  app: FastifyInstance;
  stop(): Promise<void>;
}> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiping-e2e-'));
  const config = {
    ...loadConfig({ NODE_ENV: 'test', ZHIPING_DATA_DIR: dataDir }),
    host: '127.0.0.1',
    port: 0,
  };
  const context = await openAppContext(config);
  await seedDemoIfFresh(context, config);
  const app = await buildApp({ config, services: context.services });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    baseUrl: address,
    context,
    app,
    async stop() {
      await app.close();
      await context.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
