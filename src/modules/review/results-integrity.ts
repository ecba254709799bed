import type { Db } from '../../db/client';
import { firstEventData } from '../audit';
import { resultsFixedSessions, resultsOf } from './review.repository';
import { resultsDigest } from './session-results';

export interface ResultsProblem {
  sessionId: string;
  name: string;
  reason: string;
}

/**
 * Checks every fixed session's results against the digest sealed in the audit chain when
 * they were fixed: a result changed in the table (around its trigger) no longer matches.
 * Run after the chain itself verifies, so the sealed digest can be trusted.
 */
export async function verifyFixedResults(db: Db): Promise<{ sessions: number; problems: ResultsProblem[] }> {
  const sessions = await resultsFixedSessions(db);
  const problems: ResultsProblem[] = [];
  for (const session of sessions) {
    const sealed = await firstEventData(db, {
      action: 'session.results-fixed',
      entityType: 'review-session',
      entityId: session.id,
    });
    const expected = (sealed as { digest?: string } | undefined)?.digest;
    const actual = resultsDigest(await resultsOf(db, session.id));
    if (!expected)
      problems.push({
        sessionId: session.id,
        name: session.name,
        reason: '审计链中没有该会议确定结果的记录',
      });
    else if (actual !== expected)
      problems.push({
        sessionId: session.id,
        name: session.name,
        reason: '评审结果与确定时封存的摘要不符（结果被修改）',
      });
  }
  return { sessions: sessions.length, problems };
}
