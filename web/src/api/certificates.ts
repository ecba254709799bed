import { api, call, type PageQuery, type QueryOf, type Schemas } from './client';

// The certificate ledger (证书台账: issue, replacement, revocation) kept by the HR bureau, read by
// the committee office and the supervisor, and the holder's own electronic certificates.

export const certificatesPath = '/api/v1/certificates';
export const certificatesExportPath = '/api/v1/certificates/export';

/**
 * One ledger entry; the holder's ID number arrives masked only. `legacyNumber` is the paper
 * certificate's own number of an imported record; `revokedOn` the day it was revoked or voided.
 */
export type CertificateEntry = Schemas['CertificateEntry'];

/** valid 有效 · revoked 已撤销 · voided 已作废 (replaced by a new number, 补换). */
export type CertificateStatus = CertificateEntry['status'];

/** review: issued at an announcement here · import: from the historical records. */
export type CertificateSource = CertificateEntry['source'];

/** One line of the ledger's history of a certificate (签发, 补换签发, 作废, 撤销, 历史数据导入). */
export type CertificateEvent = Schemas['CertificateEvent'];

/** A certificate with its history and what the user may do with it (`replacesNumber`: the number it replaced). */
export type CertificateDetail = Schemas['CertificateDetail'];

/** What the user may do with a certificate; the UI shows exactly these buttons. */
export type CertificateAction = CertificateDetail['actions'][number];

type ListQuery = QueryOf<'/api/v1/certificates', 'get'>;

export type CertificateSort = NonNullable<ListQuery['sort']>;
export type CertificateSortKey = Exclude<CertificateSort, `-${string}`>;

/** The ledger's filters (`keyword`: a whole certificate number, or part of the holder's name); the export takes the same ones. */
export type CertificateFilters = Pick<ListQuery, 'status' | 'year' | 'series' | 'source' | 'keyword'>;

/** A page of the ledger, with the counts by status under the same filters (status itself aside). */
export type LedgerPage = Schemas['LedgerPage'];

export function listCertificates(
  query: PageQuery<CertificateFilters & { sort?: CertificateSort }>,
  signal?: AbortSignal,
): Promise<LedgerPage> {
  return call(api.GET('/api/v1/certificates', { params: { query }, signal }));
}

export function fetchCertificate(id: string, signal?: AbortSignal): Promise<CertificateDetail> {
  return call(api.GET('/api/v1/certificates/{id}', { params: { path: { id } }, signal }));
}

/** The signed electronic certificate (PDF with an SM2 signature and a QR code), for its holder or staff. */
export function certificatePdfPath(id: string): string {
  return `${certificatesPath}/${encodeURIComponent(id)}/pdf`;
}

/** 补换: the old number is voided and a new one issued for the same title. */
export function replaceCertificate(
  id: string,
  body: { reason: string },
): Promise<{ id: string; number: string; oldNumber: string }> {
  return call(api.POST('/api/v1/certificates/{id}/replace', { params: { path: { id } }, body }));
}

/** 撤销 (the HR bureau only): irreversible, with the reason and the deciding authority's document. */
export function revokeCertificate(
  id: string,
  body: { reason: string; authority: string },
): Promise<{ id: string; number: string; status: 'revoked'; revokedOn: string }> {
  return call(api.POST('/api/v1/certificates/{id}/revoke', { params: { path: { id } }, body }));
}

export type MyCertificate = Schemas['MyCertificate'];

/** 我的证书: the applicant's own certificates, issued here or imported, found by ID number. */
export function fetchMyCertificates(signal?: AbortSignal): Promise<{ items: MyCertificate[] }> {
  return call(api.GET('/api/v1/me/certificates', { signal }));
}

/** The public verification page of a number (server-rendered, no login), as the QR code opens it. */
export function verifyPagePath(number: string): string {
  return `/verify/${encodeURIComponent(number)}`;
}
