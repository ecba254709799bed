import { isDatabaseUnavailable } from '../platform/database-errors';
import { type LoggableError, loggableError } from '../platform/loggable-error';
import type { Services } from './services';

interface JobLog {
  error(fields: { err: LoggableError }, message: string): void;
  warn(fields: { err: LoggableError }, message: string): void;
  info(message: string): void;
}

/**
 * Reports a job's failures without the values involved (`loggableError`). While the database
 * cannot be reached the sealer would fail every second: that is said once, and once more when
 * the database is back, instead of filling the log.
 */
function failureReporter(log: JobLog, what: string) {
  let unavailable = false;
  return {
    failed(error: unknown) {
      if (!isDatabaseUnavailable(error)) return log.error({ err: loggableError(error) }, `${what}失败`);
      if (unavailable) return;
      unavailable = true;
      log.warn({ err: loggableError(error) }, `${what}暂停：数据库无法连接，恢复后自动继续`);
    },
    succeeded() {
      if (!unavailable) return;
      unavailable = false;
      log.info(`${what}已恢复：数据库重新可用`);
    },
  };
}

/**
 * Seals the audit chain every second, and polls the stored deadlines and the outbox once a
 * minute, forgetting expired login-name counters, replaced sessions and day-old SMS codes on the way. The
 * intervals only decide when to look: what is due lives in the database
 * (DESIGN rule 5), so a restart loses nothing and several processes share the work.
 */
export function startBackgroundJobs(
  services: Pick<Services, 'deadlines' | 'notifications' | 'sealAudit' | 'auth' | 'phoneCodes'>,
  log: JobLog,
  intervalMs = 60_000,
): () => Promise<void> {
  const sealReport = failureReporter(log, '审计日志入链');
  let sealing: Promise<unknown> | null = null;
  const seal = () => {
    sealing ??= services
      .sealAudit()
      .then(sealReport.succeeded, sealReport.failed)
      .finally(() => {
        sealing = null;
      });
  };
  const sealTimer = setInterval(seal, 1000);
  sealTimer.unref();
  const tickReport = failureReporter(log, '后台任务（期限、消息发送）');
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = (async () => {
      try {
        await services.deadlines.sweep();
        await services.notifications.deliverOutbox();
        await services.auth.forgetExpired();
        await services.phoneCodes.forgetExpired();
        tickReport.succeeded();
      } catch (error) {
        tickReport.failed(error);
      } finally {
        running = null;
      }
    })();
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  tick();
  return async () => {
    clearInterval(timer);
    clearInterval(sealTimer);
    await running;
    await sealing;
    await services.sealAudit();
  };
}
