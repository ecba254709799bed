import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../src/db/client';
import { seedCalendar } from '../../src/modules/calendar/calendar.service';
import { manualClock } from '../../src/platform/clock';
import { type AppConfig, loadConfig } from '../../src/platform/config';
import { createFieldCipher, type FieldCipher } from '../../src/platform/crypto';
import type { OutgoingMessage } from '../../src/platform/message-sender';
import { buildApp } from '../../src/server/app';
import { createServices, type Services } from '../../src/server/services';
import { createTestDatabase } from './test-database';

export interface TestApp {
  app: FastifyInstance;
  database: Database & { url?: string };
  services: Services;
  clock: ReturnType<typeof manualClock>;
  config: AppConfig;
  cipher: FieldCipher;
  /** SMS and e-mail handed to the delivery adapter, in order. */
  sent: OutgoingMessage[];
  close(): Promise<void>;
}

/**
 * The whole server over a real test database, driven through `app.inject`. Time is a
 * manual clock so idle timeouts and lockouts are tested without waiting.
 */
export async function createTestApp(
  overrides: Partial<AppConfig> = {},
  options: {
    /** Receives the server's log lines (set `logLevel` in `overrides`: tests log nothing by default). */
    logStream?: { write(line: string): void };
    /** Replaces the fresh test database (migrated; e.g. PGlite in a data directory, for backups). */
    database?: Database & { url?: string };
    /** Replaces the random master key. */
    secretKey?: Buffer;
  } = {},
): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  await seedCalendar(database.db);
  const attachmentsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiping-attachments-'));
  const config: AppConfig = { ...loadConfig({ NODE_ENV: 'test' }), attachmentsDir, ...overrides };
  const clock = manualClock(new Date('2026-03-02T02:00:00Z'));
  const cipher = createFieldCipher(options.secretKey ?? crypto.randomBytes(32));
  const sent: OutgoingMessage[] = [];
  const messageSender = {
    async send(message: OutgoingMessage) {
      sent.push(message);
    },
  };
  const services = createServices({ db: database.db, clock, config, cipher, messageSender });
  await services.certificates.verifier.attach(database);
  const app = await buildApp({ config, services, logStream: options.logStream });
  await app.ready();
  return {
    app,
    database,
    services,
    clock,
    config,
    cipher,
    sent,
    async close() {
      // As the server's shutdown does: a background title import must not meet a closed database.
      await services.titleImports.idle();
      await app.close();
      await services.certificates.verifier.detach();
      await database.close();
      fs.rmSync(attachmentsDir, { recursive: true, force: true });
    },
  };
}
