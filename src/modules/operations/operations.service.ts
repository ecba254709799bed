import type { Db } from '../../db/client';
import { sealAuditChain, verifyAuditChain } from '../audit';
import type { DeadlineSweeper } from '../deadlines';
import type { NotificationsService } from '../notifications';
import { verifyFixedResults } from '../review';
import { appliedMigrations, userCount } from './operations.repository';

/**
 * The operator's use cases, run by the CLI on the database it opens, or — when a server holds
 * the embedded database — by that server on the CLI's behalf (operator.routes.ts): one code
 * path for both, so the answer does not depend on whether a server is running.
 */
export function createOperations(deps: {
  db: Db;
  deadlines: Pick<DeadlineSweeper, 'sweep'>;
  notifications: Pick<NotificationsService, 'deliverOutbox'>;
  production: boolean;
}) {
  const { db } = deps;
  return {
    /** 处理到期事项: what the server's background job does each minute, at once. */
    async runDueWork() {
      const swept = await deps.deadlines.sweep();
      const delivered = await deps.notifications.deliverOutbox();
      return { ...swept, delivered };
    },

    /**
     * 审计校验: links committed events into the chain first (the server seals every second),
     * walks the chain, then — only if it holds, since the digests it seals are what they are
     * checked against — the fixed review results.
     */
    async verifyAuditTrail() {
      const sealed = await sealAuditChain(db);
      const chain = await verifyAuditChain(db);
      const results = chain.ok ? await verifyFixedResults(db) : null;
      return { sealed, chain, results };
    },

    /** What the CLI's `db` commands need to know of a running server's database. */
    async status() {
      const [migrations, users] = await Promise.all([appliedMigrations(db), userCount(db)]);
      return { pid: process.pid, production: deps.production, migrations, users };
    },
  };
}

export type Operations = ReturnType<typeof createOperations>;
