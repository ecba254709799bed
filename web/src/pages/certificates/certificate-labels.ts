import type { CertificateSource, CertificateStatus } from '../../api/certificates';
import { optionsOf, statusTable } from '../../lib/labels';

/**
 * As the ledger's Excel export words them, so the screen and the file agree; tag colours: valid green,
 * revoked red, voided grey (replaced, not a sanction).
 */
export const { names: certificateStatusNames, colours: certificateStatusColours } =
  statusTable<CertificateStatus>({
    valid: ['有效', 'success'],
    revoked: ['已撤销', 'error'],
    voided: ['已作废（补换）', 'default'],
  });

export const certificateStatusOptions = optionsOf(certificateStatusNames);

export const certificateSourceNames: Record<CertificateSource, string> = {
  review: '评审签发',
  import: '历史导入',
};

export const certificateSourceOptions = optionsOf(certificateSourceNames);

/** Years of conferral to filter by: this year back to 1978, when professional titles were restored. */
const thisYear = new Date().getFullYear();
export const certificateYearOptions = Array.from({ length: thisYear - 1978 + 1 }, (_, i) => thisYear - i).map(
  (year) => ({ value: String(year), label: `${year}年` }),
);
