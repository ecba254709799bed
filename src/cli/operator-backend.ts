import type { DeadlineStatus } from '../domain/deadlines/deadline-kinds';
import { listPublicKeys, type PublicSigningKey } from '../modules/certificates/signing-keys';
import type { DeadlineAdmin } from '../modules/deadlines/deadline-admin.service';
import type { Operations } from '../modules/operations/operations.service';
import type { DrawAudit } from '../modules/review/draw-audit.service';
import type { AppConfig } from '../platform/config';
import { openAppContext } from '../server/bootstrap';
import { localServer } from './local-server';

type Result<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;

/**
 * What the operator commands use, the same whether the CLI opened the database itself or asks
 * the server that holds the embedded one (CONTRACTS §5: every command works either way). The
 * two answer alike because the server runs the very same use cases (operator.routes.ts).
 */
export interface OperatorBackend {
  /** Where the answers come from, for messages: null when the CLI opened the database. */
  server: { pid: number; port: number } | null;
  runDueWork(): Promise<Result<Operations['runDueWork']>>;
  listDeadlines(query: {
    status: DeadlineStatus;
    page: number;
    pageSize: number;
  }): Promise<Result<DeadlineAdmin['listForOperator']>>;
  verifyAuditTrail(): Promise<Result<Operations['verifyAuditTrail']>>;
  poolSnapshot(sessionId: string): Promise<Result<DrawAudit['poolSnapshotForOperator']>>;
  status(): Promise<Result<Operations['status']>>;
  /** The certificate signing keys, as /api/v1/public/keys publishes them. */
  publicKeys(): Promise<PublicSigningKey[]>;
  close(): Promise<void>;
}

/** The running server's operator API when one holds the embedded database, else the database itself. */
export async function openOperatorBackend(config: AppConfig): Promise<OperatorBackend> {
  const server = localServer(config);
  if (server)
    return {
      server: { pid: server.pid, port: server.port },
      runDueWork: () => server.post('/api/v1/operator/deadlines/sweep'),
      listDeadlines: ({ status, page, pageSize }) =>
        server.get(`/api/v1/operator/deadlines?status=${status}&page=${page}&pageSize=${pageSize}`),
      verifyAuditTrail: () => server.post('/api/v1/operator/audit/verify'),
      poolSnapshot: (id) =>
        server.get(`/api/v1/operator/review-sessions/${encodeURIComponent(id)}/pool-snapshot`),
      status: () => server.get('/api/v1/operator/status'),
      publicKeys: async () => (await server.get<{ keys: PublicSigningKey[] }>('/api/v1/public/keys')).keys,
      close: async () => {},
    };
  const context = await openAppContext(config);
  const { operations, deadlineAdmin, review } = context.services;
  return {
    server: null,
    runDueWork: () => operations.runDueWork(),
    listDeadlines: (query) => deadlineAdmin.listForOperator(query),
    verifyAuditTrail: () => operations.verifyAuditTrail(),
    poolSnapshot: (id) => review.drawAudit.poolSnapshotForOperator(id),
    status: () => operations.status(),
    publicKeys: () => listPublicKeys(context.database.db),
    close: () => context.close(),
  };
}
