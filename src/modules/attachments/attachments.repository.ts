import { and, desc, eq } from 'drizzle-orm';
import { selectAnyOf } from '../../db/any-of';
import type { Db } from '../../db/client';
import { columnsOf } from '../../db/columns-of';
import { insertRows } from '../../db/insert-rows';
import { attachments } from '../../db/schema';

/** The rows in one statement (`.returning()` gives them back in the same order); runs when awaited. */
export function insertAttachments(db: Db, values: (typeof attachments.$inferInsert)[]) {
  return insertRows(db, attachments, values);
}

export function listAttachments(db: Db, personId: string) {
  return db.query.attachments.findMany({
    where: eq(attachments.personId, personId),
    orderBy: desc(attachments.createdAt),
  });
}

/** One attachment of one person: someone else's is simply not found. */
export function findOwnAttachment(db: Db, personId: string, id: string) {
  return db.query.attachments.findFirst({
    where: and(eq(attachments.personId, personId), eq(attachments.id, id)),
  });
}

/**
 * These attachments (those that exist) in one query: who owns each (a filing checks they are the
 * applicant's) and its file name (a draw looks for names in the materials).
 */
export function attachmentsByIds(db: Db, ids: readonly string[]) {
  const fields = columnsOf(attachments, ['id', 'personId', 'fileName']);
  return selectAnyOf(db, fields, attachments, attachments.id, ids);
}
