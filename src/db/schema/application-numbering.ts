import { pgSequence } from 'drizzle-orm/pg-core';

/** Numbers applications in order of creation, across processes (申报编号). */
export const applicationNumberSeq = pgSequence('application_number_seq');
