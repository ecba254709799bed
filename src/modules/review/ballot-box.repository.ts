import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { ballotTallies, reviewSessions, sealedBallots } from '../../db/schema';
import type { Tally } from '../../domain/review/sealed-ballot';

/**
 * Reads the session row a ballot depends on and holds it (FOR SHARE) until the ballot's
 * transaction ends: closing voting must update this row, so it waits for ballots in
 * flight, and a ballot that starts after the close sees the closed status. The session row
 * decides, inside the ballot's own transaction.
 */
export async function holdSessionForBallot(db: Db, sessionId: string) {
  const [row] = await db
    .select({ status: reviewSessions.status, ballotSalt: reviewSessions.ballotSalt })
    .from(reviewSessions)
    .where(eq(reviewSessions.id, sessionId))
    .for('share');
  return row;
}

export async function insertSealedBallot(db: Db, sessionId: string, seal: string) {
  await db.insert(sealedBallots).values({ sessionId, seal });
}

export function sealedBallotsOf(db: Db, sessionId: string) {
  return db
    .select({ seal: sealedBallots.seal })
    .from(sealedBallots)
    .where(eq(sealedBallots.sessionId, sessionId));
}

export async function emptyBallotBox(db: Db, sessionId: string) {
  await db.delete(sealedBallots).where(eq(sealedBallots.sessionId, sessionId));
}

/**
 * Adds the counted ballots to the session's tallies in one statement. Adding (not
 * replacing) keeps counts a round recorded before ballots were sealed.
 */
export async function addTallies(db: Db, sessionId: string, tallies: Tally[]) {
  if (tallies.length === 0) return;
  await db
    .insert(ballotTallies)
    .values(tallies.map((t) => ({ sessionId, ...t })))
    .onConflictDoUpdate({
      target: [ballotTallies.sessionId, ballotTallies.applicationId],
      set: {
        agree: sql`${ballotTallies.agree} + excluded.agree`,
        disagree: sql`${ballotTallies.disagree} + excluded.disagree`,
        abstain: sql`${ballotTallies.abstain} + excluded.abstain`,
      },
    });
}

/**
 * Reclaims the space of the emptied box and of the session row's old versions, so the
 * sealed ballots and the erased salt do not linger in pages (VACUUM cannot run inside a
 * transaction, so this follows the close).
 */
export async function vacuumBallotBox(db: Db) {
  await db.execute(sql`VACUUM sealed_ballots`);
  await db.execute(sql`VACUUM review_sessions`);
}
