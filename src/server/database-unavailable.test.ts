import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authed, createOrganisation, createUser, login, type Session } from '../../test/helpers/factories';
import { createTestApp } from '../../test/helpers/test-app';
import { postgresBinaries, startThrowawayCluster } from '../../test/helpers/throwaway-cluster';
import { loadConfig } from '../platform/config';
import { buildApp } from './app';
import { type AppContext, openAppContext } from './bootstrap';

type Cluster = Awaited<ReturnType<typeof startThrowawayCluster>>;

const complaint = {
  complainantName: 'Outagetester',
  phone: '13912345678',
  regionCode: '210302',
  subject: '停机期间的投诉',
  content: '数据库停机期间提交的投诉，不应写入日志。',
};

function expectUnavailable(response: { statusCode: number; headers: Record<string, unknown>; body: string }) {
  expect(response.statusCode, response.body).toBe(503);
  expect(response.headers['retry-after']).toBe('5');
  expect(JSON.parse(response.body).error).toEqual({
    code: 'SERVICE_UNAVAILABLE',
    message: '数据库暂时无法连接，请稍后重试',
    details: [],
  });
}

// A cluster of the test's own, stopped and started by it: it runs wherever PostgreSQL is
// installed (CI installs it), whichever database the rest of the suite uses.
describe.skipIf(postgresBinaries() === null)(
  'PostgreSQL stops and starts again under a running server',
  () => {
    const lines: string[] = [];
    let cluster: Cluster;
    let context: AppContext;
    let app: FastifyInstance;
    let session: Session;
    const attachmentsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiping-outage-'));

    beforeAll(async () => {
      cluster = await startThrowawayCluster();
      const config = {
        ...loadConfig({ NODE_ENV: 'test' }),
        databaseUrl: cluster.url,
        attachmentsDir,
        logLevel: 'info',
      };
      context = await openAppContext(config);
      app = await buildApp({
        config,
        services: context.services,
        logStream: { write: (l) => void lines.push(l) },
      });
      const bureau = await createOrganisation(context.database.db, {
        kind: 'hr-bureau',
        employerKind: 'government',
      });
      await createUser(context.database.db, { username: 'outage', roles: ['hr'], organisationId: bureau.id });
      session = await login(app, 'outage');
    });
    afterAll(async () => {
      await app?.close();
      await context?.close();
      cluster?.remove();
      fs.rmSync(attachmentsDir, { recursive: true, force: true });
    });

    it('answers 200, then 503 with Retry-After while it is down, then 200 again without a restart', async () => {
      const recipients = () => app.inject({ method: 'GET', url: '/api/v1/public/complaints/recipients' });
      const me = () => app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: authed(session) });
      expect((await recipients()).statusCode).toBe(200);
      expect((await me()).statusCode).toBe(200);

      cluster.stopImmediately();
      // A read, a request whose session is looked up first, and a write in a transaction.
      expectUnavailable(await recipients());
      expectUnavailable(await me());
      expectUnavailable(
        await app.inject({ method: 'POST', url: '/api/v1/public/complaints', payload: complaint }),
      );
      expectUnavailable(await recipients());

      cluster.start();
      const back = await recipients();
      expect(back.statusCode, back.body).toBe(200);
      expect(back.json().length).toBeGreaterThan(0);
      const lodged = await app.inject({
        method: 'POST',
        url: '/api/v1/public/complaints',
        payload: complaint,
      });
      expect(lodged.statusCode, lodged.body).toBe(201);
    });

    it('logged the outage as such, with request ids and without the request’s data', () => {
      const logged = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
      const outages = logged.filter((line) => line.code === 'SERVICE_UNAVAILABLE');
      expect(outages.length).toBeGreaterThanOrEqual(4);
      for (const line of outages) {
        expect(line).toMatchObject({ level: 40, msg: 'database unavailable', reqId: expect.any(String) });
      }
      expect(logged.filter((line) => line.level === 50)).toEqual([]);
      const everything = lines.join('\n');
      expect(everything).not.toContain('Outagetester');
      expect(everything).not.toContain('5678');
    });
  },
);

describe('a database closed under a running server (PGlite closed, or the pool ended)', () => {
  it('answers 503 with Retry-After, not 500', async () => {
    const t = await createTestApp();
    try {
      expect(
        (await t.app.inject({ method: 'GET', url: '/api/v1/public/complaints/recipients' })).statusCode,
      ).toBe(200);
      await t.services.certificates.verifier.detach();
      await t.database.close();
      expectUnavailable(await t.app.inject({ method: 'GET', url: '/api/v1/public/complaints/recipients' }));
    } finally {
      await t.app.close();
      fs.rmSync(t.config.attachmentsDir, { recursive: true, force: true });
    }
  });
});
