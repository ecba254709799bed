import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { cli, cliOnOwnDatabase } from '../../test/helpers/cli-runs';
import { drawDemoSession as drawSession } from '../../test/helpers/demo-session';
import { reviewSessions } from '../db/schema';
import { manualClock } from '../platform/clock';
import { loadConfig } from '../platform/config';
import { openAppContext, seedDemoIfFresh } from '../server/bootstrap';

const _cliHome = cliOnOwnDatabase('zhiping-replay-');

/** A session of the demo's provincial 通信工程 committee drawn through the services, as the server would. */
async function drawDemoSession(): Promise<string> {
  const config = loadConfig();
  const context = await openAppContext(config, manualClock(new Date('2026-11-16T02:00:00Z')));
  try {
    await seedDemoIfFresh(context, config);
    return await drawSession(context);
  } finally {
    await context.close();
  }
}

describe('bin/zhiping review replay-draw', () => {
  it('reproduces the stored panel from the published seed and snapshot, and notices a changed snapshot', async () => {
    const id = await drawDemoSession();
    const replay = await cli('review', 'replay-draw', id);
    expect(replay.code, replay.err).toBe(0);
    expect(replay.out).toContain('种子：demo-2026-ln-telecom');
    expect(replay.out).toContain('复现结果与会议专家组一致');
    expect(replay.out.split('\n').filter((l) => l.includes('委员'))).toHaveLength(11);
    const json = JSON.parse((await cli('review', 'replay-draw', id, '--json')).out);
    expect(json).toMatchObject({ matches: true, drawn: true, problems: [] });
    expect((await cli('audit', 'verify')).code).toBe(0);

    const context = await openAppContext(loadConfig());
    try {
      const [row] = await context.database.db.select().from(reviewSessions).where(eq(reviewSessions.id, id));
      const pool = JSON.parse(row!.poolSnapshot!);
      pool.pop();
      await context.database.db
        .update(reviewSessions)
        .set({ poolSnapshot: JSON.stringify(pool) })
        .where(eq(reviewSessions.id, id));
    } finally {
      await context.close();
    }
    const tampered = await cli('review', 'replay-draw', id);
    expect(tampered.code).toBe(1);
    expect(tampered.err).toContain('专家库快照与公布的摘要不符');
    expect((await cli('review', 'replay-draw', '00000000-0000-0000-0000-000000000000')).code).toBe(2);
  }, 120_000);
});
