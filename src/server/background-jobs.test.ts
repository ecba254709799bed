import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/helpers/test-app';
import { startBackgroundJobs } from './background-jobs';

describe('background jobs while the database cannot be reached', () => {
  it('say so once per job, as a warning without data, instead of every second', async () => {
    const t = await createTestApp();
    await t.services.certificates.verifier.detach();
    await t.database.close();
    const entries: { level: string; fields?: unknown; message: string }[] = [];
    const log = {
      error: (fields: unknown, message: string) => void entries.push({ level: 'error', fields, message }),
      warn: (fields: unknown, message: string) => void entries.push({ level: 'warn', fields, message }),
      info: (message: string) => void entries.push({ level: 'info', message }),
    };
    const stop = startBackgroundJobs(t.services, log);
    try {
      // The sealer tries every second: let it fail three times.
      await new Promise((resolve) => setTimeout(resolve, 3500));
      expect(entries.map((e) => [e.level, e.message]).sort()).toEqual([
        ['warn', '后台任务（期限、消息发送）暂停：数据库无法连接，恢复后自动继续'],
        ['warn', '审计日志入链暂停：数据库无法连接，恢复后自动继续'],
      ]);
      for (const entry of entries) expect(entry.fields).toMatchObject({ err: { type: expect.any(String) } });
    } finally {
      // The last seal on the way out fails too: the database is gone.
      await expect(stop()).rejects.toThrow();
      await t.app.close();
      fs.rmSync(t.config.attachmentsDir, { recursive: true, force: true });
    }
  });
});
