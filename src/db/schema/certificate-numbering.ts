import { integer, pgTable, primaryKey, varchar } from 'drizzle-orm/pg-core';
import { divisionCode } from './columns';

/** The last sequence number used per numbering block (jurisdiction, year, committee code). */
export const certificateSequences = pgTable(
  'certificate_sequences',
  {
    regionCode: divisionCode('region_code'),
    year: integer('year').notNull(),
    committeeCode: varchar('committee_code', { length: 3 }).notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.year, t.committeeCode] })],
);
