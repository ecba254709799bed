import { count } from 'drizzle-orm';
import { type Database, openDatabase } from '../db/client';
import { users } from '../db/schema';
import { seedCalendar } from '../modules/calendar/calendar.service';
import { type DemoSummary, seedDemo } from '../modules/demo/demo.seed';
import { type Clock, manualClock, systemClock } from '../platform/clock';
import type { AppConfig } from '../platform/config';
import { createFieldCipher, type FieldCipher } from '../platform/crypto';
import type { MessageSender } from '../platform/message-sender';
import { loadSecretKey } from '../platform/secret-key';
import { createServices, type Services } from './services';

export interface AppContext {
  database: Database;
  services: Services;
  cipher: FieldCipher;
  /** The time source the services were wired with (the demo dates its post plans by it). */
  clock: Clock;
  close(): Promise<void>;
}

/**
 * Opens the configured database, applies pending migrations and loads reference data —
 * the same steps for the server, the CLI and the tests.
 */
export async function openAppContext(
  config: AppConfig,
  clock: Clock = systemClock,
  options: {
    /** Whether to keep the certificate ledger in memory for verification (not where none is served). */
    cacheCertificates?: boolean;
    /** Where SMS and e-mail leave the system; the logging adapter when not given. */
    messageSender?: MessageSender;
  } = {},
): Promise<AppContext> {
  const database = await openDatabase(
    config.databaseUrl
      ? {
          kind: 'postgres',
          url: config.databaseUrl,
          // The connections are shared out among the worker processes.
          poolSize: Math.max(2, Math.ceil(config.databasePoolSize / config.workers)),
        }
      : { kind: 'pglite', dataDir: config.dataDir },
  );
  try {
    await database.migrate();
    await seedCalendar(database.db);
    const cipher = createFieldCipher(loadSecretKey(config));
    const services = createServices({
      db: database.db,
      clock,
      config,
      cipher,
      ...(options.messageSender ? { messageSender: options.messageSender } : {}),
    });
    // Verification answers are cached only while this process hears every status change.
    if (options.cacheCertificates ?? true) await services.certificates.verifier.attach(database);
    return {
      database,
      services,
      cipher,
      clock,
      close: async () => {
        await services.certificates.verifier.detach();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/**
 * Seeds the demo dataset into a database that has no users yet, never in production.
 * Returns what was seeded, or null when nothing was.
 */
export async function seedDemoIfFresh(context: AppContext, config: AppConfig): Promise<DemoSummary | null> {
  if (config.production) return null;
  const [row] = await context.database.db.select({ n: count() }).from(users);
  if ((row?.n ?? 0) > 0) return null;
  // The demo's post history is made through the posts services wired on a clock of the seed's own,
  // which it sets to each step's day, so publicity periods have really passed; the product's
  // services keep their own clock.
  const seedClock = manualClock(context.clock.now());
  const { posts } = createServices({
    db: context.database.db,
    clock: seedClock,
    config,
    cipher: context.cipher,
  });
  return seedDemo(context.database.db, {
    audit: context.services.audit,
    cipher: context.cipher,
    posts: { ...posts, clock: seedClock },
  });
}
