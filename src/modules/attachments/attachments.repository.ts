import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { attachments } from '../../db/schema';

export async function insertAttachment(db: Db, values: typeof attachments.$inferInsert) {
  const [row] = await db.insert(attachments).values(values).returning();
  return row!;
}

export function listAttachments(db: Db, personId: string) {
  return db
    .select()
    .from(attachments)
    .where(eq(attachments.personId, personId))
    .orderBy(desc(attachments.createdAt));
}

/** One attachment of one person: someone else's is simply not found. */
export function findOwnAttachment(db: Db, personId: string, id: string) {
  return db.query.attachments.findFirst({
    where: and(eq(attachments.personId, personId), eq(attachments.id, id)),
  });
}
