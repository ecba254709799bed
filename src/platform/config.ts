import path from 'node:path';

/** Everything the process reads from its environment, read once at start-up. */
export interface AppConfig {
  port: number;
  host: string;
  production: boolean;
  /** PostgreSQL URL; when absent the embedded PGlite under `dataDir` is used. */
  databaseUrl: string | null;
  dataDir: string;
  sessionIdleMinutes: number;
  lockoutThreshold: number;
  lockoutMinutes: number;
  /**
   * Failures further apart than this are not consecutive: a login name's counter with no
   * failure for this long (and no lock running) is forgotten, and its row deleted.
   */
  lockoutWindowMinutes: number;
  /**
   * Sessions one user may hold at once on each class of device (mobile, desktop); a login
   * beyond it ends the oldest. One each: a second desktop login is another person or a
   * stolen password more often than a second desk, while the phone an expert scores on and
   * the office computer may well be open together.
   */
  sessionsPerDeviceClass: number;
  /** Max login attempts per client address per minute (on top of the per-account lockout). */
  loginRateLimitPerMinute: number;
  /** Secret for SM4 field encryption and keyed hashes; see `loadSecretKey`. */
  secretKeyHex: string | null;
  logLevel: string;
  webDistDir: string;
  /** Where attachment files are kept (outside the database rows). */
  attachmentsDir: string;
  attachmentMaxBytes: number;
  /** The address the public reaches this server at: certificate QR codes point to `<it>/verify/<number>`. */
  publicBaseUrl: string;
  /** Public certificate lookups allowed per client address per minute (API and page together). */
  verifyRateLimitPerMinute: number;
  /** Server processes sharing the port (PostgreSQL only): one per core a deployment gives us. */
  workers: number;
  /** PostgreSQL connections in all, shared out among the workers. */
  databasePoolSize: number;
}

function intFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`环境变量 ${name} 应为正整数，当前为「${raw}」`);
  }
  return value;
}

/** Reads the configuration; invalid values stop the process with a clear message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const root = path.resolve(import.meta.dirname, '..', '..');
  return {
    port: intFromEnv(env, 'PORT', 3000),
    host: env.HOST ?? '0.0.0.0',
    production: env.NODE_ENV === 'production',
    databaseUrl: env.DATABASE_URL || null,
    dataDir: path.resolve(env.ZHIPING_DATA_DIR || path.join(root, 'data')),
    sessionIdleMinutes: intFromEnv(env, 'ZHIPING_SESSION_IDLE_MINUTES', 30),
    lockoutThreshold: intFromEnv(env, 'ZHIPING_LOCKOUT_THRESHOLD', 5),
    lockoutMinutes: intFromEnv(env, 'ZHIPING_LOCKOUT_MINUTES', 15),
    lockoutWindowMinutes: intFromEnv(env, 'ZHIPING_LOCKOUT_WINDOW_MINUTES', 24 * 60),
    sessionsPerDeviceClass: intFromEnv(env, 'ZHIPING_SESSIONS_PER_DEVICE', 1),
    loginRateLimitPerMinute: intFromEnv(env, 'ZHIPING_LOGIN_RATE_LIMIT', 20),
    secretKeyHex: env.ZHIPING_SECRET_KEY || null,
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    webDistDir: path.join(root, 'web', 'dist'),
    attachmentsDir: path.resolve(
      env.ZHIPING_ATTACHMENTS_DIR ||
        path.join(env.ZHIPING_DATA_DIR || path.join(root, 'data'), 'attachments'),
    ),
    attachmentMaxBytes: intFromEnv(env, 'ZHIPING_ATTACHMENT_MAX_MB', 10) * 1024 * 1024,
    publicBaseUrl: (env.ZHIPING_PUBLIC_URL || `http://localhost:${intFromEnv(env, 'PORT', 3000)}`).replace(
      /\/+$/,
      '',
    ),
    verifyRateLimitPerMinute: intFromEnv(env, 'ZHIPING_VERIFY_RATE_LIMIT', 120),
    workers: intFromEnv(env, 'ZHIPING_WORKERS', 1),
    databasePoolSize: intFromEnv(env, 'ZHIPING_DB_POOL', 10),
  };
}
