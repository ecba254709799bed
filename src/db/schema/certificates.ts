import { sql } from 'drizzle-orm';
import { date, index, pgTable, text, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { applications } from './applications';
import { divisionCode, instantNow, optionalRef, titleColumns, uuidKey } from './columns';
import { committees } from './committees';
import { persons } from './persons';

/**
 * One electronic certificate (电子职称证书) in the ledger (2025-draft #17): issued when an
 * announcement confers a title, or imported from the historical records (liaoyang-2023 十二).
 * The holder's ID number is kept like everywhere else (SM4 ciphertext, keyed hash, mask), so a
 * certificate stands on its own even when its holder was never a user of the system.
 * status: valid | revoked (fraud or decision) | voided (replaced by a new number, 补换).
 */
export const certificates = pgTable(
  'certificates',
  {
    id: uuidKey(),
    number: varchar('number', { length: 24 }).notNull().unique(),
    status: varchar('status', { length: 12 })
      .$type<'valid' | 'revoked' | 'voided'>()
      .notNull()
      .default('valid'),
    holderName: varchar('holder_name', { length: 50 }).notNull(),
    holderIdCipher: text('holder_id_cipher').notNull(),
    holderIdHash: varchar('holder_id_hash', { length: 64 }).notNull(),
    holderIdMasked: varchar('holder_id_masked', { length: 18 }).notNull(),
    personId: optionalRef('person_id', () => persons.id),
    applicationId: optionalRef('application_id', () => applications.id),
    ...titleColumns(),
    titleName: varchar('title_name', { length: 40 }).notNull(),
    committeeId: optionalRef('committee_id', () => committees.id),
    committeeName: varchar('committee_name', { length: 100 }).notNull(),
    announcementNumber: varchar('announcement_number', { length: 60 }).notNull(),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    /** The jurisdiction whose HR bureau keeps the ledger entry (the number's first six digits). */
    regionCode: divisionCode('region_code'),
    /** review | import */
    source: varchar('source', { length: 8 }).$type<'review' | 'import'>().notNull(),
    importJobId: uuid('import_job_id'),
    /** For imported rows: SM3 of holder, title and date, so a re-run finds what it already wrote. */
    importKey: varchar('import_key', { length: 64 }),
    /** The paper certificate's own number, when the historical record had one. */
    legacyNumber: varchar('legacy_number', { length: 60 }),
    /** The certificate this one replaced (补换). */
    replacesId: uuid('replaces_id'),
    revokedOn: date('revoked_on', { mode: 'string' }),
    revokedReason: text('revoked_reason'),
    revokedAuthority: varchar('revoked_authority', { length: 100 }),
    createdAt: instantNow('created_at'),
  },
  (t) => [
    index('certificates_holder_idx').on(t.holderIdHash),
    index('certificates_region_idx').on(t.regionCode, t.issuedOn),
    index('certificates_committee_idx').on(t.committeeId),
    uniqueIndex('certificates_import_key_idx').on(t.importKey),
    // One live certificate per conferred application; a replacement voids the old one first.
    uniqueIndex('certificates_application_idx').on(t.applicationId).where(sql`status <> 'voided'`),
  ],
);

export type CertificateRecord = typeof certificates.$inferSelect;
