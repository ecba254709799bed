import type { Services } from './services';

/**
 * Seals the audit chain every second, and polls the stored deadlines and the outbox once a
 * minute, forgetting expired login-name counters and replaced sessions on the way. The intervals only decide when to look: what is due lives in the database
 * (DESIGN rule 5), so a restart loses nothing and several processes share the work.
 */
export function startBackgroundJobs(
  services: Pick<Services, 'deadlines' | 'notifications' | 'sealAudit' | 'auth'>,
  log: { error(fields: Record<string, unknown>, message: string): void },
  intervalMs = 60_000,
): () => Promise<void> {
  let sealing: Promise<unknown> | null = null;
  const seal = () => {
    sealing ??= services
      .sealAudit()
      .catch((error) =>
        log.error({ err: error instanceof Error ? error.message : String(error) }, '审计日志入链失败'),
      )
      .finally(() => {
        sealing = null;
      });
  };
  const sealTimer = setInterval(seal, 1000);
  sealTimer.unref();
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = (async () => {
      try {
        await services.deadlines.sweep();
        await services.notifications.deliverOutbox();
        await services.auth.forgetExpired();
      } catch (error) {
        log.error({ err: error instanceof Error ? error.message : String(error) }, '后台任务执行失败');
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
