import type { Services } from './services';

/**
 * Polls the stored deadlines and the outbox once a minute. The interval only decides when to
 * look: what is due lives in the database (DESIGN rule 5), so a restart loses nothing and
 * several processes share the work (SKIP LOCKED).
 */
export function startBackgroundJobs(
  services: Pick<Services, 'deadlines' | 'notifications'>,
  log: { error(fields: Record<string, unknown>, message: string): void },
  intervalMs = 60_000,
): () => Promise<void> {
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = (async () => {
      try {
        await services.deadlines.sweep();
        await services.notifications.deliverOutbox();
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
    await running;
  };
}
