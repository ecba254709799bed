import type { CertificateSource, CertificateStatus } from '../../api/certificates';
import { optionsOf } from '../../lib/labels';

/** As the ledger's Excel export words them, so the screen and the file agree. */
export const certificateStatusNames: Record<CertificateStatus, string> = {
  valid: '有效',
  revoked: '已撤销',
  voided: '已作废（补换）',
};

/** antd tag colours: valid green, revoked red, voided grey (replaced, not a sanction). */
export const certificateStatusColours: Record<CertificateStatus, string> = {
  valid: 'success',
  revoked: 'error',
  voided: 'default',
};

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
