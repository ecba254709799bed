import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Clock } from '../../src/platform/clock';
import { type AppConfig, loadConfig } from '../../src/platform/config';
import type { MessageSender } from '../../src/platform/message-sender';
import { buildApp } from '../../src/server/app';
import { type AppContext, openAppContext, seedDemoIfFresh } from '../../src/server/bootstrap';

export interface ProductOptions {
  /** The product's time source: a `manualClock` lets a test pass working days between two steps. */
  clock?: Clock;
  /** Settings to override, e.g. a session idle time that outlives the days a test skips. */
  config?: Partial<AppConfig>;
  /** Where the product's SMS go: a test reads one-time codes from it as a phone would. */
  messageSender?: MessageSender;
}

/**
 * The product as `npm start` runs it — embedded database in a fresh data directory,
 * migrated and seeded with the demo — listening on a random loopback port.
 */
export async function startProduct(options: ProductOptions = {}): Promise<{
  baseUrl: string;
  context: AppContext;
  app: FastifyInstance;
  stop(): Promise<void>;
}> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiping-e2e-'));
  const config = {
    ...loadConfig({ NODE_ENV: 'test', ZHIPING_DATA_DIR: dataDir }),
    ...options.config,
    host: '127.0.0.1',
    port: 0,
  };
  const context = await openAppContext(
    config,
    options.clock,
    options.messageSender ? { messageSender: options.messageSender } : {},
  );
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
