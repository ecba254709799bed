import { sql } from 'drizzle-orm';
import { anyOfPlaceholder } from '../../db/any-of';
import { preparedQuery } from '../../db/prepared-query';
import { certificates } from '../../db/schema';

/** What public verification shows of a certificate: no identity number, cipher or hash. */
const PUBLIC_COLUMNS = {
  number: certificates.number,
  status: certificates.status,
  holderName: certificates.holderName,
  titleName: certificates.titleName,
  series: certificates.series,
  level: certificates.level,
  specialty: certificates.specialty,
  committeeName: certificates.committeeName,
  announcementNumber: certificates.announcementNumber,
  issuedOn: certificates.issuedOn,
  revokedOn: certificates.revokedOn,
};

/** Rows per query when the whole ledger is loaded. */
export const FILL_PAGE = 20_000;

/** The certificates with any of the numbers (`numbers`), lookups arriving together sharing it. */
export const numbersLookup = preparedQuery((db) =>
  db.select(PUBLIC_COLUMNS).from(certificates).where(anyOfPlaceholder(certificates.number, 'numbers')),
);

/** The next page of the ledger in number order, after the number `after`. */
export const ledgerPage = preparedQuery((db) =>
  db
    .select(PUBLIC_COLUMNS)
    .from(certificates)
    .where(sql`${certificates.number} > ${sql.placeholder('after')}`)
    .orderBy(certificates.number)
    .limit(FILL_PAGE),
);
