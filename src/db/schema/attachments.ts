import { index, integer, pgTable, uuid, varchar } from 'drizzle-orm/pg-core';
import { instantNow, requiredRef, uuidKey } from './columns';
import { persons } from './persons';

/** A file a professional attached; the bytes are in the attachment store under `sm3`. */
export const attachments = pgTable(
  'attachments',
  {
    id: uuidKey(),
    personId: requiredRef('person_id', () => persons.id),
    kind: varchar('kind', { length: 40 }).notNull(),
    fileName: varchar('file_name', { length: 200 }).notNull(),
    contentType: varchar('content_type', { length: 40 }).notNull(),
    size: integer('size').notNull(),
    sm3: varchar('sm3', { length: 64 }).notNull(),
    createdAt: instantNow('created_at'),
    createdBy: uuid('created_by').notNull(),
  },
  (t) => [index('attachments_person_idx').on(t.personId)],
);

export type AttachmentRecord = typeof attachments.$inferSelect;
export type NewAttachmentRecord = typeof attachments.$inferInsert;
