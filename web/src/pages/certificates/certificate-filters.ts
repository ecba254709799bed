import type {
  CertificateFilters,
  CertificateSort,
  CertificateSource,
  CertificateStatus,
} from '../../api/certificates';
import type { TableQuery } from '../../lib/use-table-query';
import { certificateSourceNames, certificateStatusNames } from './certificate-labels';

/** The ledger's filters in the address bar. */
export const certificateFilterKeys = ['status', 'year', 'series', 'source', 'keyword'] as const;

export type CertificateFilterKey = (typeof certificateFilterKeys)[number];

/** The ledger's filters and sort as `GET /certificates` takes them; unknown values are dropped. */
export function toCertificateFilters(
  query: TableQuery<CertificateFilterKey>,
): CertificateFilters & { sort?: CertificateSort } {
  const { status, year, series, source, keyword } = query.filters;
  return {
    status: status && status in certificateStatusNames ? (status as CertificateStatus) : undefined,
    year: year && /^\d{4}$/.test(year) ? Number(year) : undefined,
    series,
    source: source && source in certificateSourceNames ? (source as CertificateSource) : undefined,
    keyword,
    sort: query.sort as CertificateSort | undefined,
  };
}

/** The filters an export takes: the list's, without the sort (the file is always newest first). */
export function exportFilters({ sort: _sort, ...filters }: ReturnType<typeof toCertificateFilters>) {
  return filters;
}
