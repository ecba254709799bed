import { sql } from 'drizzle-orm';
import {
  bigserial,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { applications } from './applications';
import { instant, instantNow, requiredRef, uuidKey } from './columns';
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
    personId: uuid('person_id').references(() => persons.id),
    applicationId: uuid('application_id').references(() => applications.id),
    series: varchar('series', { length: 40 }).notNull(),
    level: varchar('level', { length: 20 }).notNull(),
    specialty: varchar('specialty', { length: 50 }).notNull(),
    titleName: varchar('title_name', { length: 40 }).notNull(),
    committeeId: uuid('committee_id').references(() => committees.id),
    committeeName: varchar('committee_name', { length: 100 }).notNull(),
    announcementNumber: varchar('announcement_number', { length: 60 }).notNull(),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    /** The jurisdiction whose HR bureau keeps the ledger entry (the number's first six digits). */
    regionCode: varchar('region_code', { length: 6 }).notNull(),
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

/** The ledger's history of each certificate: issued, replaced, voided, revoked. */
export const certificateEvents = pgTable(
  'certificate_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    certificateId: requiredRef('certificate_id', () => certificates.id),
    kind: varchar('kind', { length: 16 }).notNull(),
    reason: text('reason'),
    authority: varchar('authority', { length: 100 }),
    actorId: uuid('actor_id'),
    /** Facts of the event, each a text or null: announcementNumber, newNumber, oldNumber, revokedOn. */
    data: jsonb('data').$type<Record<string, string | null>>().notNull().default({}),
    at: instantNow('at'),
  },
  (t) => [index('certificate_events_certificate_idx').on(t.certificateId, t.id)],
);

/** The last sequence number used per numbering block (jurisdiction, year, committee code). */
export const certificateSequences = pgTable(
  'certificate_sequences',
  {
    regionCode: varchar('region_code', { length: 6 }).notNull(),
    year: integer('year').notNull(),
    committeeCode: varchar('committee_code', { length: 3 }).notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.year, t.committeeCode] })],
);

/**
 * The SM2 keys certificates are signed with. Public keys are published with their validity
 * (`/api/v1/public/keys`); the private key is SM4-sealed with the master secret.
 * status: active | retired
 */
export const signingKeys = pgTable('signing_keys', {
  id: varchar('id', { length: 32 }).primaryKey(),
  publicKey: varchar('public_key', { length: 130 }).notNull(),
  privateKeyCipher: text('private_key_cipher').notNull(),
  validFrom: instant('valid_from').notNull(),
  validUntil: instant('valid_until').notNull(),
  status: varchar('status', { length: 12 }).notNull().default('active'),
  createdAt: instantNow('created_at'),
});

export type SigningKeyRecord = typeof signingKeys.$inferSelect;

/** One historical import run (CLI or upload): its progress and every row it refused, with why. */
export const titleImportJobs = pgTable(
  'title_import_jobs',
  {
    id: uuidKey(),
    fileName: varchar('file_name', { length: 200 }).notNull(),
    regionCode: varchar('region_code', { length: 6 }).notNull(),
    /** running | done | failed */
    status: varchar('status', { length: 12 }).notNull(),
    totalRows: integer('total_rows').notNull().default(0),
    processedRows: integer('processed_rows').notNull().default(0),
    importedRows: integer('imported_rows').notNull().default(0),
    /** Rows already in the ledger from an earlier run (idempotent re-run). */
    existingRows: integer('existing_rows').notNull().default(0),
    failedRows: integer('failed_rows').notNull().default(0),
    errors: jsonb('errors').$type<{ row: number; column: string; message: string }[]>().notNull().default([]),
    failure: text('failure'),
    createdBy: uuid('created_by'),
    startedAt: instantNow('started_at'),
    finishedAt: instant('finished_at'),
  },
  (t) => [index('title_import_jobs_region_idx').on(t.regionCode, t.startedAt)],
);

export type TitleImportJobRecord = typeof titleImportJobs.$inferSelect;
